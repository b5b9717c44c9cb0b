using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace SocialScheduler.Jobs.Storage;

/// <summary>
/// Group commit for the SQLite ledger: a write that finds nobody writing and nobody waiting is committed at once on
/// its caller's thread; writes that arrive meanwhile wait, and one writer then takes all of them, runs each in its
/// own savepoint inside one transaction, commits once and answers all their callers. With synchronous=FULL a commit
/// costs a sync of the file whatever it holds, so eight workers that each claim share a few syncs instead of paying
/// eight.
/// </summary>
/// <remarks>
/// A caller's task completes only after the commit that holds its write; a <see cref="WriteDurability.Synced"/>
/// write is then on disk. A write that throws rolls back its savepoint only and gets its own exception; a failed
/// commit fails every write of the batch. Writes run synchronously (SQLite's provider never really awaits) and must
/// use only the connection and transaction they are given.
/// </remarks>
internal sealed class SqliteGroupCommit : IDisposable
{
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly SemaphoreSlim _turn;
    private readonly Task _writer;
    private SqliteConnection? _connection;
    private int _waiting;
    private bool _syncing;

    /// <param name="open">Opens a connection prepared for writing.</param>
    /// <param name="turn">The process's SQLite write turn, shared with writers that run their own transaction.</param>
    public SqliteGroupCommit(Func<CancellationToken, Task<SqliteConnection>> open, SemaphoreSlim turn)
    {
        (_open, _turn) = (open, turn);
        _writer = Task.Run(WriteLoopAsync);
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, WriteDurability durability, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending<T>(write, durability, cancellationToken);

        // Nobody writing and nobody waiting: commit on the caller's thread. Handing a lone write to the writer and
        // back cost two thread switches and a blocked Hangfire worker spinning for its result, more CPU than the write.
        if (Volatile.Read(ref _waiting) == 0 && _turn.Wait(0, CancellationToken.None))
        {
            try
            {
                Commit([pending]);
            }
            finally
            {
                _turn.Release();
            }

            return pending.Task;
        }

        Interlocked.Increment(ref _waiting);
        if (!_queue.Writer.TryWrite(pending))
        {
            Interlocked.Decrement(ref _waiting);
            throw new ObjectDisposedException(nameof(SqliteGroupCommit), "The ledger database is shutting down.");
        }

        return pending.Task;
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(10));
        _connection?.Dispose();
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                Interlocked.Decrement(ref _waiting);
                // A caller that gave up before its turn gets no write; one already in a batch is written.
                if (!pending.CancelIfRequested())
                {
                    batch.Add(pending);
                }
            }

            if (batch.Count > 0)
            {
                await _turn.WaitAsync();
                try
                {
                    Commit(batch);
                }
                finally
                {
                    _turn.Release();
                }
            }
        }
    }

    // Runs under the write turn. SQLite's provider completes its "async" calls synchronously, so nothing here waits.
    private void Commit(IReadOnlyList<Pending> batch)
    {
        try
        {
            if (_connection is null)
            {
                _connection = _open(CancellationToken.None).GetAwaiter().GetResult();
                _syncing = true;
            }

            // A batch of outcomes alone is committed without a sync of its own (see WriteDurability.Committed);
            // the next batch that holds a synced write syncs the log with them in it.
            var sync = batch.Any(p => p.Durability == WriteDurability.Synced);
            if (sync != _syncing)
            {
                SqliteStatements.Execute(_connection, null, sync ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
                _syncing = sync;
            }

            using var transaction = _connection.BeginTransaction(deferred: false);
            foreach (var pending in batch)
            {
                // One savepoint name serves every write: they run one after another, never nested.
                SqliteStatements.Execute(_connection, transaction, "SAVEPOINT w");
                try
                {
                    pending.Run(_connection, transaction);
                    SqliteStatements.Execute(_connection, transaction, "RELEASE w");
                }
                catch (Exception ex) when (ex is not SqliteException { SqliteErrorCode: 10 or 13 })
                {
                    // Only this write is undone; I/O errors (10) and a full disk (13) fall through and fail the batch.
                    SqliteStatements.Execute(_connection, transaction, "ROLLBACK TO w");
                    SqliteStatements.Execute(_connection, transaction, "RELEASE w");
                    pending.Failure = ex;
                }
            }

            transaction.Commit();
            foreach (var pending in batch)
            {
                pending.Complete();
            }
        }
        catch (Exception ex)
        {
            foreach (var pending in batch)
            {
                pending.Fail(ex);
            }

            // The connection may be left mid-transaction or broken: the next batch starts on a fresh one.
            _connection?.Dispose();
            _connection = null;
        }
    }

    private abstract class Pending(WriteDurability durability, CancellationToken cancellationToken)
    {
        public WriteDurability Durability { get; } = durability;

        public Exception? Failure { get; set; }

        protected CancellationToken CancellationToken { get; } = cancellationToken;

        public abstract void Run(DbConnection connection, DbTransaction transaction);

        public abstract bool CancelIfRequested();

        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class Pending<T>(Func<DbConnection, DbTransaction, Task<T>> write, WriteDurability durability, CancellationToken cancellationToken)
        : Pending(durability, cancellationToken)
    {
        // Callers continue on the thread pool, never inside the writer's loop.
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public override void Run(DbConnection connection, DbTransaction transaction) =>
            _result = write(connection, transaction).GetAwaiter().GetResult();

        public override bool CancelIfRequested() => CancellationToken.IsCancellationRequested && _done.TrySetCanceled(CancellationToken);

        public override void Complete()
        {
            if (Failure is null)
            {
                _done.TrySetResult(_result);
            }
            else
            {
                _done.TrySetException(Failure);
            }
        }

        public override void Fail(Exception exception) => _done.TrySetException(exception);
    }
}
