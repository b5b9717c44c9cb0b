using System.Xml.Linq;
using SocialScheduler.Testing;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>The interface text as the resource files hold it: English in UiText.resx, each other language beside it.</summary>
public static class UiTextFiles
{
    public const string SameWordComment = "Same word in this language.";

    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "it", "es", "de", "nl"];

    public static string Folder => Path.Combine(RepoPaths.Root, "src", "SocialScheduler.Worker", "Web", "Localization");

    public sealed record Entry(string Value, bool MarkedSame);

    public static IReadOnlyDictionary<string, Entry> Read(string language)
    {
        var file = Path.Combine(Folder, language == "en" ? "UiText.resx" : $"UiText.{language}.resx");
        return XDocument.Load(file).Root!.Elements("data").ToDictionary(
            d => (string)d.Attribute("name")!,
            d => new Entry((string)d.Element("value")!, (string?)d.Element("comment") == SameWordComment),
            StringComparer.Ordinal);
    }
}
