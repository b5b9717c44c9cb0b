using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Tests.Fakes.Meta;
using SocialScheduler.Platforms.Tests.Graph;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Instagram;

public sealed class InstagramPublisherFacts() : ContainerPublisherFacts(ContainerFlavour.Instagram, "v25.0")
{
    protected override string PlatformName => "Instagram";

    protected override PublishRequest Shape(PublishRequest request) => TestJpeg.AsJpeg(request);

    [Fact]
    public async Task A_png_card_is_never_sent_to_instagram()
    {
        var result = await Configured.Publisher.PublishAsync(Some.Post(Configured.Account), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Permanent, result.Failure);
        Assert.Equal("Instagram takes only image/jpeg images and the card is image/png: it was not sent.", result.Message);
        Assert.Empty(Fake.Received);
        Assert.Empty(Media.Received);
    }

    [Fact]
    public async Task The_container_carries_the_caption_and_alt_text_as_form_fields()
    {
        await Configured.PublishAsync("fr");

        var form = Assert.Single(Fake.Raw, r => r.Contains("image_url=", StringComparison.Ordinal));
        Assert.Contains("caption=" + Uri.EscapeDataString(Some.Texts["fr"]).Replace("%20", "+", StringComparison.Ordinal), form, StringComparison.Ordinal);
        Assert.Contains("alt_text=", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_without_a_card_is_refused_before_any_container()
    {
        var result = await Configured.Publisher.PublishAsync(Some.Post(Configured.Account) with { Media = [] }, TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Permanent, result.Failure);
        Assert.Contains("no text-only post", result.Message, StringComparison.Ordinal);
        Assert.Empty(Fake.Containers);
    }
}
