using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SocialScheduler.Testing;

namespace SocialScheduler.Worker.Tests.Skeleton;

/// <summary>
/// The service as a user starts it: the real program in its own process, configured only through environment
/// variables, with its database, schedules and outbox in a fresh folder.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process, string folder, Uri address)
    {
        _process = process;
        Folder = folder;
        BaseAddress = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Folder { get; }

    public Uri BaseAddress { get; }

    public string SchedulesPath => Path.Combine(Folder, "schedules");

    public string OutboxPath => Path.Combine(Folder, "outbox");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Prepares a folder; call <see cref="StartAsync"/> once its schedules are written.</summary>
    public static string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("socialscheduler-e2e-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "schedules"));
        return folder;
    }

    public static async Task<WorkerProcess> StartAsync(string folder, IDictionary<string, string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "SocialScheduler.Worker"))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "socialscheduler.db")}",
            ["Schedules__Path"] = Path.Combine(folder, "schedules"),
            ["Outbox__Path"] = Path.Combine(folder, "outbox"),
            ["Imaging__AssetsPath"] = RepoPaths.Assets,
            ["Imaging__CacheDirectory"] = Path.Combine(folder, "cards"),
            ["Campaign__Path"] = RepoPaths.Campaign,
            ["Auth__BootstrapAdmin__UserName"] = "admin",
            ["Auth__BootstrapAdmin__Password"] = "a passphrase nobody guesses",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The worker did not start.");
        var worker = new WorkerProcess(process, folder, address);
        await worker.WaitUntilHealthyAsync();
        return worker;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(300))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The worker did not answer /healthz within 300 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
