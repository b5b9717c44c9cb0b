using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Core.Schedules;

/// <summary>
/// <c>Publishing:MissedWindow</c> as the schedule rules see it: how late a post may still go out. The validator warns
/// with it and the ledger applies it, so both read the setting here, through one rule.
/// </summary>
/// <param name="Value">A post whose time passed longer ago than this is not published.</param>
public sealed record MissedWindow(TimeSpan Value)
{
    /// <summary>Two hours: a campaign post later than that has lost its moment, and sending it surprises people.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromHours(2);

    public const string Key = "Publishing:MissedWindow";

    /// <summary>What a bad setting is told, by <c>validate</c> and by the service alike.</summary>
    public const string Rule = "Publishing:MissedWindow must be a positive time span such as 02:00:00.";

    /// <summary>The setting, or <see cref="Default"/> when it is not set.</summary>
    /// <exception cref="OptionsValidationException">It is set to anything but a positive time span; the message is <see cref="Rule"/>.</exception>
    public static MissedWindow From(IConfiguration configuration)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(Default);
        }

        // Read as the options binder reads a TimeSpan, so a value means the same here as in any other setting.
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) || value <= TimeSpan.Zero)
        {
            throw new OptionsValidationException(Key, typeof(MissedWindow), [Rule]);
        }

        return new(value);
    }
}
