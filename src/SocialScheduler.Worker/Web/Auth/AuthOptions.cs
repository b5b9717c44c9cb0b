using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary><c>Auth:*</c>: the first admin, session length and sign-in throttling.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    /// <summary>Sign-in attempts (POSTs) allowed per client address per minute before the form is refused for a while.</summary>
    [Range(1, 1000, ErrorMessage = "Auth:SignInAttemptsPerMinute must be between 1 and 1000.")]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Idle time after which a session ends and the user signs in again.</summary>
    [Range(5, 24 * 60, ErrorMessage = "Auth:SessionMinutes must be between 5 and 1440.")]
    public int SessionMinutes { get; set; } = 8 * 60;
}

/// <summary><c>Auth:BootstrapAdmin:*</c>: created at start when no user of that name exists.</summary>
public sealed class BootstrapAdminOptions
{
    public string? UserName { get; set; }

    /// <summary>From the environment or user-secrets only; never from a committed file.</summary>
    public string? Password { get; set; }

    internal bool IsConfigured => !string.IsNullOrWhiteSpace(UserName) || !string.IsNullOrEmpty(Password);
}

internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var admin = options.BootstrapAdmin;
        if (string.IsNullOrWhiteSpace(admin.UserName) && !string.IsNullOrEmpty(admin.Password))
        {
            return ValidateOptionsResult.Fail("Auth:BootstrapAdmin:UserName is missing while Auth:BootstrapAdmin:Password is set: set both, or neither to get a generated password.");
        }

        if (!string.IsNullOrWhiteSpace(admin.UserName) && string.IsNullOrEmpty(admin.Password))
        {
            return ValidateOptionsResult.Fail("Auth:BootstrapAdmin:Password is missing while Auth:BootstrapAdmin:UserName is set: set it through the environment (Auth__BootstrapAdmin__Password) or user-secrets.");
        }

        if (!string.IsNullOrEmpty(admin.Password) && admin.Password.Length < PasswordRules.MinimumLength)
        {
            return ValidateOptionsResult.Fail($"Auth:BootstrapAdmin:Password is shorter than {PasswordRules.MinimumLength} characters.");
        }

        return ValidateOptionsResult.Success;
    }
}
