using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace SocialScheduler.Jobs.Storage;

/// <summary>
/// Group commit for the SQLite ledger: one writer takes every write that is waiting, runs each in its own savepoint
/// inside one transaction, commits once and then answers all their callers. With synchronous=FULL a commit costs a
/// sync of the file whatever it holds, so eight workers that each claim and record share a few syncs instead of
/// paying sixteen.
/// </summary>
/// <remarks>
/// A caller's task completes only after the commit that holds its write, so what it returns is durable. A write
/// that throws rolls back its savepoint only and gets its own exception; a failed commit fails every write of the
/// batch. Writes must not await anything but the given connection: the writer waits for them.
/// </remarks>
internal sealed class SqliteGroupCommit : IDisposable
{
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly SemaphoreSlim _turn;
    private readonly Task _writer;
    private SqliteConnection? _connection;

    /// <param name="open">Opens a connection prepared for writing.</param>
    /// <param name="turn">The process's SQLite write turn, shared with writers that run their own transaction.</param>
    public SqliteGroupCommit(Func<CancellationToken, Task<SqliteConnection>> open, SemaphoreSlim turn)
    {
        (_open, _turn) = (open, turn);
        _writer = Task.Run(WriteLoopAsync);
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending<T>(write, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
        {
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
                // A caller that gave up before its turn gets no write; one already in a batch is written.
                if (!pending.CancelIfRequested())
                {
                    batch.Add(pending);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
            }
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        await _turn.WaitAsync();
        try
        {
            _connection ??= await _open(CancellationToken.None);
            using var transaction = _connection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                var savepoint = "w" + i;
                transaction.Save(savepoint);
                try
                {
                    await batch[i].RunAsync(_connection, transaction);
                    transaction.Release(savepoint);
                }
                catch (Exception ex) when (ex is not SqliteException { SqliteErrorCode: 10 or 13 })
                {
                    // Only this write is undone; I/O errors (10) and a full disk (13) fall through and fail the batch.
                    transaction.Rollback(savepoint);
                    transaction.Release(savepoint);
                    batch[i].Failure = ex;
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
        finally
        {
            _turn.Release();
        }
    }

    private abstract class Pending(CancellationToken cancellationToken)
    {
        public Exception? Failure { get; set; }

        protected CancellationToken CancellationToken { get; } = cancellationToken;

        public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

        public abstract bool CancelIfRequested();

        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class Pending<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken) : Pending(cancellationToken)
    {
        // Callers continue on the thread pool, never inside the writer's loop.
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public override async Task RunAsync(DbConnection connection, DbTransaction transaction) =>
            _result = await write(connection, transaction);

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
