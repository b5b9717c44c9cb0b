using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Schedules.Yaml;

namespace SocialScheduler.Core.Schedules.Parsing;

/// <summary>Maps a <see cref="YamlNode"/> tree onto the schedule's fixed fields; anything else is reported, never guessed.</summary>
public static class ScheduleDocumentReader
{
    private static readonly string[] TopFields = ["campaign", "hashtag", "timeZone", "posts"];
    private static readonly string[] PostFields = ["id", "at", "timeZone", "accounts", "partners", "locales", "card", "text", "alt", "size", "repeat", "until"];

    public static ScheduleDocument Read(YamlNode root, List<FieldDiagnostic> diagnostics)
    {
        var document = new ScheduleDocument(root);
        var reader = new NodeReader(document, diagnostics);
        if (root is not YamlMapping top)
        {
            diagnostics.Add(FieldDiagnostic.Error("", DiagnosticCodes.WrongShape, "the file must be a mapping that starts with 'campaign:'"));
            return document;
        }

        foreach (var (key, value) in reader.Fields(top, "", TopFields))
        {
            switch (key)
            {
                case "campaign": document.Campaign = reader.Scalar(value, "", key); break;
                case "hashtag": document.Hashtag = reader.Scalar(value, "", key); break;
                case "timeZone": document.TimeZone = reader.Scalar(value, "", key); break;
                case "posts": ReadPosts(reader, value, document); break;
            }
        }

        return document;
    }

    private static void ReadPosts(NodeReader reader, YamlNode value, ScheduleDocument document)
    {
        if (reader.Sequence(value, "", "posts") is not { } items)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = $"posts[{i}]";
            document.Posts.Add(items[i] is YamlMapping post
                ? ReadPost(reader, post, path)
                : reader.Unreadable<PostDraft>(path, "must be a mapping with 'id:', 'at:', 'accounts:', …") ?? new PostDraft());
        }
    }

    private static PostDraft ReadPost(NodeReader reader, YamlMapping post, string path)
    {
        var draft = new PostDraft();
        foreach (var (key, value) in reader.Fields(post, path + ".", PostFields))
        {
            draft = key switch
            {
                "id" => draft with { Id = reader.Scalar(value, path, key) },
                "at" => draft with { At = reader.Scalar(value, path, key) },
                "timeZone" => draft with { TimeZone = reader.Scalar(value, path, key) },
                "accounts" => draft with { Accounts = reader.List(value, path, key) },
                "partners" => draft with { Partners = reader.ListOrAll(value, path, key) },
                "locales" => draft with { Locales = reader.List(value, path, key) },
                "card" => draft with { Card = reader.Scalar(value, path, key) },
                "text" => draft with { Text = reader.Map(value, path, key) },
                "alt" => draft with { Alt = reader.Map(value, path, key) },
                "size" => draft with { Size = reader.Scalar(value, path, key) },
                "repeat" => draft with { Repeat = reader.Scalar(value, path, key) },
                "until" => draft with { Until = reader.Scalar(value, path, key) },
                _ => draft,
            };
        }

        return draft;
    }
}
