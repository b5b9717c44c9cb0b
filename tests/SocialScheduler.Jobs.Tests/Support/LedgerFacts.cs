using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>Base of fact classes that run on a SQLite file and again, in a subclass, on PostgreSQL.</summary>
public abstract class LedgerFacts
{
    /// <summary>True in the PostgreSQL subclass (SOCIALSCHEDULER_TEST_POSTGRES; skipped locally without it).</summary>
    protected virtual bool OnPostgres => false;

    /// <summary>True in the subclass that takes SQL Server's path (readiness checked in memory) on a SQLite file.</summary>
    protected virtual bool OnPortablePath => false;

    internal Task<LedgerHarness> StartAsync(Dictionary<string, string?>? settings = null) =>
        LedgerHarness.StartAsync(settings, OnPostgres ? Peers.Postgres() : null, OnPortablePath);
}
