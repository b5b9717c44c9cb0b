using SocialScheduler.Jobs.Hosting;
using SocialScheduler.Jobs.Scheduling;

namespace SocialScheduler.Jobs.Repair;

/// <summary>
/// The embedded SQLite mode: one server per file holds <c>&lt;db&gt;.server.lock</c>, so once this process holds it
/// (its server started) any other holder is a process that has stopped.
/// </summary>
internal sealed class EmbeddedClaimHolders(ServerIdentity self, PipelineState state) : IClaimHolders
{
    public Func<string, string?>? Judge() => state.ServerStarted
        ? holder => holder == self.Name ? null : $"Its holder {holder} has stopped: this server ({self.Name}) holds the database's server lock."
        : null;
}
