using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Schedules;

/// <summary>Zones, past times and the rule for local times that clock changes skip or repeat.</summary>
public class TimeRuleFacts
{
    private static string At(string at, string zone = "Europe/Brussels") =>
        Yaml.Schedule(Yaml.Post(at: at)).Replace("timeZone: Europe/Brussels", $"timeZone: {zone}", StringComparison.Ordinal);

    [Fact]
    public void A_post_never_seen_whose_time_passed_long_ago_is_kept_with_a_warning_that_it_will_not_go_out()
    {
        var result = Validate.File(At("2026-11-27T09:00"));

        Assert.Single(result.Posts);
        Assert.Equal(
            "dec.yaml:6:5: warning SS021: posts[0].at 2026-11-27T09:00 (2026-11-27T09:00+01:00) has passed, so the post will not be published (more than Publishing:MissedWindow, 2 hours, late); to publish it, set 'at' to a time after 2026-11-28T11:00+01:00",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_post_never_seen_that_is_late_by_less_than_the_missed_window_is_said_to_go_out_at_once() =>
        Assert.Equal(
            "dec.yaml:6:5: warning SS021: posts[0].at 2026-11-28T10:15 (2026-11-28T10:15+01:00) is 45 min late; it is published at once, as it is within Publishing:MissedWindow (2 hours)",
            Validate.OnlyLine(At("2026-11-28T10:15")));

    [Fact]
    public void The_missed_window_is_the_publishing_setting()
    {
        var validator = new ScheduleFileValidator(Some.PostValidator(TimeSpan.FromMinutes(30)), new ScheduleOptions());

        var result = validator.Validate("dec.yaml", System.Text.Encoding.UTF8.GetBytes(At("2026-11-28T10:15")));

        Assert.Contains("will not be published (more than Publishing:MissedWindow, 30 min, late)", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_already_accepted_at_its_past_time_needs_no_word()
    {
        var accepted = Validate.Post(At("2026-12-01T09:00"));
        var validator = Some.FileValidator(Some.Clock(Some.Now.AddDays(30)));

        var result = validator.Validate("dec.yaml", System.Text.Encoding.UTF8.GetBytes(At("2026-12-01T09:00")),
            new FileScope { Accepted = new Dictionary<string, ScheduledPost> { [accepted.Id] = accepted } });

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Posts);
    }

    [Fact]
    public void A_post_moved_into_the_past_is_an_error_that_names_its_time()
    {
        var accepted = Validate.Post(At("2026-12-01T09:00"));
        var validator = Some.FileValidator(Some.Clock(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)));

        var result = validator.Validate("dec.yaml", System.Text.Encoding.UTF8.GetBytes(At("2026-11-30T09:00")),
            new FileScope { Accepted = new Dictionary<string, ScheduledPost> { [accepted.Id] = accepted } });

        Assert.Empty(result.Posts);
        Assert.Equal(
            "dec.yaml:6:5: error SS021: posts[0].at 2026-11-30T09:00 (2026-11-30T09:00+01:00) is in the past, and the post was due at 2026-12-01T09:00+01:00; a post cannot be moved into the past: put back 2026-12-01T09:00+01:00 or choose a time after 2026-12-02T11:00+01:00",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_past_post_the_ledger_holds_at_that_time_needs_no_word_after_a_restart()
    {
        var ledger = new HeldPosts(("reports-2021", new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)));

        var result = WithLedger(ledger, Some.Now.AddDays(30)).Validate("dec.yaml", System.Text.Encoding.UTF8.GetBytes(At("2026-12-01T09:00")),
            new FileScope { PastTimes = PastTimeRule.FirstLoadAfterStart });

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Posts);
    }

    [Fact]
    public void A_post_the_ledger_holds_at_another_time_was_moved_into_the_past_and_validate_refuses_it()
    {
        var ledger = new HeldPosts(("reports-2021", new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)));

        var result = WithLedger(ledger, new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero))
            .Validate("dec.yaml", System.Text.Encoding.UTF8.GetBytes(At("2026-11-30T09:00")));

        Assert.Empty(result.Posts);
        Assert.Contains("a post cannot be moved into the past: put back 2026-12-01T09:00+01:00", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    private static ScheduleFileValidator WithLedger(IPostHistory ledger, DateTimeOffset now) =>
        new(new PostValidator(Some.Catalog, Some.Accounts, Some.Clock(now),
            Some.AccountPlatforms, [], history: ledger),
            new ScheduleOptions());

    /// <summary>The ledger's answer for a few posts of the campaign, as <see cref="IPostHistory"/> gives it.</summary>
    private sealed class HeldPosts(params (string Id, DateTimeOffset Due)[] posts) : IPostHistory
    {
        public KnownPost? Find(string campaign, string postId) =>
            posts.Where(p => campaign == "child-safety-online-now" && p.Id == postId).Select(p => new KnownPost(p.Due, false)).FirstOrDefault();
    }

    [Fact]
    public void A_zone_that_does_not_exist_is_an_error() =>
        Assert.Equal(
            "dec.yaml:3:1: error SS022: timeZone 'Europe/Brussel' is not an IANA time zone; use a name such as Europe/Brussels or Europe/London",
            Validate.OnlyLine(At("2026-12-01T09:00", "Europe/Brussel")));

    [Fact]
    public void A_post_zone_that_does_not_exist_is_an_error_on_the_post() =>
        Assert.Equal(
            "dec.yaml:12:5: error SS022: posts[0].timeZone 'Mars/Olympus_Mons' is not an IANA time zone; use a name such as Europe/Brussels or Europe/London",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post(extra: "    timeZone: Mars/Olympus_Mons"))));

