using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SocialScheduler.Core.Storage;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>
/// Creates the user tables when they are missing and leaves everything else alone. <c>EnsureCreated</c> is no use
/// on a shared database: it does nothing as soon as any table exists, such as the ledger's.
/// </summary>
internal static class UsersSchema
{
    public static async Task EnsureAsync(UsersDbContext context, StorageProvider provider, CancellationToken cancellationToken)
    {
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        if (await TableExistsAsync(context, provider, cancellationToken))
        {
            await UsersColumns.AddMissingAsync(context, provider, cancellationToken);
            return;
        }

        try
        {
            await creator.CreateTablesAsync(cancellationToken);
        }
        catch (DbException)
        {
            // Another instance may have created them between the check and the creation.
            if (!await TableExistsAsync(context, provider, cancellationToken))
            {
                throw;
            }
        }
    }

    private static async Task<bool> TableExistsAsync(UsersDbContext context, StorageProvider provider, CancellationToken cancellationToken)
    {
        var sql = provider switch
        {
            StorageProvider.PostgreSql =>
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name",
            StorageProvider.SqlServer =>
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_NAME = @name",
            _ => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name",
        };
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@name";
            parameter.Value = UsersDbContext.MarkerTable;
            command.Parameters.Add(parameter);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
