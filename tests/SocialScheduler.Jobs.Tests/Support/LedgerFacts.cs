using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>Base of fact classes that run on a SQLite file and again, in a subclass, on PostgreSQL.</summary>
public abstract class LedgerFacts
{
    /// <summary>True in the PostgreSQL subclass (SOCIALSCHEDULER_TEST_POSTGRES; skipped locally without it).</summary>
    protected virtual bool OnPostgres => false;

    internal Task<LedgerHarness> StartAsync(Dictionary<string, string?>? settings = null) =>
        LedgerHarness.StartAsync(settings, OnPostgres ? Peers.Postgres() : null);
}
