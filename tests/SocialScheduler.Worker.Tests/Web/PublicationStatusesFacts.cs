using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Worker.Web.Localization;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Tests.Web;

/// <summary>Each test sets the interface language of its thread and puts back the one it found.</summary>
public sealed class PublicationStatusesFacts : IDisposable
{
    private static readonly DateTimeOffset Due = new(2026, 12, 9, 9, 0, 0, TimeSpan.Zero);

    private readonly CultureInfo _language = CultureInfo.CurrentUICulture;

    public void Dispose() => CultureInfo.CurrentUICulture = _language;

    [Fact]
    public void A_scheduled_publication_without_its_approval_reads_awaiting_approval_and_needs_someone()
    {
        var statuses = Statuses("en", approvalRequired: true);
        var unapproved = Record(PublicationState.Scheduled);

        Assert.Equal("Awaiting approval", statuses.Of(unapproved).Label);
        Assert.True(statuses.NeedsSomeone(unapproved));
        Assert.Equal("Scheduled", statuses.Of(unapproved with { ApprovedBy = "ana", ApprovedAt = Due }).Label);
        Assert.False(statuses.NeedsSomeone(unapproved with { ApprovedBy = "ana", ApprovedAt = Due }));
    }

    [Fact]
    public void A_publication_retrying_after_a_transient_failure_says_which_attempt_comes_next()
    {
        var retrying = Record(PublicationState.Scheduled) with { Failures = 1 };

        Assert.Equal("Retrying (2 of 5)", Statuses("en").Of(retrying).Label);
        Assert.Equal("Nouvel essai (2 sur 5)", Statuses("fr").Of(retrying).Label);
        Assert.True(Statuses("en").NeedsSomeone(retrying));
    }

    [Fact]
    public void A_publication_that_needs_attention_says_so_in_words()
    {
        var status = Statuses("en").Of(Record(PublicationState.NeedsAttention));

        Assert.Equal("Needs attention", status.Label);
        Assert.Equal("state state-needsattention", status.Css);
        Assert.Equal("Prüfung nötig", Statuses("de").Of(PublicationState.NeedsAttention).Label);
    }

    private static PublicationStatuses Statuses(string language, bool approvalRequired = false)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new PublicationStatuses(
            Options.Create(new ApprovalOptions { Required = approvalRequired }),
            Options.Create(new PublishingOptions()),
            new StringLocalizer<UiText>(factory));
    }

    private static PublicationRecord Record(PublicationState state) => new(
        new PublicationKey("child-safety-online-now", "ask-your-mep", "outbox", "en"), "web", Due, Due, "Europe/Brussels",
        "Ask your MEP.", null, state, 0, 0, 1, null, null, null, null, "comms", null, null, Due, Due);
}
