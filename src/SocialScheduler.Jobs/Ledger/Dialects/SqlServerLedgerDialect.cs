using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger.Dialects;

/// <summary>
/// SQL Server runs the portable forms: a transition reads the old state then updates, and a publish job checks
/// readiness in memory before its claim (it has no one-statement claim).
/// </summary>
internal sealed class SqlServerLedgerDialect(LedgerDatabase database) : LedgerDialect(database)
{
    public override string Concat(string left, string right) => $"{left} + {right}";

    public override string Page(int limit, int offset) => $" OFFSET {offset} ROWS FETCH NEXT {limit} ROWS ONLY";
}
