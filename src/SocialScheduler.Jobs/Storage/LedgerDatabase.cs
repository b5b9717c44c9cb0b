using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialScheduler.Core.Storage;

namespace SocialScheduler.Jobs.Storage;

/// <summary>
/// Opens connections to the application's database (the one in <c>Storage:*</c>). With the <c>InMemory</c>
/// provider the ledger still lives in a SQLite file, because it is the durable record in every mode.
/// </summary>
/// <remarks>Thread-safe; callers dispose each connection they open.</remarks>
public sealed class LedgerDatabase : IDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly SqliteGroupCommit? _groupCommit;
    private readonly ConcurrentBag<SqliteConnection> _readers = [];
    private int _walSet;

    public LedgerDatabase(StorageOptions options)
    {
        Provider = options.Provider == StorageProvider.InMemory ? StorageProvider.Sqlite : options.Provider;
        ConnectionString = options.ConnectionString;
        Dialect = SqlDialect.For(Provider);
        if (Provider == StorageProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(ConnectionString);
            SqliteFile = Path.GetFullPath(builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(SqliteFile)!);
            if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not (":memory:" or ""))
            {
                SqliteFileMode.EnsurePrivate(SqliteFile);
            }

            _groupCommit = new SqliteGroupCommit(async ct => (SqliteConnection)await OpenAsync(ct), _writes);
        }
        else if (Provider == StorageProvider.PostgreSql)
        {
            _postgres = NpgsqlDataSource.Create(ConnectionString);
        }
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    public SqlDialect Dialect { get; }

    /// <summary>The full path of the SQLite file, or null for server databases.</summary>
    public string? SqliteFile { get; }

    /// <summary>Where a write that fails for a full disk is reported, and a write that succeeds clears it.</summary>
    public FullDisks? Disks { get; init; }

    /// <summary>The place this database's writes go: the SQLite file, or the server's name.</summary>
    public string Location => SqliteFile ?? $"the {Provider} database";

    /// <summary>Whether <paramref name="exception"/> is a write refused for a full disk: SQLITE_FULL (13), PostgreSQL's disk_full (53100), SQL Server's 1105/9002, or ENOSPC.</summary>
    public static bool IsDiskFull(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 13 } => true,
        PostgresException { SqlState: "53100" } => true,
        SqlException { Number: 1105 or 9002 } => true,
        _ => FullDisks.IsDiskFull(exception) || (exception.InnerException is { } inner && IsDiskFull(inner)),
    };

    /// <summary>Opens a connection for reading and writing.</summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) => OpenAsync(forWrites: true, cancellationToken);

    /// <summary>
    /// Opens a connection for queries only. On SQLite it skips the per-connection write settings: a WAL reader takes
    /// no lock that a writer waits for, and durability is a writer's concern.
    /// </summary>
    public Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken = default) => OpenAsync(forWrites: false, cancellationToken);

    /// <summary>
    /// Runs <paramref name="write"/> in a transaction and returns once it is committed. On SQLite the writes of all
    /// callers that wait together share one transaction and one sync (each in its own savepoint, see
    /// <see cref="SqliteGroupCommit"/>), so <paramref name="write"/> must use only the connection it is given.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken = default) =>
        WriteAsync(write, WriteDurability.Synced, cancellationToken);

    /// <inheritdoc cref="WriteAsync{T}(Func{DbConnection, DbTransaction, Task{T}}, CancellationToken)"/>
    /// <param name="durability">Whether the caller waits for the disk sync too; see <see cref="WriteDurability"/>.</param>
    internal async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, WriteDurability durability, CancellationToken cancellationToken)
    {
        try
        {
            var result = await WriteOnceAsync(write, durability, cancellationToken);
            Disks?.Cleared(Location);
            return result;
        }
        catch (Exception ex) when (Disks is not null && IsDiskFull(ex))
        {
            Disks.Report(Location, "the ledger database", ex.Message);
            throw;
        }
    }

    private async Task<T> WriteOnceAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, WriteDurability durability, CancellationToken cancellationToken)
    {
        if (_groupCommit is not null)
        {
            return await _groupCommit.WriteAsync(write, durability, cancellationToken);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="read"/> on a connection for queries. On SQLite the connection is one of a few kept open
    /// with their prepared statements (see <see cref="SqliteStatements"/>): opening a connection and preparing the
    /// query again cost a publish job more than the query itself. Elsewhere a connection is opened for the call.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default)
    {
        if (Provider != StorageProvider.Sqlite)
        {
            await using var connection = await OpenReadAsync(cancellationToken);
            return await read(connection);
        }

        var reader = _readers.TryTake(out var kept) ? kept : (SqliteConnection)await OpenReadAsync(cancellationToken);
        try
        {
            var result = await read(reader);
            if (_readers.Count < MaxKeptReaders)
            {
                _readers.Add(reader);
                reader = null;
            }

            return result;
        }
        finally
        {
            // A reader that failed may be left mid-statement; it is not kept.
            reader?.Dispose();
        }
    }

    private const int MaxKeptReaders = 16;

    private async Task<DbConnection> OpenAsync(bool forWrites, CancellationToken cancellationToken)
    {
        DbConnection connection = Provider switch
        {
            StorageProvider.PostgreSql => _postgres!.CreateConnection(),
            StorageProvider.SqlServer => new SqlConnection(ConnectionString),
            _ => new SqliteConnection(ConnectionString),
        };
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite && (forWrites || Volatile.Read(ref _walSet) == 0))
            {
                await PrepareSqliteAsync(sqlite, Interlocked.Exchange(ref _walSet, 1) == 0, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void Dispose()
    {
        _groupCommit?.Dispose();
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        _postgres?.Dispose();
        _writes.Dispose();
    }

    /// <summary>
    /// On SQLite, queues this process's writers in memory: SQLite admits one writer at a time and its busy handler
    /// sleeps in growing steps, which made eight busy workers wait far longer than the writes take. The group commit
    /// of <see cref="WriteAsync"/> takes the same turn for each batch. A no-op elsewhere.
    /// </summary>
    public async Task<IDisposable?> WriteTurnAsync(CancellationToken cancellationToken)
    {
        if (Provider != StorageProvider.Sqlite)
        {
            return null;
        }

        await _writes.WaitAsync(cancellationToken);
        return new Turn(_writes);
    }

    private sealed class Turn(SemaphoreSlim writes) : IDisposable
    {
        public void Dispose() => writes.Release();
    }

    // WAL (kept in the file, so set once) lets the web UI read while a job writes; FULL sync keeps a claim and a
    // confirmed publication across power loss too, not only across a killed process; the busy timeout makes
    // writers queue instead of failing with "database is locked".
    private static async Task PrepareSqliteAsync(SqliteConnection connection, bool first, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = (first ? "PRAGMA journal_mode=WAL; " : "") + "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
