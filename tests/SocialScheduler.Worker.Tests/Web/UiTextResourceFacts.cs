using System.Globalization;
using System.Text.RegularExpressions;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Localization;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web;

public sealed partial class UiTextResourceFacts
{
    public static TheoryData<string> OtherLanguages => new(UiTextFiles.Languages.Skip(1));

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void A_language_has_exactly_the_keys_of_the_English_text(string language)
    {
        var english = UiTextFiles.Read("en").Keys.ToHashSet();
        var translated = UiTextFiles.Read(language).Keys.ToHashSet();

        Assert.Empty(english.Except(translated).Order().Select(k => $"{language} lacks {k}"));
        Assert.Empty(translated.Except(english).Order().Select(k => $"{language} has {k}, which English has not"));
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void No_text_is_left_in_English_unless_marked_as_the_same_word_in_that_language(string language)
    {
        var english = UiTextFiles.Read("en");
        var untranslated = UiTextFiles.Read(language)
            .Where(t => english.TryGetValue(t.Key, out var en) && en.Value == t.Value.Value && !t.Value.MarkedSame)
            .Select(t => $"{language}: {t.Key} = \"{t.Value.Value}\"");

        Assert.Empty(untranslated);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void A_translation_keeps_every_placeholder_of_the_English(string language)
    {
        var english = UiTextFiles.Read("en");
        var broken = UiTextFiles.Read(language)
            .Where(t => !Placeholders(english[t.Key].Value).SetEquals(Placeholders(t.Value.Value)))
            .Select(t => $"{language}: {t.Key} = \"{t.Value.Value}\"");

        Assert.Empty(broken);
    }

    [Fact]
    public void Every_key_a_page_asks_for_is_in_the_English_text()
    {
        var keys = UiTextFiles.Read("en").Keys.ToHashSet();
        var source = Path.Combine(RepoPaths.Root, "src", "SocialScheduler.Worker");
        var asked = Directory.EnumerateFiles(source, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => AskedKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .Concat(WebRoles.All.Select(r => (File: "roles", Key: "Role." + r)))
            .Concat(Enum.GetNames<PublicationState>().Select(s => (File: "states", Key: "State." + s)))
            .ToList();

        Assert.NotEmpty(asked);
        Assert.Empty(asked.Where(a => !keys.Contains(a.Key)).Select(a => $"{a.File} asks for {a.Key}"));
    }

    [Fact]
    public void The_built_app_finds_each_language_text()
    {
        var resources = new System.Resources.ResourceManager(typeof(UiText));

        Assert.Equal("Calendrier", resources.GetString("Nav.Calendar", CultureInfo.GetCultureInfo("fr")));
        Assert.Equal("Kalender", resources.GetString("Nav.Calendar", CultureInfo.GetCultureInfo("de-AT")));
        Assert.Equal("Calendar", resources.GetString("Nav.Calendar", CultureInfo.GetCultureInfo("pt")));
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(?:T|text)\[""([A-Za-z]+\.[A-Za-z]+)""")]
    private static partial Regex AskedKey();
}
