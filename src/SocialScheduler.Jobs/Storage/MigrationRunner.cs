using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Storage;

namespace SocialScheduler.Jobs.Storage;

/// <summary>
/// Applies <see cref="SchemaMigration"/>s in order and records each in <c>schema_migrations</c> (module, version).
/// Any module may use it for its own tables; every module names its tables with its own prefix.
/// </summary>
/// <remarks>
/// Each migration runs in its own transaction together with its record, so a crash leaves it applied or not at all.
/// Several processes starting together on PostgreSQL serialise on an advisory lock; SQLite's immediate transaction
/// does the same for one file.
/// </remarks>
public sealed class MigrationRunner(LedgerDatabase database, ILogger<MigrationRunner> logger)
{
    private const long PostgresLockId = 0x5053_4D49_4752; // stable id for pg_advisory_xact_lock

    public async Task<int> ApplyAsync(IEnumerable<SchemaMigration> migrations, TimeProvider time, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(database.Dialect.Expand(
            database.Provider == StorageProvider.SqlServer
                ? "IF OBJECT_ID('schema_migrations') IS NULL CREATE TABLE schema_migrations (module NVARCHAR(100) NOT NULL, version INT NOT NULL, name NVARCHAR(200) NOT NULL, applied_ms BIGINT NOT NULL, PRIMARY KEY (module, version))"
                : "CREATE TABLE IF NOT EXISTS schema_migrations (module VARCHAR(100) NOT NULL, version INT NOT NULL, name VARCHAR(200) NOT NULL, applied_ms BIGINT NOT NULL, PRIMARY KEY (module, version))"),
            cancellationToken: cancellationToken));

        var applied = 0;
        foreach (var migration in migrations.OrderBy(m => m.Module, StringComparer.Ordinal).ThenBy(m => m.Version))
        {
            if (await ApplyOneAsync(connection, migration, time, cancellationToken))
            {
                applied++;
            }
        }

        return applied;
    }

    private async Task<bool> ApplyOneAsync(DbConnection connection, SchemaMigration migration, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (database.Provider == StorageProvider.PostgreSql)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@id)", new { id = PostgresLockId }, transaction);
        }

        var done = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM schema_migrations WHERE module = @Module AND version = @Version",
            new { migration.Module, migration.Version }, transaction);
        if (done > 0)
        {
            return false;
        }

        var script = database.Dialect.Expand(migration.Script(database.Dialect));
        foreach (var statement in script.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await connection.ExecuteAsync(new CommandDefinition(statement.TrimEnd(';'), transaction: transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(
            "INSERT INTO schema_migrations (module, version, name, applied_ms) VALUES (@Module, @Version, @Name, @At)",
            new { migration.Module, migration.Version, migration.Name, At = time.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Applied migration {Module} {Version}: {Name}", migration.Module, migration.Version, migration.Name);
        return true;
    }
}
