using SocialScheduler.Jobs.Ledger.Dialects;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>
/// The path SQL Server takes (the portable statements, no one-statement claim, readiness checked in memory) on a
/// SQLite file, so the facts that run on SQLite and PostgreSQL also run on it without a SQL Server peer.
/// </summary>
internal sealed class PortableSqliteDialect(LedgerDatabase database) : LedgerDialect(database);
