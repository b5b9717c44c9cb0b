using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Schedules;

public class RecurrenceFacts
{
    private static string Repeating(string at, string repeat, string zone = "Europe/Brussels", string until = "") =>
        Yaml.Schedule(Yaml.Post(at: at, extra: $"    repeat: \"{repeat}\"" + (until.Length > 0 ? $"\n    until: \"{until}\"" : "")))
            .Replace("timeZone: Europe/Brussels", $"timeZone: {zone}", StringComparison.Ordinal);

    [Fact]
    public void A_daily_post_stays_at_nine_local_across_spring_forward_in_brussels()
    {
        var post = Validate.Post(Repeating("2027-03-26T00:00", "0 9 * * *"));

        var due = Recurrence.Occurrences(post, post.DueUtc, post.DueUtc.AddHours(60)).ToList();

        Assert.Equal(
            [new DateTimeOffset(2027, 3, 26, 8, 0, 0, TimeSpan.Zero), new(2027, 3, 27, 8, 0, 0, TimeSpan.Zero), new(2027, 3, 28, 7, 0, 0, TimeSpan.Zero)],
            due);
    }

    [Fact]
    public void A_daily_post_stays_at_nine_local_across_fall_back_in_london()
    {
        var post = Validate.Post(Repeating("2027-10-30T00:00", "0 9 * * *", "Europe/London"));

        var due = Recurrence.Occurrences(post, post.DueUtc, post.DueUtc.AddDays(2)).ToList();

        Assert.Equal([new DateTimeOffset(2027, 10, 30, 8, 0, 0, TimeSpan.Zero), new(2027, 10, 31, 9, 0, 0, TimeSpan.Zero)], due);
    }

    [Fact]
    public void An_occurrence_in_the_fall_back_hour_runs_once()
    {
        var post = Validate.Post(Repeating("2027-10-31T00:00", "30 2 * * *"));

        var due = Recurrence.Occurrences(post, post.DueUtc, post.DueUtc.AddHours(12)).ToList();

        Assert.Equal([new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero)], due);
    }

    [Fact]
    public void An_occurrence_in_the_spring_forward_gap_runs_when_the_gap_ends()
    {
        var post = Validate.Post(Repeating("2027-03-28T00:00", "30 2 * * *"));

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), post.DueUtc);
    }

    [Fact]
    public void A_repeating_post_stops_after_until()
    {
        var post = Validate.Post(Repeating("2026-12-01T00:00", "0 9 * * MON", until: "2026-12-21T09:00"));

        var due = Recurrence.Occurrences(post, post.DueUtc, post.DueUtc.AddDays(60)).ToList();

        Assert.Equal([new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), new(2026, 12, 14, 8, 0, 0, TimeSpan.Zero), new(2026, 12, 21, 8, 0, 0, TimeSpan.Zero)], due);
    }

    [Fact]
    public void A_period_after_until_has_no_occurrences_instead_of_failing()
    {
        var post = Validate.Post(Repeating("2026-12-01T00:00", "0 9 * * MON", until: "2026-12-21T09:00"));

        Assert.Empty(Recurrence.Occurrences(post, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Null(Recurrence.Next(post, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Each_occurrence_has_its_own_publication_id_and_a_one_off_post_keeps_its_id()
    {
        var weekly = Validate.Post(Repeating("2026-12-01T00:00", "0 9 * * MON"));
        var once = Validate.Post(Yaml.Schedule(Yaml.Post("once")));

        var ids = Recurrence.Publications(weekly, Some.Now, Some.Now.AddDays(17)).Select(p => p.Key.ToString());
        var onceIds = Recurrence.Publications(once, Some.Now, Some.Now.AddDays(15)).Select(p => p.Key.ToString());

        Assert.Equal(["child-safety-online-now/reports-2021--20261207t0800z/outbox/en", "child-safety-online-now/reports-2021--20261214t0800z/outbox/en"], ids);
        Assert.Equal(["child-safety-online-now/once/outbox/en"], onceIds);
    }

    [Fact]
    public void An_occurrence_id_reads_back_as_its_post_and_instant()
    {
        var due = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1));

        var read = Recurrence.TryParseOccurrence(Recurrence.OccurrenceId("weekly-reminder", due), out var postId, out var dueUtc);

        Assert.True(read);
        Assert.Equal(("weekly-reminder", new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero)), (postId, dueUtc));
        Assert.Equal("weekly-reminder", Recurrence.PostIdOf(Recurrence.OccurrenceId("weekly-reminder", due)));
    }

    [Theory]
    [InlineData("weekly-reminder")]
    [InlineData("weekly-reminder--")]
    [InlineData("weekly-reminder--tomorrow")]
    [InlineData("weekly-reminder--20261307t0800z")]
    [InlineData("--20261207t0800z")]
    public void An_id_that_is_not_an_occurrence_is_its_own_post(string id)
    {
        Assert.False(Recurrence.TryParseOccurrence(id, out _, out _));
        Assert.Equal(id, Recurrence.PostIdOf(id));
    }

    [Fact]
    public void A_repeating_post_that_started_in_the_past_is_valid_while_it_still_has_occurrences()
    {
        var post = Validate.Post(Repeating("2026-11-01T00:00", "0 9 * * *"));

        Assert.Equal(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero), Recurrence.Next(post, Some.Now));
    }

    [Fact]
    public void A_cron_expression_that_is_not_one_is_an_error() =>
        Assert.StartsWith(
            "dec.yaml:12:5: error SS025: posts[0].repeat 'every monday' is not a cron expression (",
            Validate.OnlyLine(Repeating("2026-12-01T09:00", "every monday")), StringComparison.Ordinal);
}
