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

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
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
            if (connection is SqliteConnection sqlite)
            {
                await PrepareSqliteAsync(sqlite, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void Dispose() => _postgres?.Dispose();

    // WAL lets the web UI read while a job writes; FULL sync keeps a confirmed publication across power loss too;
    // the busy timeout makes writers queue instead of failing with "database is locked".
    private static async Task PrepareSqliteAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
