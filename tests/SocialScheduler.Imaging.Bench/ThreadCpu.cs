using System.Runtime.InteropServices;

/// <summary>CPU time of the calling thread (Linux), so figures hold on a machine other processes keep busy.</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var time) != 0)
        {
            return Environment.TickCount64;
        }

        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
