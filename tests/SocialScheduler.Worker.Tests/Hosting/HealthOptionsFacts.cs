using System.Net;
using SocialScheduler.Worker.Hosting;

namespace SocialScheduler.Worker.Tests.Hosting;

public sealed class HealthOptionsFacts
{
    [Theory]
    [InlineData("10.0.5.17", true)]
    [InlineData("::ffff:10.0.5.17", true)]
    [InlineData("10.0.6.1", false)]
    [InlineData("127.0.0.1", false)]
    public void Only_a_monitor_from_a_listed_network_reads_the_causes(string caller, bool allowed)
    {
        var options = new HealthOptions { DetailsFrom = ["10.0.5.0/24"] };

        Assert.Equal(allowed, options.Allows(IPAddress.Parse(caller)));
    }

    [Fact]
    public void Nobody_anonymous_reads_the_causes_by_default() =>
        Assert.False(new HealthOptions().Allows(IPAddress.Loopback));

    [Fact]
    public void A_network_that_is_not_one_is_refused_naming_the_key()
    {
        var result = new HealthOptionsValidator().Validate(null, new HealthOptions { DetailsFrom = ["10.0.5.0/24", "monitoring box"] });

        Assert.True(result.Failed);
        Assert.Contains("Health:DetailsFrom:1 = 'monitoring box' is not a network", result.FailureMessage, StringComparison.Ordinal);
    }
}
