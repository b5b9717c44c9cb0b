namespace SocialScheduler.Worker.Web.Accounts;

/// <summary>What a person connecting an account gives: <c>baseUrl</c> for platforms with many servers, <c>identifier</c>
/// and <c>appPassword</c> for app-password platforms.</summary>
public sealed record NewAccount(
    string Name, string Platform, Uri? BaseUrl = null, string? Partner = null, IReadOnlyList<string>? Locales = null,
    string? Identifier = null, string? AppPassword = null)
{
    /// <summary>Never shows the app password.</summary>
    public override string ToString() => $"{Platform} account {Name}";
}

/// <summary>One account as the Accounts page and <c>GET /api/accounts</c> show it; never a credential.</summary>
/// <param name="Source"><c>configuration</c> (read-only) or <c>connected</c>.</param>
/// <param name="State">Connected, Expiring in N days, Needs reconnecting, or Failing: the platform's message.</param>
public sealed record AccountView(
    string Name, string Platform, string? Partner, IReadOnlyList<string> Locales, string Source, string State,
    Uri? BaseUrl, DateTimeOffset? LastCheck, DateTimeOffset? LastPublication, string? ConnectedBy)
{
    public bool ReadOnly => Source == "configuration";
}

/// <summary>The outcome of a connect, check or disconnect: a sentence for the page, or a refusal (problem+json from the API).</summary>
public sealed record AccountOutcome(bool Succeeded, string Message, Uri? AuthorizeUrl = null, int Status = 400)
{
    public static AccountOutcome Done(string message) => new(true, message);

    public static AccountOutcome Refused(string message, int status = 400) => new(false, message, null, status);
}
