using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>
/// A loopback social platform that records every post it accepts. It enforces its contract: a bearer token
/// (401 with a JSON error otherwise), at most 500 characters of text (422), a JSON body; it answers
/// <c>GET /posts?key=</c> so a reconciler can ask whether an attempt arrived. It can drop the response after
/// accepting a post, as a reset connection would.
/// </summary>
public sealed class FakePlatform : IAsyncDisposable
{
    public const string Token = "fault-test-token";
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Accepted> _byKey = new();
    private readonly Task _loop;
    private int _ids;

    public FakePlatform()
    {
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    /// <summary>Every accepted post, in arrival order (duplicates included: that is what the tests count).</summary>
    public ConcurrentQueue<Accepted> Posts { get; } = new();

    /// <summary>Percent of accepted posts whose response never comes (the client times out).</summary>
    public double DropResponsePercent { get; set; }

    /// <summary>How long the platform takes over each post before it keeps it, as a slow upload would.</summary>
    public TimeSpan AcceptDelay { get; set; }

    private int _dropped;

    public int Dropped => _dropped;

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var (request, response) = (context.Request, context.Response);
        try
        {
            if (request.Headers["Authorization"] != $"Bearer {Token}")
            {
                await WriteAsync(response, 401, new { error = "invalid_token", message = "A valid bearer token is required." });
            }
            else if (request.HttpMethod == "GET" && request.Url!.AbsolutePath == "/posts")
            {
                var key = request.QueryString["key"] ?? "";
                await (_byKey.TryGetValue(key, out var found)
                    ? WriteAsync(response, 200, new { id = found.Id, url = $"{Url}posts/{found.Id}" })
                    : WriteAsync(response, 404, new { error = "not_found" }));
            }
            else if (request.HttpMethod == "POST" && request.Url!.AbsolutePath == "/posts")
            {
                await AcceptAsync(request, response);
            }
            else
            {
                await WriteAsync(response, 404, new { error = "not_found" });
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away (it was killed): nothing to answer.
        }
    }

    private async Task AcceptAsync(HttpListenerRequest request, HttpListenerResponse response)
    {
        using var body = await JsonDocument.ParseAsync(request.InputStream);
        var text = body.RootElement.GetProperty("text").GetString() ?? "";
        if (text.Length > 500)
        {
            await WriteAsync(response, 422, new { error = "text_too_long", message = $"Text has {text.Length} characters; the limit is 500." });
            return;
        }

        if (AcceptDelay > TimeSpan.Zero)
        {
            await Task.Delay(AcceptDelay);
        }

        var key = request.Headers["Idempotency-Key"] ?? "";
        var accepted = new Accepted(body.RootElement.GetProperty("publication").GetString()!, key, $"{Interlocked.Increment(ref _ids)}", TimeProvider.System.GetUtcNow());
        Posts.Enqueue(accepted);
        _byKey.TryAdd(key, accepted);
        if (DropResponsePercent > 0 && Random.Shared.NextDouble() * 100 < DropResponsePercent)
        {
            // The post is kept but no answer ever comes: the client's timeout fires after the request left.
            Interlocked.Increment(ref _dropped);
            await Task.Delay(TimeSpan.FromSeconds(15));
            response.Abort();
            return;
        }

        await WriteAsync(response, 201, new { id = accepted.Id, url = $"{Url}posts/{accepted.Id}" });
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, object body)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body));
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    /// <summary>A post the platform took, and when it took it.</summary>
    public sealed record Accepted(string Publication, string Key, string Id, DateTimeOffset At);
}
