using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Worker.Web.Localization;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>How a publication's state reads to a person: its CSS class and words in the page's language.</summary>
public readonly record struct PublicationStatus(string Css, string Label);

/// <summary>
/// What a person must know about a publication, beyond its stored state: a scheduled one that still needs an
/// approval is "Awaiting approval", one that failed transiently and will try again is "Retrying (n of m)".
/// </summary>
public sealed class PublicationStatuses(IOptions<ApprovalOptions> approval, IOptions<PublishingOptions> publishing, IStringLocalizer<UiText> text)
{
    public bool ApprovalRequired => approval.Value.Required;

    public PublicationStatus Of(PublicationRecord p)
    {
        if (p.State == PublicationState.Scheduled && ApprovalRequired && p.ApprovedBy is null)
        {
            return new("state state-awaiting", text["State.AwaitingApproval"]);
        }

        if (p.State == PublicationState.Scheduled && p.Failures > 0 && p.Failures < publishing.Value.MaxAttempts)
        {
            return new("state state-retrying", text["State.Retrying", p.Failures + 1, publishing.Value.MaxAttempts]);
        }

        return Of(p.State);
    }

    public PublicationStatus Of(PublicationState state) =>
        new(Display.StateClass(state), text["State." + state]);

    /// <summary>Whether the publication waits for a person: an approval, a failure to look at, or a pause.</summary>
    public bool NeedsSomeone(PublicationRecord p) =>
        p.State is PublicationState.Failed or PublicationState.NeedsAttention or PublicationState.Unknown or PublicationState.Paused
        || (p.State == PublicationState.Scheduled && (p.Failures > 0 || (ApprovalRequired && p.ApprovedBy is null)));
}
