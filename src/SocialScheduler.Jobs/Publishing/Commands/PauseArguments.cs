using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Publishing.Commands;

/// <summary>Reads the scope of the <c>pause</c>/<c>resume</c> verbs: nothing or <c>all</c>, <c>account NAME</c>,
/// <c>campaign ID</c> (or <c>account:NAME</c>), then an optional <c>--reason TEXT</c>.</summary>
public static class PauseArguments
{
    public const string Usage = "[all | account NAME | campaign ID] [--reason TEXT]";

    public static bool TryParse(IReadOnlyList<string> args, out PauseScope scope, out string? reason, out string error)
    {
        (scope, reason, error) = (PauseScope.All, null, "");
        var words = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--reason")
            {
                if (i + 1 >= args.Count)
                {
                    error = "--reason needs a text, e.g. --reason \"wrong figure in the FR card\".";
                    return false;
                }

                reason = args[++i];
            }
            else
            {
                words.Add(args[i]);
            }
        }

        var text = words.Count switch
        {
            0 => "all",
            1 => words[0],
            2 => $"{words[0]}:{words[1]}",
            _ => null,
        };
        if (text is not null && PauseScope.TryParse(text, out scope))
        {
            return true;
        }

        error = $"'{string.Join(' ', words)}' is not a scope. Use: {Usage}";
        return false;
    }
}
