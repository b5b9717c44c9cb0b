using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Worker.Cli;

/// <summary>
/// <c>resume</c>: lifts a pause. Held publications go out (the running service creates their jobs within its sweep
/// interval), or are skipped when their time is more than <c>Publishing:MissedWindow</c> past.
/// </summary>
// Resolved when run, so the verb list still builds in a host that has no publishing pipeline.
public sealed class ResumeVerb(IServiceProvider services) : ICliVerb
{
    public string Name => "resume";

    public string Usage => "[all | account NAME | campaign ID]  lift a pause; held posts go out, or are skipped when their window passed";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!PauseArguments.TryParse(args, out var scope, out _, out var problem))
        {
            await error.WriteLineAsync(problem);
            return ExitCodes.WrongUsage;
        }

        await services.GetRequiredService<PublishingDatabase>().MigrateAsync(cancellationToken);
        var commands = services.GetRequiredService<IPublishingCommands>();
        var result = await commands.ResumeAsync(scope, $"cli:{Environment.UserName}", cancellationToken);
        await output.WriteLineAsync(result.Message);
        return ExitCodes.Ok;
    }
}
