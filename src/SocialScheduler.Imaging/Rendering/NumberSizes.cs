using System.Collections.Concurrent;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Text;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>
/// One headline size per statistic and card size: the largest at which the number fits in every locale, so
/// "85 Millionen" and "85 million" stand equally tall side by side in a feed.
/// </summary>
internal sealed class NumberSizes
{
    private readonly ConcurrentDictionary<(string Fingerprint, string Statistic, string Size), int> _sizes = new();

    /// <summary>The shared size, or 0 when the number does not fit in some locale (that card then reports why).</summary>
    public int For(CardAssets assets, CampaignCatalog catalog, Statistic statistic, CardSize size) =>
        _sizes.GetOrAdd((assets.Fingerprint, statistic.Id, size.Name), _ =>
        {
            var box = assets.Template.Sizes[size.Name].Number;
            var face = assets.Fonts[box.Font];
            var fitted = catalog.Locales.Select(l => TextFitter.Fit(statistic.For(l).Number, face, box).Text?.FontSize).ToList();
            return fitted.Any(f => f is null) ? 0 : (int)fitted.Min(f => f!.Value);
        });

    public void Retain(string fingerprint)
    {
        foreach (var key in _sizes.Keys.Where(k => k.Fingerprint != fingerprint))
        {
            _sizes.TryRemove(key, out _);
        }
    }
}
