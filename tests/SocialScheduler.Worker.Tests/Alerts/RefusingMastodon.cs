using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SocialScheduler.Worker.Tests.Alerts;

/// <summary>
/// A Mastodon instance on loopback whose token has been revoked: every API call answers what Mastodon answers then,
/// 401 with <c>{"error":"The access token is invalid"}</c>.
/// </summary>
public sealed class RefusingMastodon : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public RefusingMastodon()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    /// <summary>"METHOD path" of every call, in order.</summary>
    public ConcurrentQueue<string> Calls { get; } = new();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            Calls.Enqueue($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath}");
            var body = Encoding.UTF8.GetBytes("{\"error\":\"The access token is invalid\"}");
            context.Response.StatusCode = 401;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.AddHeader("WWW-Authenticate", "Bearer realm=\"Doorkeeper\", error=\"invalid_token\", error_description=\"The access token is invalid\"");
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Close();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
