using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SocialScheduler.Platforms.Tests.Fakes;

/// <summary>
/// A real HTTP server on 127.0.0.1 that plays one platform. Subclasses map the platform's endpoints and enforce its
/// contract; this base adds one-shot faults and a record of what was received.
/// </summary>
public abstract class LoopbackFake : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _faults = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request as "METHOD /path", in arrival order.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>Every header value and body received, to prove no secret leaks where it should not.</summary>
    public ConcurrentQueue<string> Raw { get; } = new();

    public void FailNext(string path, Fault fault) => _faults.GetOrAdd(path, _ => new()).Enqueue(fault);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0").UseShutdownTimeout(TimeSpan.FromSeconds(1));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            Received.Enqueue($"{context.Request.Method} {context.Request.Path}");
            using (var reader = new StreamReader(context.Request.Body, leaveOpen: true))
            {
                Raw.Enqueue(string.Join('\n', context.Request.Headers.Select(h => $"{h.Key}: {h.Value}")) + "\n" + await reader.ReadToEndAsync(context.RequestAborted));
                context.Request.Body.Position = 0;
            }

            if (_faults.TryGetValue(context.Request.Path.Value ?? "", out var queue) && queue.TryDequeue(out var fault))
            {
                await ApplyAsync(context, fault, next);
                return;
            }

            await next(context);
        });
        Map(_app);
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Urls.First() + "/");
    }

    protected abstract void Map(WebApplication app);

    /// <summary>Writes the platform's own 503, 429 (with its headers) or 401.</summary>
    protected abstract Task WriteFaultAsync(HttpContext context, Fault fault);

    private async Task ApplyAsync(HttpContext context, Fault fault, RequestDelegate next)
    {
        if (fault is not (Fault.HangAfterHandling or Fault.GarbledSuccess))
        {
            await WriteFaultAsync(context, fault);
            return;
        }

        var original = context.Response.Body;
        context.Response.Body = new MemoryStream();
        await next(context);
        context.Response.Body = original;
        if (fault == Fault.GarbledSuccess)
        {
            context.Response.Headers.Clear();
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>Gateway says hello</body></html>", context.RequestAborted);
            return;
        }

        await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }

        GC.SuppressFinalize(this);
    }
}
