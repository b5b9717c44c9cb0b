using System.Net;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Tests;

/// <summary>The adapters' only retry: when the connection could not even be opened, so nothing reached the platform.</summary>
public sealed class ConnectRetryHandlerFacts
{
    [Fact]
    public async Task A_refused_connection_is_tried_again_and_the_third_attempt_succeeds()
    {
        var inner = new ScriptedHandler(Refused(), Refused(), null);
        using var client = new HttpClient(new ConnectRetryHandler(TimeProvider.System) { InnerHandler = inner });

        using var response = await client.GetAsync(new Uri("http://127.0.0.1:9/"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public async Task A_connection_lost_after_sending_is_never_retried()
    {
        var inner = new ScriptedHandler(new HttpRequestException(HttpRequestError.ResponseEnded, "reset"), null);
        using var client = new HttpClient(new ConnectRetryHandler(TimeProvider.System) { InnerHandler = inner });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(new Uri("http://127.0.0.1:9/"), null, TestContext.Current.CancellationToken));
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task A_platform_that_stays_unreachable_fails_after_three_attempts()
    {
        var inner = new ScriptedHandler(Refused(), Refused(), Refused(), null);
        using var client = new HttpClient(new ConnectRetryHandler(TimeProvider.System) { InnerHandler = inner });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("http://127.0.0.1:9/"), TestContext.Current.CancellationToken));
        Assert.Equal(3, inner.Calls);
    }

    private static HttpRequestException Refused() => new(HttpRequestError.ConnectionError, "Connection refused");

    private sealed class ScriptedHandler(params Exception?[] script) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            script[Calls++] is { } failure ? Task.FromException<HttpResponseMessage>(failure) : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
    }
}
