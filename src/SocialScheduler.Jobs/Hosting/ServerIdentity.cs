using System.Security.Cryptography;

namespace SocialScheduler.Jobs.Hosting;

/// <summary>
/// This process as the other workers see it: the name its Hangfire server announces and that every claim it makes
/// records as the claim's holder, so a dead holder can be told from a slow one.
/// </summary>
/// <remarks>
/// Machine and process id say where to look; the random part keeps a restarted container (often process 1 again)
/// from passing for the process that died.
/// </remarks>
public sealed class ServerIdentity
{
    public ServerIdentity()
        : this($"{Environment.MachineName}:{Environment.ProcessId}:{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}")
    {
    }

    internal ServerIdentity(string name) => Name = name.ToLowerInvariant();

    /// <summary>Lower case, as Hangfire writes server names; at most 200 characters (the ledger's <c>holder</c> column).</summary>
    public string Name { get; }

    /// <summary>Whether Hangfire server <paramref name="serverId"/> (the name plus Hangfire's own suffix) is the one <paramref name="holder"/> names.</summary>
    public static bool Announces(string serverId, string holder) =>
        serverId.Equals(holder, StringComparison.OrdinalIgnoreCase)
        || (serverId.Length > holder.Length && serverId[holder.Length] == ':' && serverId.StartsWith(holder, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Name;
}
