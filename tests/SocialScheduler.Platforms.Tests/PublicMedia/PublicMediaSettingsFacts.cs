using Microsoft.Extensions.Options;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.PublicMedia;

public sealed class PublicMediaSettingsFacts
{
    [Theory]
    [InlineData("https://social.example.org")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void An_https_or_loopback_public_address_starts(string url)
    {
        using var provider = Build(url);

        provider.ValidateOnStart();
    }

    [Theory]
    [InlineData("http://social.example.org")]
    [InlineData("ftp://social.example.org")]
    public void A_public_address_that_is_not_https_stops_the_start_naming_the_key(string url)
    {
        using var provider = Build(url);

        var error = Assert.Throws<OptionsValidationException>(provider.ValidateOnStart);

        Assert.Equal($"Media:PublicBaseUrl is '{url}/': use an https address such as https://social.example.org (plain http only for a loopback address).", error.Message);
    }

    [Fact]
    public void A_lifetime_that_is_not_positive_stops_the_start_naming_the_key()
    {
        using var provider = Services.Build(new Dictionary<string, string?> { ["Accounts:outbox:Platform"] = "Outbox", ["Media:PublicLifetime"] = "00:00:00" });

        var error = Assert.Throws<OptionsValidationException>(provider.ValidateOnStart);

        Assert.Equal("Media:PublicLifetime is 00:00:00: use a positive duration such as 24:00:00.", error.Message);
    }

    [Fact]
    public void Without_an_account_that_needs_it_no_public_address_is_asked_for()
    {
        using var provider = Services.Build(new Dictionary<string, string?> { ["Accounts:outbox:Platform"] = "Outbox" });

        provider.ValidateOnStart();
    }

    private static Microsoft.Extensions.DependencyInjection.ServiceProvider Build(string url) =>
        Services.Build(new Dictionary<string, string?> { ["Accounts:outbox:Platform"] = "Outbox", ["Media:PublicBaseUrl"] = url });
}
