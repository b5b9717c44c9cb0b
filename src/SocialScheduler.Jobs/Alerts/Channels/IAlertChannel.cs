namespace SocialScheduler.Jobs.Alerts.Channels;

/// <summary>One place alerts go: a webhook, an e-mail list.</summary>
/// <remarks>
/// Adapters throw when a delivery fails (with a message a person can act on, never a secret); the sender records it
/// and tries again later with the same event. Called from one thread per channel at a time.
/// </remarks>
public interface IAlertChannel
{
    /// <summary>Stable name, stored with each delivery: <c>webhook:&lt;name&gt;</c> or <c>email</c>.</summary>
    string Name { get; }

    /// <summary>Whether this channel wants events of <paramref name="type"/>.</summary>
    bool Accepts(string type);

    Task SendAsync(AlertEvent alert, CancellationToken cancellationToken);
}
