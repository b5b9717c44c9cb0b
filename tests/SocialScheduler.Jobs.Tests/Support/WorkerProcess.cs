using System.Diagnostics;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>A real worker process (the fault harness running the publishing pipeline) that a test can kill -9.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private bool _disposed;

    private WorkerProcess(Process process) => _process = process;

    public bool HasExited => _disposed || _process.HasExited;

    /// <summary>The process id, part of the holder name its claims record.</summary>
    public int Pid => _process.Id;

    public static WorkerProcess Start(IReadOnlyDictionary<string, string> settings, string logFile)
    {
        var harness = Path.Combine(AppContext.BaseDirectory, "SocialScheduler.Jobs.FaultHarness.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(harness);
        info.ArgumentList.Add("worker");
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(info)!;
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var gate = new object();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    log.WriteLine($"[{process.Id}] {line}");
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.Exited += (_, _) => { lock (gate) { log.Dispose(); } };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process);
    }

    /// <summary>SIGSTOP (true) or SIGCONT (false): a stopped worker beats no heart and finishes nothing it holds.</summary>
    public void Freeze(bool stop)
    {
        using var signal = Process.Start(new ProcessStartInfo("kill", [stop ? "-STOP" : "-CONT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        signal.WaitForExit();
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like <c>kill -9</c>.</summary>
    public void Kill()
    {
        if (_disposed)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
        _disposed = true;
        _process.Dispose();
    }
}
