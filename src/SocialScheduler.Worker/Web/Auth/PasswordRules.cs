using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>Length over composition: long passphrases pass, short "Passw0rd!" ones do not.</summary>
internal static class PasswordRules
{
    public const int MinimumLength = 12;

    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static void Apply(PasswordOptions options)
    {
        options.RequiredLength = MinimumLength;
        options.RequiredUniqueChars = 5;
        options.RequireDigit = false;
        options.RequireLowercase = false;
        options.RequireUppercase = false;
        options.RequireNonAlphanumeric = false;
    }

    /// <summary>24 characters from a 57-letter alphabet without look-alikes: about 140 bits.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 24);
}
