using System.Text.Json;
using SocialScheduler.Core.Text;
using YamlDotNet.RepresentationModel;

namespace SocialScheduler.Core.Tests.Text;

/// <summary>Reads twitter-text's own conformance cases and configurations, copied under <c>Conformance/</c>.</summary>
public static class TwitterTextConformance
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Conformance", "twitter-text");
    private static readonly Lazy<YamlMappingNode> Tests = new(Load);

    public sealed record Expected(int WeightedLength, bool Valid, int Permillage, int DisplayRangeStart, int DisplayRangeEnd, int ValidRangeStart, int ValidRangeEnd);

    public static TheoryData<string, int> Cases(string section)
    {
        var data = new TheoryData<string, int>();
        for (var i = 0; i < Section(section).Children.Count; i++)
        {
            data.Add(section, i);
        }

        return data;
    }

    public static (string Description, string Text, Expected Expected) Case(string section, int index)
    {
        var node = (YamlMappingNode)Section(section).Children[index];
        var expected = (YamlMappingNode)node["expected"];
        int Int(string key) => int.Parse(((YamlScalarNode)expected[key]).Value!, System.Globalization.CultureInfo.InvariantCulture);
        return (
            ((YamlScalarNode)node["description"]).Value!,
            ((YamlScalarNode)node["text"]).Value!,
            new Expected(Int("weightedLength"), ((YamlScalarNode)expected["valid"]).Value == "true", Int("permillage"),
                Int("displayRangeStart"), Int("displayRangeEnd"), Int("validRangeStart"), Int("validRangeEnd")));
    }

    /// <summary>The configuration twitter-text publishes as <c>config/v{version}.json</c>.</summary>
    public static WeightedTextConfig Config(int version)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "config", $"v{version}.json")));
        var root = json.RootElement;
        return new WeightedTextConfig(
            root.GetProperty("version").GetInt32(),
            root.GetProperty("maxWeightedTweetLength").GetInt32(),
            root.GetProperty("scale").GetInt32(),
            root.GetProperty("defaultWeight").GetInt32(),
            root.TryGetProperty("emojiParsingEnabled", out var emoji) && emoji.GetBoolean(),
            root.GetProperty("transformedURLLength").GetInt32(),
            root.GetProperty("ranges").EnumerateArray()
                .Select(r => new WeightedRange(r.GetProperty("start").GetInt32(), r.GetProperty("end").GetInt32(), r.GetProperty("weight").GetInt32()))
                .ToList());
    }

    private static YamlSequenceNode Section(string section) => (YamlSequenceNode)Tests.Value[section];

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Folder, "validate.yml"));
        stream.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["tests"];
    }
}
