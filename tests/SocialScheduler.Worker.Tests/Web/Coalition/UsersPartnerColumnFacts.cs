using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Coalition;

/// <summary>
/// A users table created before people had partners gains the column at start, and keeps its users: the table is
/// made as it was (the current tables less the new column), then the service starts on it again.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class UsersPartnerColumnFacts
{
    private const string DropPartner = "ALTER TABLE \"AspNetUsers\" DROP COLUMN \"Partner\"";

    [Fact]
    public async Task An_existing_sqlite_users_table_gains_the_partner_column_and_keeps_its_users()
    {
        var folder = Directory.CreateTempSubdirectory("socialscheduler-web-").FullName;
        var database = $"Data Source={Path.Combine(folder, "socialscheduler.db")};Pooling=False";
        await AssertUpgradedAsync(new Dictionary<string, string?>(), folder, async () =>
        {
            await using var connection = new SqliteConnection(database);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new SqliteCommand(DropPartner, connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        });
    }

    [Fact]
    public async Task An_existing_postgresql_users_table_gains_the_partner_column_and_keeps_its_users()
    {
        var server = new NpgsqlConnectionStringBuilder(Peers.Postgres());
        var name = "socialscheduler_partner_" + Guid.NewGuid().ToString("N")[..12];
        await PostgresAsync(server.ConnectionString, $"CREATE DATABASE {name}");
        try
        {
            var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, Pooling = false }.ConnectionString;
            var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = database };
            await AssertUpgradedAsync(settings, Directory.CreateTempSubdirectory("socialscheduler-web-").FullName, () => PostgresAsync(database, DropPartner));
        }
        finally
        {
            await PostgresAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task AssertUpgradedAsync(Dictionary<string, string?> settings, string folder, Func<Task> makeItOld)
    {
        string viewer;
        await using (var first = await WebTestHost.StartAsync(settings, folder: folder))
        {
            viewer = await first.CreateUserAsync("Viewer");
        }

        await makeItOld();

        await using var second = await WebTestHost.StartAsync(settings, folder: folder);
        using var client = new AppClient(second);
        using var signedIn = await client.SignInAsync(viewer, WebTestHost.UserPassword);
        var scoped = await second.CreateUserAsync("Comms", partner: "ecpat");
        using var scopedClient = new AppClient(second);
        using var scopedSignedIn = await scopedClient.SignInAsync(scoped, WebTestHost.UserPassword);

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, scopedSignedIn.StatusCode);
        Assert.Equal("/", scopedSignedIn.Headers.Location?.OriginalString);
    }

    private static async Task PostgresAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
