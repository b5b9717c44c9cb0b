using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs;
using SocialScheduler.Jobs.FaultHarness;

// worker: the publishing pipeline as the service runs it, against the loopback fake platform.
//   --Harness:Schedule=FILE --Harness:Platform=URL [--Harness:Token=T] [--Harness:CrashAfterSendPercent=P]
//   plus any service setting (--Storage:Provider=PostgreSql --Storage:ConnectionString=...).
// bench: see Bench.cs.
if (args.Length > 0 && args[0] == "bench")
{
    return await Bench.RunAsync(args[1..]);
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Configuration.AddCommandLine(args.Where(a => a != "worker").ToArray());
builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
var harness = builder.Configuration.GetSection("Harness");
var publisher = new HttpPlatformPublisher(
    HttpPlatformPublisher.Client(new Uri(harness["Platform"]!), harness["Token"] ?? "fault-test-token"),
    harness.GetValue("CrashAfterSendPercent", 0.0));
builder.Services.AddSingleton<IScheduleSource>(new JsonScheduleSource(harness["Schedule"]!));
builder.Services.AddSingleton<IPublisherResolver>(publisher);
builder.Services.AddPublishingPipeline(builder.Configuration);
using var host = builder.Build();
await host.RunAsync();
return 0;
