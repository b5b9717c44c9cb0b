using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SocialScheduler.Core.Storage;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>Points <see cref="UsersDbContext"/> at the database named by <c>Storage:*</c>.</summary>
internal sealed class UsersDatabase : IDisposable
{
    private readonly SqliteConnection? _memoryKeepAlive;

    public UsersDatabase(StorageOptions storage)
    {
        Provider = storage.Provider;
        ConnectionString = storage.ConnectionString;
        if (Provider == StorageProvider.InMemory)
        {
            // Nothing durable is wanted: a private shared-cache SQLite database lives as long as one connection does.
            ConnectionString = $"Data Source=socialscheduler-users-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            _memoryKeepAlive = new SqliteConnection(ConnectionString);
            _memoryKeepAlive.Open();
        }
        else if (Provider == StorageProvider.Sqlite)
        {
            CreateFolderOf(ConnectionString);
        }
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    public void Configure(DbContextOptionsBuilder options)
    {
        _ = Provider switch
        {
            StorageProvider.PostgreSql => options.UseNpgsql(ConnectionString),
            StorageProvider.SqlServer => options.UseSqlServer(ConnectionString),
            _ => options.UseSqlite(ConnectionString),
        };
    }

    public void Dispose() => _memoryKeepAlive?.Dispose();

    private static void CreateFolderOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);

            // Password hashes live here: readable by the service's user only, as the ledger sharing the file.
            Jobs.Storage.SqliteFileMode.EnsurePrivate(Path.GetFullPath(file));
        }
    }
}
