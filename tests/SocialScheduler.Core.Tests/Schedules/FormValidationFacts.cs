using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Schedules;

/// <summary>One post entered in the web form gets the same rules as a file, with field paths instead of lines.</summary>
public class FormValidationFacts
{
    private static readonly PostValidator Validator = Some.PostValidator();

    private static PostDraft Draft => new()
    {
        Id = "web-post",
        At = "2026-12-10T18:00",
        TimeZone = "Europe/Paris",
        Accounts = ["x-main"],
        Locales = ["fr"],
        Card = "growth-2020",
        Text = new Dictionary<string, string> { ["fr"] = "+35 % de signalements en 2021." },
    };

    [Fact]
    public void A_valid_form_post_becomes_a_scheduled_post_with_the_hashtag()
    {
        var result = Validator.Validate(Draft, Validator.FormScope());

        Assert.True(result.IsValid);
        Assert.Equal("+35 % de signalements en 2021. #ChildSafetyOnlineNow", result.Post!.Text["fr"]);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 17, 0, 0, TimeSpan.Zero), result.Post.DueUtc);
        Assert.Equal("web", result.Post.Origin);
    }

    [Fact]
    public void A_form_error_names_the_field_without_a_file()
    {
        var result = Validator.Validate(Draft with { Text = new Dictionary<string, string> { ["fr"] = new string('é', 270) } }, Validator.FormScope());

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("text.fr", error.Field);
        Assert.Equal("SS012", error.Code);
        Assert.Equal("text.fr is 292 of 280 weighted characters on account x-main (X), hashtag included; shorten it by 12", error.Message);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_form_without_a_zone_uses_the_default_it_is_given()
    {
        var result = Validator.Validate(Draft with { TimeZone = null }, Validator.FormScope("Europe/London"));

        Assert.Equal(new DateTimeOffset(2026, 12, 10, 18, 0, 0, TimeSpan.Zero), result.Post!.DueUtc);
    }

    [Fact]
    public void Every_error_of_a_form_is_reported_at_once()
    {
        var draft = Draft with { Id = "Web Post", Accounts = ["nobody"], Locales = ["pt"], At = "tomorrow" };

        var fields = Validator.Validate(draft, Validator.FormScope()).Diagnostics.Select(d => d.Field);

        Assert.Equal(["id", "at", "accounts[0]", "locales[0]", "text.fr"], fields);
    }

    [Fact]
    public void A_form_post_may_not_take_the_id_of_a_post_from_a_file()
    {
        var file = Validate.Post(Yaml.Schedule(Yaml.Post("web-post")));
        var current = new ScheduleSnapshot([file], [], Some.Now);

        var result = Validator.ValidateForm(Draft, current);

        Assert.False(result.IsValid);
        Assert.Equal("id 'web-post' is already used by a post from dec.yaml; give each post of the campaign its own id (a file's posts are edited in the file)", result.Diagnostics[0].Message);
    }

    [Fact]
    public void Editing_a_web_post_keeps_its_id_and_a_due_time_that_has_passed()
    {
        var published = Validator.Validate(Draft, Validator.FormScope()).Post!;
        var later = new PostValidator(Some.Catalog, Some.Accounts, Some.Clock(published.DueUtc.AddDays(1)),
            Some.AccountPlatforms, []);

        var result = later.ValidateForm(Draft, new ScheduleSnapshot([published], [], Some.Now), editing: "web-post");

        Assert.True(result.IsValid);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_new_form_post_too_late_to_go_out_is_refused_so_the_author_picks_another_time()
    {
        var result = Validator.ValidateForm(Draft with { At = "2026-11-20T18:00" }, new ScheduleSnapshot([], [], Some.Now));

        Assert.False(result.IsValid);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("at", "SS021", true), (finding.Field, finding.Code, finding.IsError));
        Assert.EndsWith("to publish it, set 'at' to a time after 2026-11-28T11:00+01:00", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_form_post_may_not_take_the_id_of_another_web_post()
    {
        var other = Validator.Validate(Draft, Validator.FormScope()).Post!;

        var result = Validator.ValidateForm(Draft, new ScheduleSnapshot([other], [], Some.Now));

        Assert.False(result.IsValid);
        Assert.Equal("id 'web-post' is already used by a post written in the browser; give each post of the campaign its own id, or open that post to edit it", result.Diagnostics[0].Message);
    }

    [Fact]
    public void Editing_a_file_post_from_the_form_is_refused()
    {
        var file = Validate.Post(Yaml.Schedule(Yaml.Post("web-post")));

        var result = Validator.ValidateForm(Draft, new ScheduleSnapshot([file], [], Some.Now), editing: "web-post");

        Assert.False(result.IsValid);
        Assert.Equal(("id", "SS014"), (result.Diagnostics[0].Field, result.Diagnostics[0].Code));
    }

    [Fact]
    public void A_new_form_post_may_not_take_the_id_of_a_post_whose_history_the_ledger_keeps()
    {
        var result = Validator.ValidateForm(Draft, ScheduleSnapshot.Empty, retiredIds: ["web-post"]);

        Assert.False(result.IsValid);
        Assert.Equal("id 'web-post' was used by a post no longer scheduled, and its publication history is kept under it; give this post another id", result.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("banner", null, null, "size", "size 'banner' is not a card size; use one of: square")]
    [InlineData(null, "every monday", null, "repeat", "repeat 'every monday' is not a cron expression (")]
    [InlineData(null, "0 9 * * MON", "next spring", "until", "until 'next spring' is not a time; write local time as \"2027-01-31T23:59\"")]
    public void A_bad_size_repeat_or_until_in_the_form_is_refused_on_its_field_saying_what_to_write(
        string? size, string? repeat, string? until, string field, string message)
    {
        var result = Validator.ValidateForm(Draft with { Size = size, Repeat = repeat, Until = until }, ScheduleSnapshot.Empty);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
