namespace SocialScheduler.Worker.Cli;

/// <summary>Finds the verb named on the command line (one or two words) and runs it.</summary>
public static class CliDispatcher
{
    public static async Task<int> RunAsync(
        IServiceProvider services, string verb, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var verbs = services.GetServices<ICliVerb>().ToList();
        var match = Find(verbs, verb, args, out var rest);
        if (match is null)
        {
            await error.WriteLineAsync($"Unknown verb '{verb}'.");
            await WriteUsageAsync(verbs, error);
            return verb is "help" or "--help" ? ExitCodes.Ok : ExitCodes.WrongUsage;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await match.RunAsync(rest, output, error, cancellation.Token);
    }

    public static async Task WriteUsageAsync(IEnumerable<ICliVerb> verbs, TextWriter writer)
    {
        await writer.WriteLineAsync("Usage: SocialScheduler.Worker [run | <verb> [arguments]]");
        await writer.WriteLineAsync("  run                 start the service (default)");
        foreach (var v in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            await writer.WriteLineAsync($"  {v.Name,-19} {v.Usage}");
        }
    }

    private static ICliVerb? Find(List<ICliVerb> verbs, string verb, IReadOnlyList<string> args, out IReadOnlyList<string> rest)
    {
        // Two-word verbs ("accounts check") win over one-word ones.
        if (args.Count > 0)
        {
            var twoWords = $"{verb} {args[0]}";
            var two = verbs.FirstOrDefault(v => v.Name == twoWords);
            if (two is not null)
            {
                rest = args.Skip(1).ToList();
                return two;
            }
        }

        rest = args;
        return verbs.FirstOrDefault(v => v.Name == verb);
    }
}
