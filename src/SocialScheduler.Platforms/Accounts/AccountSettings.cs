namespace SocialScheduler.Platforms.Accounts;

/// <summary>Messages for account settings, each naming the configuration key and how to set it.</summary>
internal static class AccountSettings
{
    public static string Missing(string account, string key) =>
        $"Accounts:{account}:{key} is missing: set it with user-secrets or the environment variable Accounts__{account}__{key}.";

    public static string Invalid(string account, string key, string why) => $"Accounts:{account}:{key} {why}";

    /// <summary>Collects the missing keys of one account.</summary>
    public static List<string> Require(string account, params (string Key, string? Value)[] settings) =>
        settings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => Missing(account, s.Key)).ToList();
}
