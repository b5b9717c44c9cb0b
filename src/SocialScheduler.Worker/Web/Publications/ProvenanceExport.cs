using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>One line of the provenance export: what was (or will be) published, from what, approved by whom.</summary>
public sealed record ProvenanceRow(
    string Campaign, string Post, string Locale, string Account, string Text, string State,
    string? Statistic, string? StatisticSource, string? ImageHash,
    string? Author, string? ApprovedBy, DateTimeOffset? ApprovedAt,
    string? RemoteId, Uri? RemoteUrl, DateTimeOffset DueUtc, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>
/// Builds the provenance export. The image hash is the SHA-256 of the image the publication carries: the one recorded
/// when it was published, else (not yet out, published before hashes were recorded, or found by the reconciler) the
/// card rendered now at the size and under the byte limit its account gets (<see cref="CardTargets"/>, as the
/// publisher draws it); cards are deterministic, so that names the same image.
/// </summary>
public sealed class ProvenanceExport(
    IPublicationLedger ledger, CardTargets cards, CampaignCatalog catalog, AccountDirectory accounts)
{
    public async Task<IReadOnlyList<ProvenanceRow>> RowsAsync(PublicationFilter filter, CancellationToken cancellationToken)
    {
        var rows = await ledger.ListAsync(filter with { Limit = 100_000 }, cancellationToken);
        // Every occurrence of a repeating post, and every account of one platform, carries the same card: draw it once.
        var hashes = new Dictionary<(string Card, string Locale, string Account, string? Size), string>();
        return rows.Select(p => Row(p, hashes)).ToList();
    }

    public static string ToCsv(IEnumerable<ProvenanceRow> rows)
    {
        var csv = new StringBuilder("campaign,post,locale,account,text,state,statistic,statistic_source,image_sha256,author,approved_by,approved_at,remote_id,remote_url,due_utc,created_utc,updated_utc\r\n");
        foreach (var r in rows)
        {
            string[] fields =
            [
                r.Campaign, r.Post, r.Locale, r.Account, r.Text, r.State, r.Statistic ?? "", r.StatisticSource ?? "", r.ImageHash ?? "",
                r.Author ?? "", r.ApprovedBy ?? "", Time(r.ApprovedAt), r.RemoteId ?? "", r.RemoteUrl?.ToString() ?? "",
                Time(r.DueUtc), Time(r.CreatedAt), Time(r.UpdatedAt),
            ];
            csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    private ProvenanceRow Row(PublicationRecord p, Dictionary<(string Card, string Locale, string Account, string? Size), string> hashes)
    {
        Statistic? statistic = null;
        var known = p.Card is not null && catalog.TryGet(p.Card, out statistic);
        return new ProvenanceRow(
            p.Key.Campaign, p.Key.PostId, p.Key.Locale, p.Key.Account, p.Text, p.State.ToString(),
            p.Card, known ? $"{statistic!.Source.Publisher}, {statistic.Source.Title}, {statistic.Source.Date}" : null,
            known ? p.ImageSha256 ?? CachedImageHash(p, hashes) : null,
            p.Author, p.ApprovedBy, p.ApprovedAt, p.RemoteId, p.RemoteUrl, p.DueUtc, p.CreatedAt, p.UpdatedAt);
    }

    private string CachedImageHash(PublicationRecord p, Dictionary<(string Card, string Locale, string Account, string? Size), string> hashes)
    {
        var key = (p.Card!, p.Key.Locale, p.Key.Account, p.Size);
        if (!hashes.TryGetValue(key, out var hash))
        {
            hashes[key] = hash = ImageHash(p);
        }

        return hash;
    }

    private string ImageHash(PublicationRecord p)
    {
        var platform = accounts.TryGet(p.Key.Account, out var account) ? account.Platform : "";
        var png = cards.Render(p.Card!, p.Key.Locale, p.Key.Account, platform, p.Size).Content;
        return Convert.ToHexStringLower(SHA256.HashData(png.Span));
    }

    private static string Time(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    // Quotes every field, doubles quotes, and defuses spreadsheet formulas in user-written text.
    private static string Quote(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
