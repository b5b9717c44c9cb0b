namespace SocialScheduler.Platforms.Accounts;

/// <summary>How a platform's accounts are connected in the web app.</summary>
public enum ConnectMethod
{
    /// <summary>The platform's own sign-in page, then back to <c>/accounts/callback/{platform}</c> with a code.</summary>
    OAuth,

    /// <summary>An identifier and an app password typed in the form, checked with the platform before saving.</summary>
    AppPassword,
}

/// <summary>
/// A platform's connect flow, one per platform folder, registered by its description. It obtains credentials; the
/// web app keeps the pending request, checks <c>state</c> and stores the result.
/// </summary>
/// <remarks>
/// Implementations throw <see cref="AccountConnectException"/> with a sentence for the person connecting for anything
/// the platform or the input got wrong; the message never contains a secret.
/// </remarks>
public interface IAccountConnector
{
    string Platform { get; }

    ConnectMethod Method { get; }

    /// <summary>Where to send the browser, and what must be kept until the callback (never shown, never logged).</summary>
    Task<AuthorizationStart> StartAsync(ConnectTarget target, Uri redirectUri, CancellationToken cancellationToken);

    /// <summary>Exchanges the code of the callback for credentials.</summary>
    Task<ObtainedCredentials> CompleteAsync(AuthorizationStart started, string code, CancellationToken cancellationToken);

    /// <summary>Signs in with an app password (<see cref="ConnectMethod.AppPassword"/> platforms).</summary>
    Task<ObtainedCredentials> SignInAsync(ConnectTarget target, string identifier, string password, CancellationToken cancellationToken);
}

/// <summary>The account being connected: its name and, for platforms with many servers, the server.</summary>
public sealed record ConnectTarget(string Name, Uri? BaseUrl);

/// <summary>The start of an authorization: the URL for the browser, the <c>state</c> it carries, and what the flow keeps.</summary>
public sealed record AuthorizationStart(Uri AuthorizeUrl, string State, Uri RedirectUri, Uri? BaseUrl, IReadOnlyDictionary<string, string> Kept)
{
    public override string ToString() => $"authorization for {BaseUrl}";
}

/// <summary>
/// What a flow obtained: settings by the platform's account option names (<c>AccessToken</c>, …), when they expire,
/// the scopes granted and who signed in.
/// </summary>
public sealed record ObtainedCredentials(IReadOnlyDictionary<string, string> Values, DateTimeOffset? ExpiresAt, string SignedInAs, Uri? BaseUrl = null)
{
    public override string ToString() => $"credentials of {SignedInAs}";
}

/// <summary>A connect flow that could not finish; the message says why and what to do, without any secret.</summary>
public sealed class AccountConnectException(string message) : Exception(message);
