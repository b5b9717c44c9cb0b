namespace SocialScheduler.Jobs.Storage;

/// <summary>The accounts module's tables, all prefixed <c>accounts_</c>: accounts connected in the web app and the
/// OAuth clients registered for them. Credentials and client secrets are stored encrypted.</summary>
public static class AccountsMigrations
{
    public const string Module = "accounts";

    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new(Module, 1, "connected accounts and OAuth clients", _ => """
            CREATE TABLE accounts_connected (
              name {KEY} NOT NULL PRIMARY KEY,
              platform VARCHAR(100) NOT NULL,
              base_url VARCHAR(2000) NULL,
              partner VARCHAR(100) NULL,
              locales VARCHAR(400) NOT NULL,
              credentials {TEXT} NULL,
              connected_by VARCHAR(200) NOT NULL,
              connected_ms BIGINT NOT NULL,
              expires_ms BIGINT NULL,
              checked_ms BIGINT NULL,
              problem {TEXT} NULL
            );
            CREATE TABLE accounts_oauth_clients (
              platform VARCHAR(100) NOT NULL,
              server VARCHAR(400) NOT NULL,
              redirect_uri VARCHAR(400) NOT NULL,
              client_id VARCHAR(400) NOT NULL,
              client_secret {TEXT} NOT NULL,
              scopes VARCHAR(400) NOT NULL,
              PRIMARY KEY (platform, server, redirect_uri)
            );
            """),
    ];
}
