using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Imaging.Tests;

/// <summary>The card cache on a small tmpfs that is full: the cache is skipped, the card is still drawn.</summary>
public sealed class CardCacheFullDiskFacts
{
    [Fact]
    public void A_card_cache_on_a_full_disk_is_skipped_and_the_card_is_still_drawn_and_cached_once_space_returns()
    {
        using var disk = SmallDisk.Mount(megabytes: 1);
        var cache = Path.Combine(disk.Path, "cards");
        Directory.CreateDirectory(cache);
        disk.Fill();
        using var renderer = Renderers.Create(cacheDirectory: cache);

        var whileFull = renderer.Render(new CardRequest("public-support", "en", "landscape"));
        var leftWhileFull = Directory.GetFiles(cache);
        disk.Free();
        var afterwards = renderer.Render(new CardRequest("public-support", "fr", "landscape"));

        Assert.NotEmpty(whileFull.Content.ToArray());
        Assert.Empty(leftWhileFull);
        Assert.True(File.Exists(Path.Combine(cache, afterwards.ContentHash + ".png")));
    }
}
