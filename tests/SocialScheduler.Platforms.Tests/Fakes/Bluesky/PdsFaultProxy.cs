using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Platforms.Tests.Fakes.Bluesky;

/// <summary>
/// Sits between the adapter and the real PDS and passes everything through, except the faults a test asks for,
/// which it answers the way the PDS would (XRPC error body, <c>RateLimit-*</c> headers).
/// </summary>
public sealed class PdsFaultProxy(Uri pds) : LoopbackFake
{
    private static readonly HttpClient Upstream = new();

    public DateTimeOffset RateLimitReset { get; } = DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + 300);

    protected override void Map(WebApplication app) => app.Map("/{**path}", ForwardAsync);

    private async Task ForwardAsync(HttpContext context)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(pds, context.Request.Path + context.Request.QueryString));
        if (context.Request.ContentLength > 0 || context.Request.Headers.ContentType.Count > 0)
        {
            request.Content = new StreamContent(context.Request.Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
        }

        if (context.Request.Headers.Authorization.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", context.Request.Headers.Authorization.ToString());
        }

        using var response = await Upstream.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    protected override Task WriteFaultAsync(HttpContext context, Fault fault)
    {
        switch (fault)
        {
            case Fault.RateLimited:
                context.Response.StatusCode = 429;
                context.Response.Headers["RateLimit-Limit"] = "5000";
                context.Response.Headers["RateLimit-Remaining"] = "0";
                context.Response.Headers["RateLimit-Reset"] = RateLimitReset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["RateLimit-Policy"] = "5000;w=3600";
                return context.Response.WriteAsJsonAsync(new { error = "RateLimitExceeded", message = "Rate Limit Exceeded" });
            case Fault.Unauthorized:
                context.Response.StatusCode = 401;
                return context.Response.WriteAsJsonAsync(new { error = "AuthenticationRequired", message = "Invalid identifier or password" });
            default:
                context.Response.StatusCode = 503;
                return context.Response.WriteAsJsonAsync(new { error = "NotEnoughResources", message = "Service Unavailable" });
        }
    }
}
