using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Platforms.Tokens;

/// <summary>
/// Keeps small secrets per account and purpose, encrypted at rest with Data Protection (one file each) and cached
/// in memory. A file that can no longer be decrypted (lost key ring) counts as absent, so a new session is made.
/// </summary>
internal sealed class ProtectedTokenStore(IDataProtectionProvider protection, IOptions<TokenStoreOptions> options)
{
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public async Task<string?> ReadAsync(string purpose, string account, CancellationToken cancellationToken)
    {
        var file = FileOf(purpose, account);
        if (_cache.TryGetValue(file, out var cached))
        {
            return cached;
        }

        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            var value = Protector(purpose).Unprotect(await File.ReadAllTextAsync(file, cancellationToken));
            _cache[file] = value;
            return value;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public async Task WriteAsync(string purpose, string account, string value, CancellationToken cancellationToken)
    {
        var file = FileOf(purpose, account);
        var folder = Path.GetDirectoryName(file)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            // Encrypted or not, nobody but the service's user has any business in this folder.
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        await Outbox.AtomicFile.WriteAsync(file, Encoding.UTF8.GetBytes(Protector(purpose).Protect(value)), cancellationToken);
        _cache[file] = value;
    }

    public void Forget(string purpose, string account)
    {
        var file = FileOf(purpose, account);
        _cache.TryRemove(file, out _);
        File.Delete(file);
    }

    private IDataProtector Protector(string purpose) => protection.CreateProtector("SocialScheduler.Platforms.Tokens", purpose);

    private string FileOf(string purpose, string account) =>
        Path.GetFullPath(Path.Combine(options.Value.Path, $"{purpose}.{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account)))[..16]}.token"));
}
