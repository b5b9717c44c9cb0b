using SocialScheduler.Worker.Cli;
using SocialScheduler.Worker.Tests.Preview;

namespace SocialScheduler.Worker.Tests.Cli;

public sealed class RenderPartnerFacts : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("render-partner-").FullName;
    private readonly string _cache = Directory.CreateTempSubdirectory("render-partner-cache-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task A_partners_cards_and_contact_sheet_go_to_its_own_folder()
    {
        var code = await RunAsync(["--out", _out, "--partner", "iwf", "--card", "growth-2020"]);

        Assert.Equal(ExitCodes.Ok, code);
        var files = Directory.GetFiles(Path.Combine(_out, "iwf")).Select(Path.GetFileName).ToHashSet();
        Assert.Equal(6 * 5 + 1, files.Count);
        Assert.Contains("growth-2020-de-portrait.png", files);
        Assert.Contains("contact-sheet.png", files);
        var index = await File.ReadAllTextAsync(Path.Combine(_out, "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("iwf/growth-2020-nl-link.png", index, StringComparison.Ordinal);
        Assert.StartsWith("30 cards written", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_partners_get_their_cards_one_folder_each()
    {
        var code = await RunAsync(["--out", _out, "--partner", "all", "--card", "hosted-europe", "--locale", "fr", "--size", "link"]);

        Assert.Equal(ExitCodes.Ok, code);
        var folders = Directory.GetDirectories(_out).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(14, folders.Count);
        Assert.Contains("child-helpline-international", folders);
        Assert.All(folders, f => Assert.Equal(["contact-sheet.png", "hosted-europe-fr-link.png"], Directory.GetFiles(Path.Combine(_out, f!)).Select(Path.GetFileName).Order()));
        Assert.StartsWith("14 cards written", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_partner_is_invalid_input_naming_the_partners_and_all()
    {
        var code = await RunAsync(["--out", _out, "--partner", "unicef"]);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("Unknown partner 'unicef'. Valid partners: all, 5rights, brave-movement,", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_out));
    }

    [Fact]
    public async Task A_second_run_with_nothing_changed_leaves_the_card_files_alone_but_restores_one_edited_by_hand()
    {
        string[] args = ["--out", _out, "--partner", "nspcc", "--card", "public-support", "--size", "square"];
        await RunAsync(args);
        var folder = Path.Combine(_out, "nspcc");
        var written = Directory.GetFiles(folder, "public-support-*.png").ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var edited = Path.Combine(folder, "public-support-de-square.png");
        var original = await File.ReadAllBytesAsync(edited, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(edited, [1, 2, 3], TestContext.Current.CancellationToken);
        var touched = File.GetLastWriteTimeUtc(edited);

        await RunAsync(args);

        Assert.Equal(original, await File.ReadAllBytesAsync(edited, TestContext.Current.CancellationToken));
        Assert.All(written.Keys.Where(f => f != edited), f => Assert.Equal(written[f], File.GetLastWriteTimeUtc(f)));
        Assert.Equal(6, written.Count);
        Assert.True(File.GetLastWriteTimeUtc(edited) >= touched);
    }

    private async Task<int> RunAsync(string[] args)
    {
        using var services = CardServices.Build(_cache);
        return await ActivatorUtilities.CreateInstance<RenderVerb>(services).RunAsync(args, _output, _error, TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        Directory.Delete(_out, recursive: true);
        Directory.Delete(_cache, recursive: true);
    }
}