    [Fact]
    public void A_time_that_is_not_a_time_shows_both_accepted_forms() =>
        Assert.Equal(
            "dec.yaml:6:5: error SS020: posts[0].at '1 December, 9am' is not a time; write local time as \"2026-12-01T09:00\" or ISO 8601 with an offset, \"2026-12-01T09:00+01:00\"",
            Validate.OnlyLine(At("1 December, 9am")));

    [Fact]
    public void A_time_with_an_offset_is_taken_as_written()
    {
        var post = Validate.Post(At("2026-12-01T09:00+05:30"));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 3, 30, 0, TimeSpan.Zero), post.DueUtc);
    }

    [Theory]
    [InlineData("Europe/Brussels", "2027-03-28T02:30", "2027-03-28T03:30+02:00", 1, 30)]
    [InlineData("Europe/London", "2027-03-28T01:30", "2027-03-28T02:30+01:00", 1, 30)]
    public void A_time_skipped_by_spring_forward_moves_forward_by_the_gap_with_a_warning(string zone, string at, string shown, int utcHour, int utcMinute)
    {
        var result = Validate.File(At(at, zone));

        Assert.Equal(new DateTimeOffset(2027, 3, 28, utcHour, utcMinute, 0, TimeSpan.Zero), Assert.Single(result.Posts).DueUtc);
        Assert.Equal(
            $"dec.yaml:6:5: warning SS023: posts[0].at {at} does not exist in {zone} (clocks spring forward); it is taken as {shown}; write that time to make it explicit",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("Europe/Brussels", "2027-10-31T02:30", "2027-10-31T02:30+02:00", 0, 30)]
    [InlineData("Europe/London", "2027-10-31T01:30", "2027-10-31T01:30+01:00", 0, 30)]
    public void A_time_repeated_by_fall_back_means_the_first_one_with_a_warning(string zone, string at, string shown, int utcHour, int utcMinute)
    {
        var result = Validate.File(At(at, zone));

        Assert.Equal(new DateTimeOffset(2027, 10, 31, utcHour, utcMinute, 0, TimeSpan.Zero), Assert.Single(result.Posts).DueUtc);
        Assert.Equal(
            $"dec.yaml:6:5: warning SS024: posts[0].at {at} happens twice in {zone} (clocks fall back); the first, {shown}, is taken; write an offset to choose the other",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("Europe/Brussels", "2027-03-28T03:00", 1)]
    [InlineData("Europe/London", "2027-10-31T02:00", 2)]
    public void Times_just_outside_a_clock_change_are_exact_and_quiet(string zone, string at, int utcHour)
    {
        var result = Validate.File(At(at, zone));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(utcHour, Assert.Single(result.Posts).DueUtc.Hour);
    }

    [Theory]
    [InlineData("Europe")]
    [InlineData("../../../etc/passwd")]
    [InlineData("Romance Standard Time")]
    public void A_name_that_is_not_a_zone_is_refused_without_reading_any_file(string zone) =>
        Assert.Equal(
            $"dec.yaml:3:1: error SS022: timeZone '{zone}' is not an IANA time zone; use a name such as Europe/Brussels or Europe/London",
            Validate.OnlyLine(At("2026-12-01T09:00", zone)));
}
