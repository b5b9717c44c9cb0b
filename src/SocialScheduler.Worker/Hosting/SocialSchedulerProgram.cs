using Microsoft.Extensions.Options;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Hosting;

/// <summary>
/// Entry point: <c>run</c> (the default) starts the service; any other verb builds the same container, so it sees
/// exactly the configuration the service would, and runs once.
/// </summary>
public static class SocialSchedulerProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (verb, verbArgs) = SplitVerb(args);
        try
        {
            if (verb is null)
            {
                var app = SocialSchedulerApp.Build(args);
                await app.RunAsync();
                return ExitCodes.Ok;
            }

            // Verb arguments such as --out are not configuration keys: only environment and files configure a verb.
            var host = CardVerbHost.Serves(verb) ? CardVerbHost.Build() : SocialSchedulerApp.Build([]);
            try
            {
                return await CliDispatcher.RunAsync(host.Services, verb, verbArgs, Console.Out, Console.Error);
            }
            finally
            {
                await ((IAsyncDisposable)host).DisposeAsync();
            }
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("Configuration is not valid: " + string.Join(" ", ex.Failures));
            return ExitCodes.InvalidInput;
        }
        catch (StartupConfigurationException ex)
        {
            await Console.Error.WriteLineAsync("Configuration is not valid: " + ex.Message);
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>The first argument is a verb unless it looks like a switch or a configuration override.</summary>
    internal static (string? Verb, string[] Arguments) SplitVerb(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('=', StringComparison.Ordinal))
        {
            return (null, args);
        }

        return args[0] == "run" ? (null, args[1..]) : (args[0], args[1..]);
    }
}
