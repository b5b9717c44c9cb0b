using System.Diagnostics;

namespace SocialScheduler.Testing;

/// <summary>
/// A small tmpfs the test can fill and free, as a full disk under a real file. Mounting needs root (or CAP_SYS_ADMIN);
/// where it cannot mount, the test is skipped with the reason, never failed.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly string _filler;

    private SmallDisk(string path)
    {
        Path = path;
        _filler = System.IO.Path.Combine(path, "filler.bin");
    }

    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB on a fresh folder.</summary>
    public static SmallDisk Mount(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("ss-smalldisk-").FullName;
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            Assert.Skip($"cannot mount a small tmpfs for the full-disk test (run as root, or where mount -t tmpfs is allowed): {output.Trim()}");
        }

        return new SmallDisk(path);
    }

    /// <summary>Writes a filler file until the disk refuses; returns its size.</summary>
    public long Fill()
    {
        var block = new byte[64 * 1024];
        using var stream = new FileStream(_filler, FileMode.Append, FileAccess.Write, FileShare.Read, 1);
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // Full: tmpfs refuses the block that does not fit, so the filler stops at the edge.
        }

        // Writes smaller than a block may still find room; take that too.
        try
        {
            while (true)
            {
                stream.Write(block, 0, 512);
            }
        }
        catch (IOException)
        {
        }

        return new FileInfo(_filler).Length;
    }

    /// <summary>Gives the space back.</summary>
    public void Free() => File.Delete(_filler);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            using var process = Process.Start(info)!;
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
