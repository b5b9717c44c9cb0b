using SocialScheduler.Worker.Tests.Web.Support;

[assembly: AssemblyFixture(typeof(Browser))]
[assembly: AssemblyFixture(typeof(SharedWebApp))]

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>
/// The web tests run one after another: Hangfire keeps its storage and logger in static state, so two hosts
/// starting at once could end up sharing one.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebCollection
{
    public const string Name = "web app";
}
