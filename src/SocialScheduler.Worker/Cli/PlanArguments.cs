using System.Globalization;

namespace SocialScheduler.Worker.Cli;

/// <summary>The options of <c>plan</c>.</summary>
internal sealed record PlanArguments(int Days, string? Account, string? Locale)
{
    public static bool TryParse(IReadOnlyList<string> args, out PlanArguments parsed, out string problem)
    {
        parsed = new PlanArguments(7, null, null);
        problem = "";
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--days" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 3660:
                    parsed = parsed with { Days = days };
                    break;
                case "--days":
                    problem = "--days needs a whole number of days from 1 to 3660";
                    return false;
                case "--account" when value is not null:
                    parsed = parsed with { Account = value };
                    break;
                case "--locale" when value is not null:
                    parsed = parsed with { Locale = value };
                    break;
                default:
                    problem = args[i] is "--account" or "--locale" ? $"{args[i]} needs a value" : $"unknown argument '{args[i]}'";
                    return false;
            }

            i++;
        }

        return true;
    }
}
