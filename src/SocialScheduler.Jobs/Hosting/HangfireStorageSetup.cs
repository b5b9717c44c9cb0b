using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using SocialScheduler.Core.Storage;

namespace SocialScheduler.Jobs.Hosting;

/// <summary>
/// Hangfire's storage per <c>Storage:Provider</c>. Sqlite and InMemory run Hangfire in memory as a pure executor:
/// the SQLite ledger is the durable record and the jobs are rebuilt from it at start (Hangfire.Storage.SQLite
/// crashed, corrupted its file and ran jobs twice in our measurements). PostgreSQL and SQL Server share the database.
/// </summary>
internal static class HangfireStorageSetup
{
    public static JobStorage Create(StorageOptions storage, string schema)
    {
        switch (storage.Provider)
        {
            case StorageProvider.PostgreSql:
                var postgres = new PostgreSqlStorageOptions
                {
                    // Without sliding invisibility and a short lock timeout, a killed worker stalled recovery for 10 min.
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = TimeSpan.FromMinutes(5),
                    DistributedLockTimeout = TimeSpan.FromMinutes(1),
                    // Polled, not woken by LISTEN/NOTIFY: with long polling a worker that had already fetched a job
                    // could wait, before starting it, for the next notification (in repeated bench runs about one in
                    // three held one post 60 s, until the sweeper's replacement notified). Same-process enqueues
                    // still wake workers at once; another process's are seen within the poll interval.
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                    EnableLongPolling = false,
                    PrepareSchemaIfNecessary = true,
                    SchemaName = schema,
                };
                // Hangfire's rows need not wait for the disk: the ledger is the record and commits synchronously, and
                // its later commits flush the log up to them anyway. What a database crash could drop (a job, a state
                // change) the sweeper re-creates and the claim keeps from publishing twice. Halved a 10k-post load.
                var hangfireConnection = new Npgsql.NpgsqlConnectionStringBuilder(storage.ConnectionString)
                {
                    Options = "-c synchronous_commit=off",
                }.ConnectionString;
                var storageOnPostgres = new PostgreSqlStorage(new NpgsqlConnectionFactory(hangfireConnection, postgres, null), postgres);

                // Jobs are created at start, before the server would install Hangfire's schema on first use.
                using (var connection = new Npgsql.NpgsqlConnection(hangfireConnection))
                {
                    connection.Open();
                    PostgreSqlObjectsInstaller.Install(connection, schema);
                }

                return storageOnPostgres;
            case StorageProvider.SqlServer:
                return new SqlServerStorage(storage.ConnectionString, new SqlServerStorageOptions
                {
                    QueuePollInterval = TimeSpan.Zero,
                    SlidingInvisibilityTimeout = TimeSpan.FromMinutes(5),
                    PrepareSchemaIfNecessary = true,
                    SchemaName = schema,
                });
            default:
                return new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Guid });
        }
    }
}
