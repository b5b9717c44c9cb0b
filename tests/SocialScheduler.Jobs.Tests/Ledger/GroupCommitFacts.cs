using Dapper;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Tests.Ledger;

/// <summary>The SQLite ledger's writes that wait together share one commit; each keeps its own outcome.</summary>
public sealed class GroupCommitFacts : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("ss-group-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Writes_that_wait_together_are_all_on_disk_when_their_callers_return_and_a_failing_one_undoes_only_itself()
    {
        var file = Path.Combine(_directory.FullName, "ledger.db");
        using var database = new LedgerDatabase(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={file}" });
        await database.WriteAsync((c, t) => c.ExecuteAsync("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)", transaction: t), TestContext.Current.CancellationToken);

        var writes = Enumerable.Range(1, 40).Select(i => Task.Run(() => database.WriteAsync(async (c, t) =>
        {
            await c.ExecuteAsync("INSERT INTO items (id, name) VALUES (@i, @name)", new { i, name = $"item {i}" }, t);
            return i % 10 == 0 ? throw new InvalidOperationException($"write {i} refused") : i;
        }))).ToList();
        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                return (await w).ToString();
            }
            catch (InvalidOperationException ex)
            {
                return ex.Message;
            }
        }));

        // A fresh connection sees only what was committed.
        await using var reader = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
        var stored = (await reader.QueryAsync<long>("SELECT id FROM items ORDER BY id")).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Where(i => i % 10 != 0).Select(i => (long)i), stored);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => i % 10 == 0 ? $"write {i} refused" : i.ToString()), outcomes);
    }
}
