using Microsoft.Extensions.Configuration;

namespace SocialScheduler.Core.Schedules;

/// <summary>
/// <c>Publishing:MissedWindow</c> as the schedule rules see it: how late a post may still go out. The validator warns
/// with it and the ledger applies it, so both must read the same setting.
/// </summary>
/// <param name="Value">A post whose time passed longer ago than this is not published.</param>
public sealed record MissedWindow(TimeSpan Value)
{
    /// <summary>Two hours: a campaign post later than that has lost its moment, and sending it surprises people.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromHours(2);

    public const string Key = "Publishing:MissedWindow";

    public static MissedWindow From(IConfiguration configuration) =>
        new(configuration.GetValue<TimeSpan?>(Key) is { } value && value >= TimeSpan.Zero ? value : Default);
}
