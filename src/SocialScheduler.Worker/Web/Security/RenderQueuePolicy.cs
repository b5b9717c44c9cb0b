using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Web.Security;

/// <summary>
/// Bounds card renders for previews and zips: <c>Web:ParallelRenders</c> at once, <c>Web:RenderQueue</c> waiting in
/// order; a request beyond the queue is answered 503 with <c>Retry-After</c> at once instead of piling up memory.
/// </summary>
internal sealed class RenderQueuePolicy(IOptions<WebOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "card-renders";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.HttpContext.Response.Headers.RetryAfter = "5";
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetConcurrencyLimiter(Name, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.ParallelRenders,
            QueueLimit = options.Value.RenderQueue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
}
