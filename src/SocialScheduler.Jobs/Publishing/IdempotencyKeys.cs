using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SocialScheduler.Jobs.Publishing;

/// <summary>
/// Idempotency keys: one per publication attempt, short and URL-safe, so platforms that accept an
/// <c>Idempotency-Key</c> header take them and the reconciler can look an attempt up by the same key.
/// </summary>
public static class IdempotencyKeys
{
    public static string For(string publicationId, long attempt) => PrefixFor(publicationId) + attempt.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key without its attempt number, for a claim that numbers the attempt in the database.</summary>
    public static string PrefixFor(string publicationId) =>
        $"ss-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(publicationId)))[..24]}-";
}
