using System.Net;
using Npgsql;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class UsersOnPostgresFacts
{
    [Fact]
    public async Task Users_live_in_the_same_postgresql_database_as_the_ledger_and_jobs_and_survive_a_restart()
    {
        var server = new NpgsqlConnectionStringBuilder(Peers.Postgres());
        var database = "socialscheduler_web_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE {database}");
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "PostgreSql",
                ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database, Pooling = false }.ConnectionString,
            };
            var folder = Directory.CreateTempSubdirectory("socialscheduler-web-").FullName;
            string viewer;
            await using (var first = await WebTestHost.StartAsync(settings, folder: folder))
            {
                viewer = await first.CreateUserAsync("Viewer");
            }

            await using var second = await WebTestHost.StartAsync(settings, folder: folder);
            using var client = new AppClient(second);
            using var signedIn = await client.SignInAsync(viewer, WebTestHost.UserPassword);

            Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
            var tables = await TablesAsync(settings["Storage:ConnectionString"]!);
            Assert.Contains("public.AspNetUsers", tables);
            Assert.Contains(tables, t => t.StartsWith("public.publishing_", StringComparison.Ordinal));
            Assert.Contains(tables, t => t.StartsWith("hangfire.", StringComparison.Ordinal));
        }
        finally
        {
            await ExecuteAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<string>> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
