using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>A cookie-keeping HTTP client that does not follow redirects, so tests see where they would be sent.</summary>
public sealed partial class AppClient : IDisposable
{
    private readonly HttpClient _http;

    public AppClient(WebTestHost host)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = host.BaseAddress,
        };
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> GetAsync(string path, string? remoteAddress = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), remoteAddress);

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? remoteAddress = null)
    {
        if (remoteAddress is not null)
        {
            request.Headers.Add(WebTestHost.RemoteAddressHeader, remoteAddress);
        }

        return _http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Signs in through the real form, token included; returns the response to the form's POST.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string? remoteAddress = null)
    {
        var token = await FormTokenAsync("/login");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        return await SendAsync(request, remoteAddress);
    }

    /// <summary>The antiforgery token of the form on <paramref name="path"/>.</summary>
    public async Task<string> FormTokenAsync(string path)
    {
        var html = await _http.GetStringAsync(path, TestContext.Current.CancellationToken);
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery field on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>POSTs JSON with the antiforgery header a script reads from <c>/api/antiforgery</c>.</summary>
    public Task<HttpResponseMessage> PostJsonWithTokenAsync(string path, object body) => SendWithTokenAsync(HttpMethod.Post, path, body);

    public async Task<HttpResponseMessage> SendWithTokenAsync(HttpMethod method, string path, object body)
    {
        var token = await _http.GetFromJsonAsync<Dictionary<string, string>>("/api/antiforgery", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(token!["headerName"], token["token"]);
        return await SendAsync(request);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
