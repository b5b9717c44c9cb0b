using System.Globalization;
using SocialScheduler.Core.Schedules.Planning;

namespace SocialScheduler.Worker.Cli;

/// <summary>Writes the plan as an aligned text table that reads well in a terminal and in CI logs.</summary>
internal static class PlanTable
{
    private static readonly string[] Headers = ["UTC", "Local", "Zone", "Account", "Platform", "Locale", "Post", "Card"];

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<PlannedPublication> plan)
    {
        var rows = plan.Select(p => new[]
        {
            p.DueUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            p.DueLocal.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
            p.TimeZone,
            p.Account,
            p.Platform ?? "?",
            p.Locale,
            p.PostId,
            p.Card ?? "-",
        }).ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        await output.WriteLineAsync(Line(Headers, widths));
        await output.WriteLineAsync(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            await output.WriteLineAsync(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
