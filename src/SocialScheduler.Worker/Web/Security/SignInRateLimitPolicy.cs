using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Web.Security;

/// <summary>
/// Throttles sign-in attempts per client address. Showing the form is free; posting it is counted. Identity's
/// lockout (5 failures, 5 minutes) protects each account; this protects against trying many accounts.
/// </summary>
internal sealed class SignInRateLimitPolicy(IOptions<AuthOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "sign-in";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = "/login?throttled=true";
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var address = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
