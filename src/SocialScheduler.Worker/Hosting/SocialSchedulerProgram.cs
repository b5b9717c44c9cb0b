using SocialScheduler.Core;
using Microsoft.Extensions.Options;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Hosting;

/// <summary>
/// Entry point: <c>run</c> (the default) starts the service; any other verb builds the same container, so it sees
/// exactly the configuration the service would, and runs once.
/// </summary>
public static partial class SocialSchedulerProgram
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
        catch (InvalidOperationException ex) when (ex.Source == "Microsoft.Extensions.Configuration.Binder")
        {
            await Console.Error.WriteLineAsync("Configuration is not valid: " + UnreadableSetting(ex.Message));
            return ExitCodes.InvalidInput;
        }
    }

    // The binder says "Failed to convert configuration value 'x' at 'A:B' to type 'System.TimeSpan'."; a user needs
    // the key, what they wrote and what to write instead.
    internal static string UnreadableSetting(string binderMessage)
    {
        var match = BinderMessage().Match(binderMessage);
        if (!match.Success)
        {
            return binderMessage;
        }

        var (value, key, type) = (match.Groups["value"].Value, match.Groups["key"].Value, match.Groups["type"].Value);
        var expected = type switch
        {
            "System.TimeSpan" => "a time span such as 00:30:00 (hh:mm:ss) or 1.00:00:00 (one day)",
            "System.Int32" or "System.Int64" => "a whole number such as 8",
            "System.Boolean" => "true or false",
            "System.Double" or "System.Decimal" => "a number such as 0.5",
            "System.Uri" => "an absolute address such as https://example.org/",
            _ => "a " + type[(type.LastIndexOf('.') + 1)..],
        };
        return $"{key} = '{value}' cannot be read as {expected}; write {expected}.";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial System.Text.RegularExpressions.Regex BinderMessage();

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
