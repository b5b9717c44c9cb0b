using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace SocialScheduler.Platforms.Accounts;

/// <summary>
/// Encrypts a connected account's credentials and OAuth client secrets with ASP.NET Core Data Protection (key ring in
/// <c>DataProtection:KeysPath</c>) before they are stored, and decrypts them when an account publishes.
/// </summary>
/// <remarks>Thread-safe. Without the key ring that encrypted them, credentials read as absent: the account must be reconnected.</remarks>
public sealed class AccountCredentials(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("SocialScheduler.Accounts.Credentials");

    public string Protect(IReadOnlyDictionary<string, string> values) => _protector.Protect(JsonSerializer.Serialize(values));

    /// <summary>The credentials, or null when they cannot be decrypted (another or a lost key ring).</summary>
    public IReadOnlyDictionary<string, string>? Unprotect(string protectedValues)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(protectedValues));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public string ProtectSecret(string secret) => _protector.Protect(secret);

    public string? UnprotectSecret(string protectedSecret)
    {
        try
        {
            return _protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
