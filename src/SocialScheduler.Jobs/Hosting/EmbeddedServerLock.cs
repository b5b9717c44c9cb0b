namespace SocialScheduler.Jobs.Hosting;

/// <summary>
/// Makes the embedded SQLite mode single-process: the server holds an exclusive lock on <c>&lt;db&gt;.server.lock</c>
/// for its lifetime. The operating system drops the lock when the process dies, even by <c>kill -9</c>, so a
/// crash never leaves a stale lock behind.
/// </summary>
internal sealed class EmbeddedServerLock : IDisposable
{
    private readonly FileStream _stream;

    private EmbeddedServerLock(FileStream stream) => _stream = stream;

    public static EmbeddedServerLock Acquire(string databaseFile)
    {
        var path = databaseFile + ".server.lock";
        try
        {
            // FileShare.None takes an advisory exclusive lock (flock) on Unix and a share lock on Windows.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
            {
                writer.Write(Environment.ProcessId);
            }

            stream.Flush(true);
            return new EmbeddedServerLock(stream);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException(
                $"Another SocialScheduler server is already running on {databaseFile} (lock file {path} is held). " +
                "The embedded SQLite storage serves one process only: stop the other server, or set Storage:Provider=PostgreSql " +
                "to run several workers on one database.", ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}
