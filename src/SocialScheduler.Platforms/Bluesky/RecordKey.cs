using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Bluesky;

/// <summary>
/// The record key of one publication (account × post × locale), the same for every attempt, so a repeated
/// <c>createRecord</c> cannot make a second post. Posts take TID keys: 53 bits of microseconds and 10 bits of clock
/// id, written in base32-sortable; here both come from a hash, kept within 2023–2026 so the key looks like any other.
/// </summary>
internal static class RecordKey
{
    private const string Alphabet = "234567abcdefghijklmnopqrstuvwxyz";
    private static readonly long Start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1000;
    private const long Span = 3L * 365 * 24 * 3600 * 1_000_000;

    public static string For(PublishRequest request)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{request.Account}\n{request.PostId}\n{request.Locale}"));
        var micros = Start + (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) % Span);
        var clock = BinaryPrimitives.ReadUInt16BigEndian(hash.AsSpan(8)) & 0x3FF;
        var value = (micros << 10) | (long)clock;
        var key = new char[13];
        for (var i = 12; i >= 0; i--)
        {
            key[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(key);
    }
}
