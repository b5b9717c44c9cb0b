using Dapper;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// A publication a sync adds: Scheduled, or Cancelled at once when its time is past the missed window (then it
/// takes no series approval, since it never goes out), with the words of its first history entries.
/// </summary>
internal sealed record NewPublication(DesiredPublication Publication, bool Missed)
{
    public string Id { get; } = Publication.Key.ToString();

    public string State => Missed ? "Cancelled" : "Scheduled";

    public string? Message => Missed ? SyncMessages.Missed(Publication) : null;

    /// <summary>Who its first history entry names: the person who saved a web post, else the sync.</summary>
    public string Actor => Publication.Author ?? "sync";

    /// <summary>The detail of its first history entry.</summary>
    public string Detail => Missed ? SyncMessages.Missed(Publication) : SyncMessages.Scheduled(Publication);

    /// <summary>The series approval it takes: none when it is missed.</summary>
    public SeriesApproval? Approval => Missed ? null : Publication.Approval;

    /// <summary>The detail of the history entry that says it came approved, or null.</summary>
    public string? ApprovalDetail => Approval is { } approval ? SyncMessages.Inherited(approval) : null;

    /// <summary>The parameters of the ledger's one-row insert.</summary>
    public DynamicParameters Args(long now)
    {
        var p = Publication;
        var args = new DynamicParameters();
        args.Add("Id", Id);
        args.Add("Campaign", p.Key.Campaign);
        args.Add("PostId", p.Key.PostId);
        args.Add("Account", p.Key.Account);
        args.Add("Locale", p.Key.Locale);
        args.Add("Origin", p.Origin);
        args.Add("DueMs", p.DueMs);
        args.Add("TimeZone", p.TimeZone);
        args.Add("Text", p.Text);
        args.Add("Card", p.Card);
        args.Add("Size", p.Size);
        args.Add("AltText", p.AltText);
        args.Add("Hash", p.Hash);
        args.Add("State", State);
        args.Add("Message", Message);
        args.Add("Author", p.Author);
        args.Add("ApprovedBy", Approval?.ApprovedBy);
        args.Add("ApprovedMs", Approval?.ApprovedAt.ToUnixTimeMilliseconds());
        args.Add("Now", now);
        return args;
    }
}

/// <summary>The words a sync writes in messages and history.</summary>
internal static class SyncMessages
{
    public static string Missed(DesiredPublication p) =>
        $"Not published: its time ({PublicationRow.Ms(p.DueMs):u}) had passed more than the missed-post window ago when it was loaded.";

    public static string Scheduled(DesiredPublication p) => $"Scheduled from {p.Origin} for {PublicationRow.Ms(p.DueMs):u}.";

    public static string Moved(DesiredPublication p) => $"Changed in {p.Origin}: now due {PublicationRow.Ms(p.DueMs):u}.";

    public static string Inherited(SeriesApproval approval) =>
        $"Approved with its series: {approval.ApprovedBy} approved '{approval.Locale}' on {approval.ApprovedAt:u} and the post has not changed since.";

    public static string MissedPending(long runAtMs, long now, long missedBeforeMs) =>
        $"Missed: meant to go out at {PublicationRow.Ms(runAtMs):u} and still not sent {TimeSpan.FromMilliseconds(now - runAtMs).TotalHours:0.#} h later, " +
        $"beyond Publishing:MissedWindow ({TimeSpan.FromMilliseconds(now - missedBeforeMs)}). Retry it or schedule it again to publish it.";

    public static string ChangedAfterSent(string state) => $"The post changed after it was sent ({state}); the change was not published.";
}
