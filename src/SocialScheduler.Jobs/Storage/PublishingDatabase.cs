
namespace SocialScheduler.Jobs.Storage;

/// <summary>Brings the publishing, alerts and accounts tables up to date; the service does it at start, CLI verbs before they write.</summary>
public sealed class PublishingDatabase : IDisposable
{
    private readonly MigrationRunner _runner;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _done;

    public PublishingDatabase(MigrationRunner runner, TimeProvider time) => (_runner, _time) = (runner, time);

    public void Dispose() => _once.Dispose();

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _once.WaitAsync(cancellationToken);
        try
        {
            if (!_done)
            {
                // Alerts share the ledger's database: an event is written in the transaction of the change that causes it.
                await _runner.ApplyAsync([.. PublishingMigrations.All, .. AlertMigrations.All, .. AccountsMigrations.All], _time, cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _once.Release();
        }
    }
}
