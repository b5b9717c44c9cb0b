using System.Text;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Schedules;

/// <summary>Files written to hurt the reader are refused, with where, and nothing else is disturbed.</summary>
public class HostileFileFacts
{
    private static string ReadBytes(byte[] bytes) =>
        Assert.Single(Some.FileValidator().Validate("dec.yaml", bytes).Diagnostics).ToString();

    [Fact]
    public void A_language_tag_is_refused_before_anything_is_built() =>
        Assert.Equal(
            "dec.yaml:1:11: error SS005: the tag '!!python/object:os.system' is not allowed; a schedule holds plain text, lists and fields only",
            Validate.OnlyLine("campaign: !!python/object:os.system [\"rm -rf /\"]\n"));

    [Fact]
    public void A_local_tag_on_a_post_is_refused() =>
        Assert.Equal(
            "dec.yaml:5:5: error SS005: the tag '!Post' is not allowed; a schedule holds plain text, lists and fields only",
            Validate.OnlyLine(Yaml.Header + "  - !Post\n    id: a\n"));

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_at_its_first_anchor()
    {
        var bomb = new StringBuilder("campaign: child-safety-online-now\n");
        bomb.Append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append($"{level}: &{level} [{string.Join(',', Enumerable.Repeat($"*{previous}", 9))}]\n");
        }

        Assert.Equal(
            "dec.yaml:2:4: error SS006: anchors ('&a') are not allowed in a schedule; write each value out",
            Validate.OnlyLine(bomb.ToString()));
    }

    [Fact]
    public void An_alias_alone_is_refused() =>
        Assert.Equal(
            "dec.yaml:2:10: error SS006: aliases ('*name') are not allowed in a schedule; write the value out",
            Validate.OnlyLine("campaign: child-safety-online-now\nhashtag: *tag\n"));

    [Fact]
    public void Nesting_a_hundred_levels_deep_is_refused_at_the_thirty_third() =>
        Assert.Equal(
            "dec.yaml:1:42: error SS007: nesting is deeper than 32 levels; a schedule needs at most 4",
            Validate.OnlyLine("campaign: " + new string('[', 100) + new string(']', 100) + "\n"));

    [Fact]
    public void A_ten_megabyte_file_is_refused_by_its_size_without_being_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.yaml");
        using (var file = File.Create(path))
        {
            file.SetLength(10 * 1024 * 1024);
        }

        var options = new ScheduleOptions { Path = folder.Path };
        var result = new ScheduleFolder(Some.FileValidator(options: options), options).ValidateFile(path, new FileScope());

        Assert.Equal(
            $"{path}:1:1: error SS001: the file is 10,485,760 bytes, more than Schedules:MaxFileBytes (4,194,304); split it into several files",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Bytes_over_the_limit_are_refused_before_parsing() =>
        Assert.StartsWith(
            "dec.yaml:1:1: error SS001: the file is 10,485,760 bytes",
            ReadBytes(new byte[10 * 1024 * 1024]), StringComparison.Ordinal);

    [Fact]
    public void Invalid_utf8_is_refused_at_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes(Yaml.Schedule(Yaml.Post()));
        var at = Array.IndexOf(bytes, (byte)'8');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        Assert.Equal("dec.yaml:11:12: error SS002: the file is not valid UTF-8 here; save it as UTF-8", ReadBytes(bytes));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Yaml.Schedule(Yaml.Post()))).ToArray();

        var result = Some.FileValidator().Validate("dec.yaml", bytes);

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Posts);
    }

    [Fact]
    public void Crlf_line_ends_read_the_same_as_lf()
    {
        var lf = Validate.File(Yaml.Schedule(Yaml.Post()));
        var crlf = Validate.File(Yaml.Schedule(Yaml.Post()).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Empty(crlf.Diagnostics);
        Assert.Equal(lf.Posts, crlf.Posts);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_refused_where_it_is() =>
        Assert.Equal(
            "dec.yaml:6:1: error SS003: a tab is used for indentation; YAML indents with spaces only, replace it with spaces",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post()).Replace("    at:", "\tat:", StringComparison.Ordinal)));

    [Fact]
    public void A_duplicate_field_is_refused_where_it_repeats() =>
        Assert.Equal(
            "dec.yaml:7:5: error SS010: the field 'at' appears twice in the same mapping; keep one",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post()).Replace("    accounts:", "    at: \"2026-12-02T09:00\"\n    accounts:", StringComparison.Ordinal)));

    [Fact]
    public void Two_documents_in_one_file_are_refused() =>
        Assert.Equal(
            "dec.yaml:12:1: error SS008: a second YAML document ('---') follows; keep one schedule per file",
            Validate.OnlyLine(Yaml.Schedule(Yaml.Post()) + "---\ncampaign: other\n"));
}
