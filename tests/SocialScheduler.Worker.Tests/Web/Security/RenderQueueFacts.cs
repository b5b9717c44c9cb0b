using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SocialScheduler.Worker.Web.Publications;
using SocialScheduler.Worker.Web.Security;

namespace SocialScheduler.Worker.Tests.Web.Security;

public sealed class RenderQueueFacts
{
    [Fact]
    public async Task Renders_beyond_the_parallel_limit_wait_in_the_queue_and_beyond_the_queue_are_answered_503_with_retry_after()
    {
        var policy = new RenderQueuePolicy(Options.Create(new WebOptions { ParallelRenders = 1, RenderQueue = 1 }));
        var http = new DefaultHttpContext();
        var limiter = policy.GetPartition(http).Factory(RenderQueuePolicy.Name);

        using var drawing = await limiter.AcquireAsync(cancellationToken: TestContext.Current.CancellationToken);
        var waiting = limiter.AcquireAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var beyond = await limiter.AcquireAsync(cancellationToken: TestContext.Current.CancellationToken);
        await policy.OnRejected!(new OnRejectedContext { HttpContext = http, Lease = beyond }, TestContext.Current.CancellationToken);
        drawing.Dispose();
        using var next = await waiting;

        Assert.True(drawing.IsAcquired);
        Assert.False(beyond.IsAcquired);
        Assert.True(next.IsAcquired);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("5", http.Response.Headers.RetryAfter.ToString());
    }
}
