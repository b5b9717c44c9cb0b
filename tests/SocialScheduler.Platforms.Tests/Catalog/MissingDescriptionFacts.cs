using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Platforms;

namespace SocialScheduler.Platforms.Tests.Catalog;

/// <summary>An account is never served by a platform nobody described: the start stops and says what to write.</summary>
public sealed class MissingDescriptionFacts
{
    // Derived, not quoted: a platform added later lengthens these lists without touching this file.
    private static readonly PlatformCatalog Registered = new ServiceCollection().AddPlatforms(new ConfigurationBuilder().Build()).PlatformCatalog();

    [Fact]
    public void A_configured_platform_without_a_description_stops_the_start_naming_the_key_and_the_known_platforms()
    {
        var error = Assert.Throws<StartupConfigurationException>(() => Accounts(new() { ["Accounts:pigeon-post:Platform"] = "Pigeon" }));

        Assert.Equal($"Accounts:pigeon-post:Platform is 'Pigeon', which is not a platform: use one of {string.Join(", ", Registered.Names)}.", error.Message);
    }

    [Fact]
    public void An_account_without_a_platform_stops_the_start_listing_the_platforms_to_choose_from()
    {
        var error = Assert.Throws<StartupConfigurationException>(() => Accounts(new() { ["Accounts:a:BaseUrl"] = "https://example.org/" }));

        var names = Registered.Names.ToList();
        Assert.Equal($"Accounts:a:Platform is missing: set it to {string.Join(", ", names[..^1])} or {names[^1]}.", error.Message);
    }

    [Fact]
    public void A_platform_is_matched_ignoring_case_and_named_as_its_description_spells_it()
    {
        var services = Accounts(new() { ["Accounts:m:Platform"] = "mastodon", ["Accounts:m:BaseUrl"] = "https://example.org/" });

        Assert.Equal("Mastodon", services.GetRequiredService<PlatformCatalog>().Get(services.GetRequiredService<AccountDirectory>().Get("m").Platform).Name);
    }

    [Fact]
    public void A_host_that_registers_no_description_refuses_every_account_and_says_how_to_register_them()
    {
        var configuration = Configuration(new() { ["Accounts:x-main:Platform"] = "X" });

        var error = Assert.Throws<StartupConfigurationException>(() => new ServiceCollection().AddAccounts(configuration));

        Assert.Equal(
            "Accounts:x-main:Platform is 'X', which is not a platform: no platform is registered (the host adds them with services.AddPlatforms before the accounts).",
            error.Message);
    }

    [Fact]
    public void Card_limits_of_a_platform_without_a_description_are_an_error_not_no_limit()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Registered.Get("Pigeon"));

        Assert.Equal($"No platform is described as 'Pigeon': the platforms are {string.Join(", ", Registered.Names)}.", error.Message);
    }

    private static ServiceProvider Accounts(Dictionary<string, string?> settings)
    {
        var configuration = Configuration(settings);
        return new ServiceCollection().AddPlatforms(configuration).AddAccounts(configuration).BuildServiceProvider();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
