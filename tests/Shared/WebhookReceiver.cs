using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SocialScheduler.Testing;

/// <summary>
/// A webhook receiver on loopback that does what a careful receiver does: it checks the
/// <c>SocialScheduler-Signature</c> header (HMAC-SHA256 of "t.body" with the shared secret, computed here on its own)
/// and refuses a bad one with 401, and it can fail on purpose: answer 500, or hang until the caller gives up.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _secret;
    private readonly TimeSpan? _maxAge;
    private readonly ConcurrentQueue<Func<Task<int>>> _plan = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="maxAge">Refuse a signature older than this against the real clock; null when the sender runs on a fake clock.</param>
    public WebhookReceiver(string secret, TimeSpan? maxAge = null)
    {
        (_secret, _maxAge) = (secret, maxAge);
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/hooks/alerts");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    /// <summary>Every request, in arrival order.</summary>
    public ConcurrentQueue<ReceivedHook> Received { get; } = new();

    /// <summary>The requests with a valid signature that were answered 2xx.</summary>
    public IReadOnlyList<ReceivedHook> Accepted => Received.Where(r => r.SignatureValid && r.Status is >= 200 and < 300).ToList();

    /// <summary>The next request is answered with <paramref name="status"/>.</summary>
    public void FailNext(int status = 500) => _plan.Enqueue(() => Task.FromResult(status));

    /// <summary>Every request is answered with <paramref name="status"/> from now on (until <see cref="Recover"/>).</summary>
    public int? AlwaysAnswer { get; set; }

    /// <summary>The next request gets no answer until the caller gives up (or the receiver stops).</summary>
    public void HangNext() => _plan.Enqueue(async () =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        return 200;
    });

    public void Recover()
    {
        AlwaysAnswer = null;
        _plan.Clear();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        string body;
        using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var signature = context.Request.Headers["SocialScheduler-Signature"];
        var valid = Verify(signature, body);
        var status = !valid ? 401 : AlwaysAnswer ?? (_plan.TryDequeue(out var planned) ? await planned() : 200);
        Received.Enqueue(new ReceivedHook(body, signature, valid, status, EventId(body)));
        try
        {
            context.Response.StatusCode = status;
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The sender gave up first, as it should with a hanging receiver.
        }
    }

    private bool Verify(string? header, string body)
    {
        var parts = (header ?? "").Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1) || !long.TryParse(t, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        if (_maxAge is { } age && (TimeProvider.System.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > age)
        {
            return false;
        }

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), Encoding.UTF8.GetBytes($"{t}.{body}")));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(v1));
    }

    private static string? EventId(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }
}

/// <summary>One request the receiver got: its body, signature and whether it held, and the answer given.</summary>
public sealed record ReceivedHook(string Body, string? Signature, bool SignatureValid, int Status, string? EventId);
