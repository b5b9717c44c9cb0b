using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Jobs.Storage;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Cli;

/// <summary><c>pause</c>: stops publishing at once, for everything, one account or one campaign.</summary>
// Resolved when run, so the verb list still builds in a host that has no publishing pipeline.
public sealed class PauseVerb(IServiceProvider services) : ICliVerb
{
    public string Name => "pause";

    public string Usage => PauseArguments.Usage + "  stop publishing now (a running service obeys at the next due post)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!PauseArguments.TryParse(args, out var scope, out var reason, out var problem))
        {
            await error.WriteLineAsync(problem);
            return ExitCodes.WrongUsage;
        }

        if (services.GetService<PauseScopes>()?.ProblemWith(scope) is { } wrong)
        {
            await error.WriteLineAsync(wrong);
            return ExitCodes.WrongUsage;
        }

        await services.GetRequiredService<PublishingDatabase>().MigrateAsync(cancellationToken);
        var commands = services.GetRequiredService<IPublishingCommands>();
        var result = await commands.PauseAsync(scope, $"cli:{Environment.UserName}", reason, cancellationToken);
        await output.WriteLineAsync(result.Message);
        return ExitCodes.Ok;
    }
}
