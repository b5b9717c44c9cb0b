using SocialScheduler.Worker.Cli;
using SocialScheduler.Worker.Tests.Preview;

namespace SocialScheduler.Worker.Tests.Cli;

public sealed class RenderVerbFacts : IDisposable
{
    private readonly ServiceProvider _services = CardServices.Build();
    private readonly string _out = Directory.CreateTempSubdirectory("render-verb-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private RenderVerb Verb => ActivatorUtilities.CreateInstance<RenderVerb>(_services);

    [Fact]
    public async Task Rendering_one_statistic_writes_every_locale_and_size_a_contact_sheet_and_an_index()
    {
        var code = await Verb.RunAsync(["--out", _out, "--card", "children-online"], _output, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Ok, code);
        var files = Directory.GetFiles(_out).Select(Path.GetFileName).ToHashSet();
        Assert.Equal(6 * 5 + 2, files.Count);
        Assert.Contains("children-online-de-portrait.png", files);
        Assert.Contains("contact-sheet.png", files);
        var index = await File.ReadAllTextAsync(Path.Combine(_out, "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("children-online-nl-link.png", index, StringComparison.Ordinal);
        Assert.Contains("1 von 5 Nutzenden digitaler Dienste in der EU ist ein Kind.", index, StringComparison.Ordinal);
        Assert.Contains("30 cards written", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_combine_to_a_single_card()
    {
        var code = await Verb.RunAsync(["--out", _out, "--card", "growth-2020", "--locale", "fr", "--size", "square"], _output, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["contact-sheet.png", "growth-2020-fr-square.png", "index.html"], Directory.GetFiles(_out).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task An_unknown_locale_is_invalid_input_naming_the_valid_locales()
    {
        var code = await Verb.RunAsync(["--out", _out, "--locale", "pt"], _output, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("Unknown locale 'pt'. Valid locales: en, fr, it, es, de, nl.", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_out));
    }

    [Theory]
    [InlineData(new[] { "--card", "growth-2020" }, "--out DIR is required.")]
    [InlineData(new[] { "--out" }, "--out needs a value.")]
    [InlineData(new[] { "--out", "x", "--colour", "red" }, "unknown argument '--colour'.")]
    public async Task Wrong_arguments_are_wrong_usage_with_the_usage_line(string[] args, string problem)
    {
        var code = await Verb.RunAsync(args, _output, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.Contains($"render: {problem}", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage: render --out DIR", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_verb_is_registered_with_the_program_verbs()
    {
        var services = new ServiceCollection().AddCliVerbs();

        Assert.Contains(services, d => d.ServiceType == typeof(ICliVerb) && d.ImplementationType == typeof(RenderVerb));
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_out, recursive: true);
    }
}
