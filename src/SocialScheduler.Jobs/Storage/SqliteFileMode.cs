namespace SocialScheduler.Jobs.Storage;

/// <summary>
/// Keeps a SQLite database readable by the service's user only (0600), as the key ring is: it holds password
/// hashes and every post. SQLite gives its <c>-wal</c> and <c>-shm</c> files the database file's mode, so the
/// database is created with that mode before SQLite opens it, and files left looser by an older version are tightened.
/// </summary>
public static class SqliteFileMode
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> empty with mode 0600 when missing; tightens it and its companions otherwise. A no-op on Windows.</summary>
    public static void EnsurePrivate(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = Private,
                });
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; its mode is tightened below.
            }
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(file) && (File.GetUnixFileMode(file) & ~Private) != 0)
            {
                File.SetUnixFileMode(file, Private);
            }
        }
    }
}
