namespace SocialScheduler.Core.Tests.Support;

/// <summary>Small schedule files for tests, written as a comms team would.</summary>
public static class Yaml
{
    public const string Header = """
        campaign: child-safety-online-now
        hashtag: "#ChildSafetyOnlineNow"
        timeZone: Europe/Brussels
        posts:

        """;

    /// <summary>One valid post to the outbox in English, indented as an item of <c>posts:</c>.</summary>
    public static string Post(string id = "reports-2021", string at = "2026-12-01T09:00", string extra = "", string text = "85 million reports in 2021.") => $"""
          - id: {id}
            at: "{at}"
            accounts: [outbox]
            locales: [en]
            card: reports-2021
            text:
              en: "{text}"
        {extra}
        """;

    public static string Schedule(params string[] posts) => Header + string.Concat(posts);
}
