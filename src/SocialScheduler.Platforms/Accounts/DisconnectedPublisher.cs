using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Accounts;

/// <summary>Stands in for the publisher of a connected account whose credentials are gone: every attempt is an Auth failure.</summary>
internal sealed class DisconnectedPublisher(string platform, string why) : IPlatformPublisher, IAccountVerifier
{
    public string Platform => platform;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(PublishResult.Failed(FailureKind.Auth, $"{request.Account} is not connected ({why})."));

    public Task<AccountStatus> VerifyAsync(string account, CancellationToken cancellationToken) =>
        Task.FromResult(new AccountStatus(false, $"not connected ({why}): reconnect it on the Accounts page."));
}
