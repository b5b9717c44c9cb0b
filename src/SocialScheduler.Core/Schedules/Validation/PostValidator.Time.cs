using System.Globalization;
using Cronos;
using SocialScheduler.Core.Schedules.Time;

namespace SocialScheduler.Core.Schedules.Validation;

public sealed partial class PostValidator
{
    private readonly record struct Due(DateTimeOffset First, DateTimeOffset? Until);

    private static TimeZoneInfo? CheckZone(PostDraft draft, Run run)
    {
        if (draft.TimeZone is null)
        {
            if (run.Scope.DefaultTimeZone is null)
            {
                run.Missing("timeZone", "name an IANA zone such as Europe/Brussels on the post or at the top of the file");
            }

            // A bad schedule-wide zone is reported once, on the schedule's own line.
            return LocalTimeResolver.TryFindZone(run.Scope.DefaultTimeZone, out var fallback) ? fallback : null;
        }

        if (LocalTimeResolver.TryFindZone(draft.TimeZone, out var zone))
        {
            return zone;
        }

        run.Error("timeZone", DiagnosticCodes.UnknownZone,
            $"{run.Path("timeZone")} '{draft.TimeZone}' is not an IANA time zone; use a name such as Europe/Brussels or Europe/London");
        return null;
    }

    private Due? CheckTime(PostDraft draft, TimeZoneInfo? zone, Run run)
    {
        if (string.IsNullOrWhiteSpace(draft.At))
        {
            run.Missing("at", "write the local time of the post, e.g. \"2026-12-01T09:00\"");
            return null;
        }

        if (zone is null)
        {
            return null;
        }

        if (!LocalTimeResolver.TryParse(draft.At, zone, out var at))
        {
            run.Error("at", DiagnosticCodes.BadTime,
                $"{run.Path("at")} '{draft.At}' is not a time; write local time as \"2026-12-01T09:00\" or ISO 8601 with an offset, \"2026-12-01T09:00+01:00\"");
            return null;
        }

        WarnAboutClockChange("at", draft.At, at, zone, run);
        var until = CheckUntil(draft, zone, run);
        var first = at.Instant;
        if (!string.IsNullOrWhiteSpace(draft.Repeat))
        {
            if (!TryFirstOccurrence(draft.Repeat, at.Instant, zone, run, out first))
            {
                return null;
            }
        }

        var due = new Due(first, until);
        CheckNotPast(draft, due, zone, run);
        return due;
    }

    private static void WarnAboutClockChange(string field, string written, ResolvedTime at, TimeZoneInfo zone, Run run)
    {
        var local = TimeZoneInfo.ConvertTime(at.Instant, zone);
        if (at.Resolution == TimeResolution.Skipped)
        {
            run.Warning(field, DiagnosticCodes.SkippedLocalTime,
                $"{run.Path(field)} {written} does not exist in {zone.Id} (clocks spring forward); it is taken as {Show(local)}; write that time to make it explicit");
        }
        else if (at.Resolution == TimeResolution.Ambiguous)
        {
            run.Warning(field, DiagnosticCodes.AmbiguousLocalTime,
                $"{run.Path(field)} {written} happens twice in {zone.Id} (clocks fall back); the first, {Show(local)}, is taken; write an offset to choose the other");
        }
    }

    private static DateTimeOffset? CheckUntil(PostDraft draft, TimeZoneInfo zone, Run run)
    {
        if (string.IsNullOrWhiteSpace(draft.Until))
        {
            return null;
        }

        if (LocalTimeResolver.TryParse(draft.Until, zone, out var until))
        {
            return until.Instant;
        }

        run.Error("until", DiagnosticCodes.BadTime,
            $"{run.Path("until")} '{draft.Until}' is not a time; write local time as \"2027-01-31T23:59\"");
        return null;
    }

