using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Web.Security;

/// <summary>The outcome of a password check: signed in, wrong (for any reason, said alike), or to wait.</summary>
public enum PasswordOutcome
{
    Succeeded,
    Refused,
    Throttled,
}

/// <summary>
/// Checks a password for the sign-in form and the password-change page. Every refusal costs one password hash and
/// reads the same whether the name is unknown, the password wrong or the account locked, so neither the words nor
/// the time tell which names exist; the throttle counts each refusal.
/// </summary>
public sealed partial class PasswordCheck(
    UserManager<WebUser> users, SignInManager<WebUser> signIn, IPasswordHasher<WebUser> hasher, SignInThrottle throttle, ILogger<PasswordCheck> logger)
{
    public const int MaxUserNameLength = 64;

    /// <summary>Said for an unknown name, a wrong password and a locked account alike.</summary>
    public const string Refusal = "Wrong user name or password.";

    // A hash of a random password, verified for names that do not exist so they take as long as names that do.
    private static readonly Lazy<string> Dummy = new(() =>
        new PasswordHasher<WebUser>().HashPassword(new WebUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public static string Wait(TimeSpan wait) =>
        $"Too many sign-in attempts. Wait {Seconds(wait)}, then try again.";

    private static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) is var s && s == 1 ? "1 second" : $"{s} seconds";

    /// <summary>Signs in with a session cookie when the password is right.</summary>
    public async Task<(PasswordOutcome Outcome, TimeSpan Wait)> SignInAsync(HttpContext http, string userName, string password)
    {
        var address = Address(http);
        var wait = throttle.WaitFor(address, userName);
        if (wait > TimeSpan.Zero)
        {
            return (PasswordOutcome.Throttled, wait);
        }

        var user = userName.Length is 0 or > MaxUserNameLength ? null : await users.FindByNameAsync(userName);
        if (user is not null)
        {
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                throttle.Succeeded(address, userName);
                return (PasswordOutcome.Succeeded, TimeSpan.Zero);
            }

            if (!result.IsLockedOut && !result.IsNotAllowed)
            {
                return Refuse(address, userName, hashed: true);
            }
        }

        return Refuse(address, userName, hashed: false);
    }

    /// <summary>The current password on the password-change page, counted like a sign-in.</summary>
    public async Task<(PasswordOutcome Outcome, TimeSpan Wait)> CheckCurrentAsync(HttpContext http, WebUser user, string password)
    {
        var address = Address(http);
        var name = user.UserName ?? "";
        var wait = throttle.WaitFor(address, name);
        if (wait > TimeSpan.Zero)
        {
            return (PasswordOutcome.Throttled, wait);
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            throttle.Succeeded(address, name);
            return (PasswordOutcome.Succeeded, TimeSpan.Zero);
        }

        await users.AccessFailedAsync(user);
        return Refuse(address, name, hashed: true);
    }

    private (PasswordOutcome, TimeSpan) Refuse(string address, string userName, bool hashed)
    {
        if (!hashed)
        {
            hasher.VerifyHashedPassword(new WebUser(), Dummy.Value, "");
        }

        var failures = throttle.Failed(address, userName);
        if (failures == SignInThrottle.FreeFailuresPerName)
        {
            LogSlowed(userName.Length > MaxUserNameLength ? userName[..MaxUserNameLength] : userName, failures);
        }

        return (PasswordOutcome.Refused, TimeSpan.Zero);
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Failures} wrong passwords for user name {UserName}: further attempts are slowed down")]
    private partial void LogSlowed(string userName, int failures);
}
