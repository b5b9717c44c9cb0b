using System.Data.Common;
using Dapper;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Accounts;

/// <summary>Connected accounts in <c>accounts_connected</c> and OAuth clients in <c>accounts_oauth_clients</c>.</summary>
/// <remarks>Thread-safe singleton; each write replaces the row in one transaction, then updates <see cref="ConnectedAccounts"/>.</remarks>
internal sealed class ConnectedAccountStore(LedgerDatabase database, PublishingDatabase schema, ConnectedAccounts snapshot) : IConnectedAccountStore
{
    private const string Columns = "name, platform, base_url, partner, locales, credentials, connected_by, connected_ms, expires_ms, checked_ms, problem";
    private const string Select =
        "SELECT name AS Name, platform AS Platform, base_url AS BaseUrl, partner AS Partner, locales AS Locales, credentials AS Credentials, " +
        "connected_by AS ConnectedBy, connected_ms AS ConnectedMs, expires_ms AS ExpiresMs, checked_ms AS CheckedMs, problem AS Problem FROM accounts_connected";

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await schema.MigrateAsync(cancellationToken);
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Select, cancellationToken: cancellationToken));
        snapshot.ReplaceAll(rows.Select(r => r.ToAccount()));
    }

    public async Task SaveAsync(ConnectedAccount account, CancellationToken cancellationToken = default)
    {
        await schema.MigrateAsync(cancellationToken);
        await database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("DELETE FROM accounts_connected WHERE name = @Name", new { account.Name }, transaction);
            await connection.ExecuteAsync(
                $"INSERT INTO accounts_connected ({Columns}) VALUES (@Name, @Platform, @BaseUrl, @Partner, @Locales, @Credentials, @ConnectedBy, @ConnectedMs, @ExpiresMs, @CheckedMs, @Problem)",
                Row.Of(account), transaction);
            return 0;
        }, cancellationToken);
        snapshot.Set(account);
    }

    public Task RecordCheckAsync(string name, DateTimeOffset at, string? problem, CancellationToken cancellationToken = default) =>
        UpdateAsync(name, a => a with { CheckedAt = at, Problem = problem },
            "UPDATE accounts_connected SET checked_ms = @At, problem = @Problem WHERE name = @Name",
            new { Name = name, At = at.ToUnixTimeMilliseconds(), Problem = problem }, cancellationToken);

    public Task<bool> DisconnectAsync(string name, string reason, CancellationToken cancellationToken = default) =>
        UpdateAsync(name, a => a with { ProtectedCredentials = null, ExpiresAt = null, Problem = reason },
            "UPDATE accounts_connected SET credentials = NULL, expires_ms = NULL, problem = @Problem WHERE name = @Name",
            new { Name = name, Problem = reason }, cancellationToken);

    public async Task<OAuthClient?> FindClientAsync(string platform, Uri server, Uri redirectUri, CancellationToken cancellationToken = default)
    {
        await schema.MigrateAsync(cancellationToken);
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ClientRow>(new CommandDefinition(
            "SELECT client_id AS ClientId, client_secret AS ClientSecret, scopes AS Scopes FROM accounts_oauth_clients WHERE platform = @Platform AND server = @Server AND redirect_uri = @Redirect",
            new { Platform = platform, Server = server.AbsoluteUri, Redirect = redirectUri.AbsoluteUri }, cancellationToken: cancellationToken));
        return row is null ? null : new OAuthClient(platform, server, redirectUri, row.ClientId, row.ClientSecret, row.Scopes);
    }

    public async Task SaveClientAsync(OAuthClient client, CancellationToken cancellationToken = default)
    {
        await schema.MigrateAsync(cancellationToken);
        var args = new
        {
            client.Platform, Server = client.Server.AbsoluteUri, Redirect = client.RedirectUri.AbsoluteUri,
            client.ClientId, Secret = client.ProtectedSecret, client.Scopes,
        };
        await database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("DELETE FROM accounts_oauth_clients WHERE platform = @Platform AND server = @Server AND redirect_uri = @Redirect", args, transaction);
            return await connection.ExecuteAsync(
                "INSERT INTO accounts_oauth_clients (platform, server, redirect_uri, client_id, client_secret, scopes) VALUES (@Platform, @Server, @Redirect, @ClientId, @Secret, @Scopes)",
                args, transaction);
        }, cancellationToken);
    }

    private async Task<bool> UpdateAsync(string name, Func<ConnectedAccount, ConnectedAccount> change, string sql, object args, CancellationToken cancellationToken)
    {
        await schema.MigrateAsync(cancellationToken);
        var changed = await database.WriteAsync((DbConnection connection, DbTransaction transaction) => connection.ExecuteAsync(sql, args, transaction), cancellationToken);
        if (changed > 0 && snapshot.TryGet(name, out var account))
        {
            snapshot.Set(change(account));
        }

        return changed > 0;
    }

    private sealed class ClientRow
    {
        public string ClientId { get; set; } = "";
        public string ClientSecret { get; set; } = "";
        public string Scopes { get; set; } = "";
    }

    private sealed class Row
    {
        public string Name { get; set; } = "";
        public string Platform { get; set; } = "";
        public string? BaseUrl { get; set; }
        public string? Partner { get; set; }
        public string Locales { get; set; } = "";
        public string? Credentials { get; set; }
        public string ConnectedBy { get; set; } = "";
        public long ConnectedMs { get; set; }
        public long? ExpiresMs { get; set; }
        public long? CheckedMs { get; set; }
        public string? Problem { get; set; }

        public static Row Of(ConnectedAccount a) => new()
        {
            Name = a.Name, Platform = a.Platform, BaseUrl = a.BaseUrl?.AbsoluteUri, Partner = a.Partner, Locales = string.Join(',', a.Locales),
            Credentials = a.ProtectedCredentials, ConnectedBy = a.ConnectedBy, ConnectedMs = a.ConnectedAt.ToUnixTimeMilliseconds(),
            ExpiresMs = a.ExpiresAt?.ToUnixTimeMilliseconds(), CheckedMs = a.CheckedAt?.ToUnixTimeMilliseconds(), Problem = a.Problem,
        };

        public ConnectedAccount ToAccount() => new(Name, Platform, BaseUrl is null ? null : new Uri(BaseUrl))
        {
            Partner = Partner,
            Locales = Locales.Split(',', StringSplitOptions.RemoveEmptyEntries),
            ProtectedCredentials = Credentials,
            ConnectedBy = ConnectedBy,
            ConnectedAt = PublicationRow.Ms(ConnectedMs),
            ExpiresAt = ExpiresMs is { } e ? PublicationRow.Ms(e) : null,
            CheckedAt = CheckedMs is { } c ? PublicationRow.Ms(c) : null,
            Problem = Problem,
        };
    }
}
