namespace SocialScheduler.Jobs.Ledger;

/// <summary>What a pause covers: everything, one account, or one campaign. Text form: <c>all</c>,
/// <c>account:&lt;name&gt;</c>, <c>campaign:&lt;id&gt;</c>.</summary>
public sealed record PauseScope
{
    internal const string AccountPrefix = "account:";

    internal const string CampaignPrefix = "campaign:";

    private PauseScope(string value) => Value = value;

    public string Value { get; }

    public static PauseScope All { get; } = new("all");

    public static PauseScope Account(string name) => new(AccountPrefix + Require(name, nameof(name)));

    public static PauseScope Campaign(string id) => new(CampaignPrefix + Require(id, nameof(id)));

    public static bool TryParse(string? text, out PauseScope scope)
    {
        scope = All;
        if (text == "all")
        {
            return true;
        }

        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || colon == text!.Length - 1)
        {
            return false;
        }

        var (kind, name) = (text[..colon], text[(colon + 1)..]);
        scope = kind switch
        {
            "account" => Account(name),
            "campaign" => Campaign(name),
            _ => null!,
        };
        return scope is not null;
    }

    public override string ToString() => Value;

    private static string Require(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A pause scope needs a name.", name) : value;
}

/// <summary>A pause in force.</summary>
public sealed record PauseEntry(PauseScope Scope, DateTimeOffset Since, string By, string? Reason);
