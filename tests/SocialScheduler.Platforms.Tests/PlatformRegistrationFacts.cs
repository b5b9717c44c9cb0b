using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialScheduler.Core;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Outbox;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests;

public sealed class PlatformRegistrationFacts
{
    [Fact]
    public void The_resolver_gives_the_outbox_adapter_for_an_outbox_account()
    {
        using var provider = Services.Build(new Dictionary<string, string?> { ["Accounts:outbox:Platform"] = "Outbox" });
        provider.ValidateOnStart();

        var publisher = provider.GetRequiredService<IPublisherResolver>().ForAccount("outbox");

        Assert.Equal("Outbox", publisher.Platform);
        Assert.IsAssignableFrom<IPublicationFinder>(publisher);
    }

    [Fact]
    public void An_unknown_account_is_a_KeyNotFoundException_that_names_the_key_to_set()
    {
        using var provider = Services.Build(new Dictionary<string, string?> { ["Accounts:outbox:Platform"] = "Outbox" });

        var error = Assert.Throws<KeyNotFoundException>(() => provider.GetRequiredService<IPublisherResolver>().ForAccount("mastodon-eu"));

        Assert.Contains("Accounts:mastodon-eu:Platform", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_platform_stops_the_start_with_the_key_and_the_accepted_values()
    {
        var error = Assert.Throws<StartupConfigurationException>(() => Services.Build(new Dictionary<string, string?> { ["Accounts:tw:Platform"] = "Twitter" }));

        Assert.Equal("Accounts:tw:Platform is 'Twitter', which is not a platform: use one of Outbox, X, Mastodon, Bluesky, LinkedIn, Facebook, Instagram, Threads.", error.Message);
    }

    [Fact]
    public void An_empty_outbox_path_stops_the_start_naming_Outbox_Path()
    {
        using var provider = Services.Build(new Dictionary<string, string?> { ["Accounts:outbox:Platform"] = "Outbox", ["Outbox:Path"] = "" });

        var error = Assert.Throws<OptionsValidationException>(provider.ValidateOnStart);

        Assert.Contains("Outbox:Path is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outbox_path_defaults_to_data_outbox()
    {
        using var provider = Services.Build(new Dictionary<string, string?> { ["Accounts:outbox:Platform"] = "Outbox" });

        Assert.Equal("data/outbox", provider.GetRequiredService<IOptions<OutboxOptions>>().Value.Path);
    }
}
