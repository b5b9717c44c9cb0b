using System.ComponentModel.DataAnnotations;

namespace SocialScheduler.Core.Schedules;

/// <summary><c>Schedules:*</c>: where schedule files live and how they are read.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedules";

    /// <summary>The folder of <c>*.yaml</c> schedules, relative to the working directory unless absolute.</summary>
    [Required(ErrorMessage = "Schedules:Path is required: the folder of schedule files, e.g. 'schedules'.")]
    public string Path { get; set; } = "schedules";

    /// <summary>A larger file is refused before it is parsed.</summary>
    [Range(1, 256 * 1024 * 1024, ErrorMessage = "Schedules:MaxFileBytes must be between 1 and 268435456 (256 MB); the default is 4194304 (4 MB).")]
    public long MaxFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How far ahead a post written in the browser or the API may be due.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Schedules:MaxHorizon must be between 1.00:00:00 (a day) and 3650.00:00:00 (ten years); the default is 730.00:00:00 (two years).")]
    public TimeSpan MaxHorizon { get; set; } = TimeSpan.FromDays(730);

    /// <summary>Reload a file when it changes; off, the files are read once at start.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must stay quiet before a reload, so a save in several writes is read once.</summary>
    [Range(10, 60_000, ErrorMessage = "Schedules:DebounceMilliseconds must be between 10 and 60000.")]
    public int DebounceMilliseconds { get; set; } = 300;
}
