using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>
/// A PostgreSQL cluster of the test's own (initdb in a temp directory), so a test can stop and restart the database
/// without disturbing other tests that share the CI database. Uses the binaries .ci/setup-postgres.sh installed.
/// </summary>
internal sealed class PrivatePostgres : IDisposable
{
    private readonly string _bin;
    private readonly string _directory;

    private PrivatePostgres(string bin, string directory, int port) => (_bin, _directory, Port) = (bin, directory, port);

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true;Timeout=5";

    public static PrivatePostgres Start()
    {
        var bin = Environment.GetEnvironmentVariable("SOCIALSCHEDULER_TEST_POSTGRES_BIN") is { Length: > 0 } configured
            ? configured
            : Directory.GetDirectories("/usr/lib/postgresql").Order().Select(d => Path.Combine(d, "bin")).Last();
        var directory = Directory.CreateTempSubdirectory("ss-pg-").FullName;
        Run("chown", "postgres", directory);
        var port = FreePort();
        var postgres = new PrivatePostgres(bin, directory, port);
        postgres.AsPostgres("initdb", "-D", Path.Combine(directory, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8");
        postgres.Up();
        return postgres;
    }

    public void Up() => AsPostgres("pg_ctl", "-D", Path.Combine(_directory, "data"), "-l", Path.Combine(_directory, "log"), "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -c port={Port} -c unix_socket_directories={_directory} -c max_connections=200", "start");

    /// <summary>Stops at once, without a checkpoint, as a crash would.</summary>
    public void Down() => AsPostgres("pg_ctl", "-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop");

    public void Dispose()
    {
        try
        {
            Down();
        }
        catch (InvalidOperationException)
        {
        }

        Directory.Delete(_directory, recursive: true);
    }

    private void AsPostgres(string tool, params string[] args)
    {
        var path = Path.Combine(_bin, tool);
        if (Environment.UserName == "root")
        {
            Run("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {error.Result}");
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
