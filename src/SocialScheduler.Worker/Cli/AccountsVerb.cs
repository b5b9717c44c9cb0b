using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Worker.Cli;

/// <summary>
/// <c>accounts check</c>: verifies each configured account's settings and credentials against its platform, without
/// posting, and prints one line per account. Exit code 1 when any account fails.
/// </summary>
/// <remarks>Resolves the check when it runs, so listing verbs works in a container without the platform adapters.</remarks>
public sealed class AccountsVerb(IServiceProvider services) : ICliVerb
{
    public string Name => "accounts check";

    public string Usage => "accounts check    verify each configured account's credentials against its platform (posts nothing)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await error.WriteLineAsync($"accounts check takes no arguments, got '{string.Join(' ', args)}'. Usage: {Usage}");
            return ExitCodes.WrongUsage;
        }

        if (services.GetService<AccountsCheck>() is not { } check)
        {
            await error.WriteLineAsync("The platform adapters are not registered: the host must call services.AddPlatformPublishers(configuration).");
            return ExitCodes.WrongUsage;
        }

        var lines = await check.RunAsync(cancellationToken);
        if (lines.Count == 0)
        {
            await error.WriteLineAsync("No accounts are configured: add Accounts:<name>:Platform to appsettings.json or the environment.");
            return ExitCodes.InvalidInput;
        }

        var nameWidth = lines.Max(l => l.Account.Length) + 2;
        var platformWidth = lines.Max(l => l.Platform.Length) + 2;
        foreach (var line in lines)
        {
            await output.WriteLineAsync(
                $"{line.Account.PadRight(nameWidth)}{line.Platform.PadRight(platformWidth)}{(line.Status.Ok ? "OK    " : "FAILED")}  {line.Status.Detail}");
        }

        return lines.All(l => l.Status.Ok) ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
