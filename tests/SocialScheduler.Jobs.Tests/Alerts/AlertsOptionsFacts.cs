using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Alerts;

namespace SocialScheduler.Jobs.Tests.Alerts;

/// <summary>A bad <c>Alerts:*</c> setting stops the service with the key and what to write.</summary>
public sealed class AlertsOptionsFacts
{
    [Theory]
    [InlineData("Alerts:Webhooks:ops:Url", "ftp://hooks.example.org/x", "Alerts:Webhooks:ops:Url is 'ftp://hooks.example.org/x': use the receiver's http or https address.")]
    [InlineData("Alerts:Webhooks:ops:Secret", "short", "Alerts:Webhooks:ops:Secret is missing or shorter than 16 characters")]
    [InlineData("Alerts:Webhooks:ops:Format", "Discord", "Alerts:Webhooks:ops:Format is 'Discord': use Json, Slack, Teams, Matrix.")]
    [InlineData("Alerts:Webhooks:ops:Events:0", "publication.exploded", "Alerts:Webhooks:ops:Events:0 is 'publication.exploded', which is not an event")]
    [InlineData("Alerts:Email:Security", "Ssl", "Alerts:Email:Security is 'Ssl': use None, StartTls or Tls.")]
    [InlineData("Alerts:Email:To:0", "comms at example.org", "Alerts:Email:To:0 is 'comms at example.org', which is not an e-mail address.")]
    [InlineData("Web:PublicBaseUrl", "social.example.org", "Web:PublicBaseUrl is 'social.example.org': use the address people open this service at")]
    [InlineData("Alerts:DigestAt", "7am", "Alerts:DigestAt is '7am': use a time of day as HH:mm")]
    public void A_bad_value_is_refused_naming_its_key(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:Webhooks:ops:Url"] = "https://hooks.example.org/alerts",
            ["Alerts:Webhooks:ops:Secret"] = "a-long-random-shared-secret",
            ["Alerts:Email:Host"] = "smtp.example.org",
            ["Alerts:Email:From"] = "alerts@example.org",
            ["Alerts:Email:To:0"] = "comms@example.org",
            [key] = value,
        };

        var failure = Assert.Throws<OptionsValidationException>(() => Options(settings));

        Assert.Contains(failure.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_try_six_times_over_about_an_hour()
    {
        var options = Options([]);

        var waits = Enumerable.Range(1, options.MaxAttempts - 1).Select(a => options.RetryDelay(a)).ToList();

        Assert.Equal(TimeSpan.FromMinutes(15), options.UnknownAfter);
        Assert.Equal(TimeSpan.FromHours(2), options.ApprovalLeadTime);
        Assert.Equal(6, options.MaxAttempts);
        Assert.InRange(waits.Aggregate(TimeSpan.Zero, (a, b) => a + b), TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(65));
    }

    private static AlertsOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddAlertOutbox(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<AlertsOptions>>().Value;
    }
}
