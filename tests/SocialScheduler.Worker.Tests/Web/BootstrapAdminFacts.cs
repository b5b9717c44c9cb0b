using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed partial class BootstrapAdminFacts
{
    private static readonly Dictionary<string, string?> NoneConfigured = new()
    {
        ["Auth:BootstrapAdmin:UserName"] = null,
        ["Auth:BootstrapAdmin:Password"] = null,
    };

    [Fact]
    public async Task The_first_start_prints_a_generated_password_once_and_stores_only_its_hash()
    {
        var folder = Directory.CreateTempSubdirectory("socialscheduler-web-").FullName;
        var first = new StringWriter();
        string password;
        await using (var host = await WebTestHost.StartAsync(NoneConfigured, first, folder))
        {
            password = GeneratedPassword().Match(first.ToString()).Groups[1].Value;
            Assert.Equal(24, password.Length);

            using var client = new AppClient(host);
            using var signedIn = await client.SignInAsync("admin", password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            using var home = await client.GetAsync("/");
            Assert.Equal("/account/password", home.Headers.Location?.OriginalString);
        }

        var second = new StringWriter();
        await using (await WebTestHost.StartAsync(NoneConfigured, second, folder))
        {
            Assert.Equal("", second.ToString());
        }

        var database = await File.ReadAllBytesAsync(Path.Combine(folder, "socialscheduler.db"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(password, Encoding.UTF8.GetString(database), StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_tables_are_added_next_to_existing_tables_without_touching_them()
    {
        var folder = Directory.CreateTempSubdirectory("socialscheduler-web-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "socialscheduler.db")};Pooling=false";
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE publications (id TEXT PRIMARY KEY); INSERT INTO publications VALUES ('reports-2021.en.outbox');";
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using (var host = await WebTestHost.StartAsync(folder: folder))
        {
            using var client = new AppClient(host);
            using var signedIn = await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
            Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        }

        await using var check = new SqliteConnection(connectionString);
        await check.OpenAsync(TestContext.Current.CancellationToken);
        await using var query = check.CreateCommand();
        query.CommandText = "SELECT id FROM publications";
        Assert.Equal("reports-2021.en.outbox", await query.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_user_name_without_a_password_stops_the_start_with_a_message_naming_the_key()
    {
        var settings = new Dictionary<string, string?> { ["Auth:BootstrapAdmin:Password"] = null };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => WebTestHost.StartAsync(settings));

        Assert.Contains("Auth:BootstrapAdmin:Password is missing", error.Message);
    }

    [GeneratedRegex(@"password:\s+(\S+)")]
    private static partial Regex GeneratedPassword();
}