    private static bool TryFirstOccurrence(string repeat, DateTimeOffset from, TimeZoneInfo zone, Run run, out DateTimeOffset first)
    {
        first = from;
        CronExpression cron;
        try
        {
            cron = CronExpression.Parse(repeat.Trim(), CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            run.Error("repeat", DiagnosticCodes.BadRepeat,
                $"{run.Path("repeat")} '{repeat}' is not a cron expression ({ex.Message.TrimEnd('.')}); write five fields, minute hour day month weekday, e.g. \"0 9 * * MON\"");
            return false;
        }

        if (cron.GetNextOccurrence(from, zone, inclusive: true) is not { } next)
        {
            run.Error("repeat", DiagnosticCodes.BadRepeat, $"{run.Path("repeat")} '{repeat}' never occurs after 'at'; check the day and month fields");
            return false;
        }

        first = next;
        return true;
    }

    /// <summary>
    /// A reviewed schedule must not turn invalid merely because time passed, so a past time is an error only when it
    /// is a change: a post known (to this source or the ledger) at another time moved into the past. A past post that
    /// is already known at that time is fine. One never known (a fresh clone, a new file) is a warning saying whether it still goes out: within
    /// <see cref="MissedWindow"/> it is sent at once, later it is not sent at all and the ledger records why.
    /// </summary>
    private void CheckNotPast(PostDraft draft, Due due, TimeZoneInfo zone, Run run)
    {
        var now = time.GetUtcNow();
        var last = string.IsNullOrWhiteSpace(draft.Repeat) ? due.First : (due.Until ?? DateTimeOffset.MaxValue);
        if (last >= now)
        {
            return;
        }

        var when = $"{run.Path("at")} {draft.At} ({Show(TimeZoneInfo.ConvertTime(due.First, zone))})";
        var later = Show(TimeZoneInfo.ConvertTime(now, zone));
        if (Known(draft, run) is { } known)
        {
            if (known.DueUtc == due.First || (known.Repeating && !string.IsNullOrWhiteSpace(draft.Repeat)))
            {
                return;
            }

            var before = Show(TimeZoneInfo.ConvertTime(known.DueUtc, zone));
            var moved = $"{when} is in the past, and the post was due at {before}; a post cannot be moved into the past: put back {before} or choose a time after {later}";
            if (run.Scope.PastTimes == PastTimeRule.FirstLoadAfterStart)
            {
                // Nothing earlier of this file is in force to fall back on; the ledger records the post as missed.
                run.Warning("at", DiagnosticCodes.PastTime, moved + "; it will not be published");
            }
            else
            {
                run.Error("at", DiagnosticCodes.PastTime, moved);
            }

            return;
        }

        var late = now - last;
        if (late <= missedWindow.Value)
        {
            run.Warning("at", DiagnosticCodes.PastTime,
                $"{when} is {Span(late)} late; it is published at once, as it is within Publishing:MissedWindow ({Span(missedWindow.Value)})");
            return;
        }

        var missed = $"{when} has passed, so the post will not be published (more than Publishing:MissedWindow, {Span(missedWindow.Value)}, late); to publish it, set 'at' to a time after {later}";
        if (run.Scope.PastTimes == PastTimeRule.WebForm)
        {
            run.Error("at", DiagnosticCodes.PastTime, missed);
        }
        else
        {
            run.Warning("at", DiagnosticCodes.PastTime, missed);
        }
    }

    /// <summary>The post as already accepted: by this schedule source before, else by the publication ledger.</summary>
    private KnownPost? Known(PostDraft draft, Run run)
    {
        if (draft.Id is null)
        {
            return null;
        }

        return run.Scope.Accepted.TryGetValue(draft.Id, out var accepted)
            ? new KnownPost(accepted.DueUtc, false)
            : history?.Find(run.Scope.Campaign, draft.Id);
    }

    private static string Span(TimeSpan span) =>
        span.TotalDays >= 2 ? $"{(int)span.TotalDays} days"
        : span.TotalHours >= 2 ? $"{(int)span.TotalHours} hours"
        : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min"
        : $"{(int)span.TotalSeconds} s";

    private static string Show(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
}
