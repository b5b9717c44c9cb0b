using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Schedules.Yaml;

namespace SocialScheduler.Core.Schedules.Parsing;

/// <summary>Maps a <see cref="YamlNode"/> tree onto the schedule's fixed fields; anything else is reported, never guessed.</summary>
public static class ScheduleDocumentReader
{
    private static readonly string[] TopFields = ["campaign", "hashtag", "timeZone", "posts"];
    private static readonly string[] PostFields = ["id", "at", "timeZone", "accounts", "locales", "card", "text", "alt", "size", "repeat", "until"];

    public static ScheduleDocument Read(YamlNode root, List<FieldDiagnostic> diagnostics)
    {
        var document = new ScheduleDocument();
        document.Mark("", root.Mark);
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
                case "campaign": document.Campaign = reader.Scalar(value, "campaign"); break;
                case "hashtag": document.Hashtag = reader.Scalar(value, "hashtag"); break;
                case "timeZone": document.TimeZone = reader.Scalar(value, "timeZone"); break;
                case "posts": ReadPosts(reader, value, document); break;
            }
        }

        return document;
    }

    private static void ReadPosts(NodeReader reader, YamlNode value, ScheduleDocument document)
    {
        if (reader.Sequence(value, "posts") is not { } items)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = $"posts[{i}]";
            document.Mark(path, items[i].Mark);
            document.Posts.Add(items[i] is YamlMapping post
                ? ReadPost(reader, post, path)
                : reader.Unreadable<PostDraft>(items[i], path, "a post must be a mapping with 'id:', 'at:', 'accounts:', …") ?? new PostDraft());
        }
    }

    private static PostDraft ReadPost(NodeReader reader, YamlMapping post, string path)
    {
        var draft = new PostDraft();
        foreach (var (key, value) in reader.Fields(post, path + ".", PostFields))
        {
            var field = $"{path}.{key}";
            draft = key switch
            {
                "id" => draft with { Id = reader.Scalar(value, field) },
                "at" => draft with { At = reader.Scalar(value, field) },
                "timeZone" => draft with { TimeZone = reader.Scalar(value, field) },
                "accounts" => draft with { Accounts = reader.List(value, field) },
                "locales" => draft with { Locales = reader.List(value, field) },
                "card" => draft with { Card = reader.Scalar(value, field) },
                "text" => draft with { Text = reader.Map(value, field) },
                "alt" => draft with { Alt = reader.Map(value, field) },
                "size" => draft with { Size = reader.Scalar(value, field) },
                "repeat" => draft with { Repeat = reader.Scalar(value, field) },
                "until" => draft with { Until = reader.Scalar(value, field) },
                _ => draft,
            };
        }

        return draft;
    }
}
