using SocialScheduler.Worker.Tests.Web.Support;

[assembly: AssemblyFixture(typeof(Browser))]
[assembly: AssemblyFixture(typeof(SharedWebApp))]
