using System.ComponentModel.DataAnnotations;

namespace SocialScheduler.Core.Storage;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
    InMemory,
}

/// <summary>
/// <c>Storage:*</c>: where the publication ledger, users and Hangfire keep their state. One database for all of
/// them, so a publication and its job never live in two places that can disagree.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    [Required(ErrorMessage = "Storage:ConnectionString is required, e.g. 'Data Source=data/socialscheduler.db' for Sqlite.")]
    public string ConnectionString { get; set; } = "Data Source=data/socialscheduler.db";
}
