using Npgsql;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>Gives each test its own PostgreSQL schema, so tests share one database without seeing each other.</summary>
internal static class PostgresSchemas
{
    public static async Task<string> CreateAsync(string connectionString)
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
    }
}
