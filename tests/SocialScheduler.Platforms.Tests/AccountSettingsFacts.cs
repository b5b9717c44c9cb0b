using Microsoft.Extensions.Options;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests;

/// <summary>Each platform's settings are checked when the host starts, and the message names the key to set.</summary>
public sealed class AccountSettingsFacts
{
    [Fact]
    public void A_missing_X_consumer_key_stops_the_start_naming_the_key_and_how_to_set_it()
    {
        var error = StartWith(new()
        {
            ["Accounts:x-main:Platform"] = "X",
            ["Accounts:x-main:ConsumerSecret"] = "s",
            ["Accounts:x-main:AccessToken"] = "t",
            ["Accounts:x-main:AccessTokenSecret"] = "ts",
        });

        Assert.Equal(["Accounts:x-main:ConsumerKey is missing: set it with user-secrets or the environment variable Accounts__x-main__ConsumerKey."], error.Failures);
    }

    [Fact]
    public void A_Mastodon_account_needs_its_instance_a_token_and_a_known_visibility()
    {
        var error = StartWith(new() { ["Accounts:m:Platform"] = "Mastodon", ["Accounts:m:Visibility"] = "everyone" });

        Assert.Equal(
        [
            "Accounts:m:AccessToken is missing: set it with user-secrets or the environment variable Accounts__m__AccessToken.",
            "Accounts:m:BaseUrl is missing: set it to the instance's address, e.g. https://mastodon.social.",
            "Accounts:m:Visibility is 'everyone': use public, unlisted, private or direct.",
        ], error.Failures);
    }

    [Fact]
    public void A_Bluesky_account_needs_an_app_password()
    {
        var error = StartWith(new() { ["Accounts:b:Platform"] = "Bluesky", ["Accounts:b:Identifier"] = "campaign.bsky.social" });

        Assert.Equal(["Accounts:b:AppPassword is missing: set it with user-secrets or the environment variable Accounts__b__AppPassword."], error.Failures);
    }

    [Fact]
    public void A_LinkedIn_author_must_be_a_person_or_organisation_URN_and_the_version_YYYYMM()
    {
        var error = StartWith(new()
        {
            ["Accounts:li:Platform"] = "LinkedIn",
            ["Accounts:li:AccessToken"] = "t",
            ["Accounts:li:Author"] = "5515715",
            ["Accounts:li:Version"] = "2026-10",
        });

        Assert.Equal(
        [
            "Accounts:li:Author is '5515715': use urn:li:person:<id> or urn:li:organization:<id>.",
            "Accounts:li:Version is '2026-10': use a LinkedIn API version such as 202610 (YYYYMM).",
        ], error.Failures);
    }

    [Fact]
    public void Every_platform_with_complete_settings_starts()
    {
        using var provider = Services.Build(new Dictionary<string, string?>
        {
            ["Accounts:outbox:Platform"] = "Outbox",
            ["Accounts:x:Platform"] = "X",
            ["Accounts:x:ConsumerKey"] = "k",
            ["Accounts:x:ConsumerSecret"] = "s",
            ["Accounts:x:AccessToken"] = "t",
            ["Accounts:x:AccessTokenSecret"] = "ts",
            ["Accounts:m:Platform"] = "mastodon",
            ["Accounts:m:BaseUrl"] = "https://mastodon.example",
            ["Accounts:m:AccessToken"] = "t",
            ["Accounts:b:Platform"] = "Bluesky",
            ["Accounts:b:Identifier"] = "campaign.bsky.social",
            ["Accounts:b:AppPassword"] = "abcd-efgh-ijkl-mnop",
            ["Accounts:li:Platform"] = "LinkedIn",
            ["Accounts:li:AccessToken"] = "t",
            ["Accounts:li:Author"] = "urn:li:person:abc123",
        });

        provider.ValidateOnStart();
    }

    private static OptionsValidationException StartWith(Dictionary<string, string?> settings)
    {
        using var provider = Services.Build(settings);
        return Assert.Throws<OptionsValidationException>(provider.ValidateOnStart);
    }
}
