using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SocialScheduler.Core.Storage;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>
/// Columns added to the users table after databases were first created: each is added, nullable, to a table that
/// lacks it, and nothing else is touched, so users, roles and passwords stay as they were.
/// </summary>
internal static class UsersColumns
{
    private const string Table = UsersDbContext.MarkerTable;

    /// <summary>Each column as (name, SQLite type, PostgreSQL type, SQL Server type); all nullable.</summary>
    private static readonly (string Name, string Sqlite, string Postgres, string SqlServer)[] Added =
    [
        (nameof(WebUser.Partner), "TEXT", "character varying(100)", "nvarchar(100)"),
    ];

    public static async Task AddMissingAsync(UsersDbContext context, StorageProvider provider, CancellationToken cancellationToken)
    {
        foreach (var column in Added)
        {
            if (await ExistsAsync(context, provider, column.Name, cancellationToken))
            {
                continue;
            }

            var sql = provider switch
            {
                StorageProvider.PostgreSql => $"ALTER TABLE \"{Table}\" ADD COLUMN IF NOT EXISTS \"{column.Name}\" {column.Postgres} NULL",
                StorageProvider.SqlServer => $"IF COL_LENGTH('{Table}', '{column.Name}') IS NULL ALTER TABLE [{Table}] ADD [{column.Name}] {column.SqlServer} NULL",
                _ => $"ALTER TABLE \"{Table}\" ADD COLUMN \"{column.Name}\" {column.Sqlite} NULL",
            };
            try
            {
#pragma warning disable EF1002 // Table and column names are constants of this class, never input.
                await context.Database.ExecuteSqlRawAsync(sql, cancellationToken);
#pragma warning restore EF1002
            }
            catch (DbException)
            {
                // Another instance may have added it between the check and the change.
                if (!await ExistsAsync(context, provider, column.Name, cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    private static async Task<bool> ExistsAsync(UsersDbContext context, StorageProvider provider, string column, CancellationToken cancellationToken)
    {
        var sql = provider switch
        {
            StorageProvider.PostgreSql =>
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table AND column_name = @column",
            StorageProvider.SqlServer =>
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_NAME = @table AND COLUMN_NAME = @column",
            _ => "SELECT COUNT(*) FROM pragma_table_info(@table) WHERE name = @column",
        };
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in new[] { ("@table", Table), ("@column", column) })
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
