using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Catalog;

/// <summary>Every platform the service registers says everything the rules, the cards and the publishers need.</summary>
public sealed class DescriptionCompletenessFacts
{
    private static readonly PlatformCatalog Registered =
        new ServiceCollection().AddPlatforms(new ConfigurationBuilder().Build()).PlatformCatalog();

    public static TheoryData<string> Platforms() => new(Registered.Names);

    [Fact]
    public void The_service_describes_its_platforms_each_under_one_name() =>
        Assert.Equal(Registered.Names.Count(), Registered.Names.Distinct(StringComparer.OrdinalIgnoreCase).Count());

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Each_description_caps_text_in_a_named_unit_that_counts_a_post(string platform)
    {
        var rules = Registered.Get(platform).Text(new ConfigurationBuilder().Build());

        Assert.All(rules.Post.Append(rules.AltText).OfType<TextLimit>(), limit =>
        {
            Assert.True(limit.Limit > 0, $"{platform}: a limit of {limit.Limit}");
            Assert.False(string.IsNullOrWhiteSpace(limit.Unit));
            Assert.True(limit.Measure("Hello #OpenData").Used > 0, $"{platform} counts nothing in a post in {limit.Unit}");
        });
        Assert.Equal(rules.Post.Count == 0, rules.AltText is null);
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Each_description_takes_a_card_of_its_default_size_under_the_least_byte_limit_an_account_may_set(string platform)
    {
        var images = Registered.Get(platform).Images;

        Assert.Contains(images.DefaultSize, CardSize.All);
        Assert.True(images.MaxBytes >= AccountOptions.MinImageBytes, $"{platform} takes {images.MaxBytes} bytes");
        // The renderer draws PNG or JPEG; JPEG is what every platform takes (Instagram nothing else).
        Assert.Contains("image/jpeg", images.ContentTypes);
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Each_rate_limit_has_a_code_a_positive_allowance_and_a_rule_to_quote(string platform)
    {
        Assert.All(Registered.Get(platform).RateLimits(new ConfigurationBuilder().Build()), limit =>
        {
            Assert.Matches("^PL[0-9]{3}$", limit.Code);
            Assert.True(limit.Allowed > 0);
            Assert.StartsWith(platform, limit.Rule, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Each_description_registers_a_publisher_of_its_name_with_every_port_it_claims(string platform)
    {
        using var provider = Services.Build(new Dictionary<string, string?> { ["Accounts:a:Platform"] = platform });

        var publisher = provider.GetRequiredService<IPublisherResolver>().ForAccount("a");

        Assert.Equal(platform, publisher.Platform);
        var capabilities = Registered.Get(platform).Capabilities;
        Assert.True(capabilities.Has<IPublicationFinder>(), $"{platform} has no finder for the reconciler");
        Assert.All(capabilities.Types.Where(t => t.IsInterface), port => Assert.IsAssignableFrom(port, publisher));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Each_account_setting_a_platform_needs_is_checked_at_start_naming_the_account(string platform)
    {
        // A public address is set, so a platform that fetches its images is checked for its own settings.
        var settings = new Dictionary<string, string?> { ["Accounts:a:Platform"] = platform, ["Media:PublicBaseUrl"] = "https://social.example.org" };
        if (platform == "Outbox")
        {
            settings["Outbox:Path"] = "";
        }

        using var provider = Services.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(provider.ValidateOnStart);

        // The outbox has no account settings; its folder is its one setting.
        Assert.Contains(platform == "Outbox" ? "Outbox:Path" : "Accounts:a:", error.Message, StringComparison.Ordinal);
    }
}
