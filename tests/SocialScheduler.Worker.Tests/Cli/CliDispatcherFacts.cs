using SocialScheduler.Worker.Cli;
using SocialScheduler.Worker.Hosting;

namespace SocialScheduler.Worker.Tests.Cli;

public class CliDispatcherFacts
{
    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "run" }, null)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5001" }, null)]
    [InlineData(new[] { "Storage:Provider=InMemory" }, null)]
    [InlineData(new[] { "validate", "schedules/a.yaml" }, "validate")]
    public void The_first_word_is_a_verb_unless_it_is_a_switch_or_a_setting(string[] args, string? expected) =>
        Assert.Equal(expected, SocialSchedulerProgram.SplitVerb(args).Verb);

    [Fact]
    public async Task An_unknown_verb_is_wrong_usage_and_lists_the_verbs()
    {
        var services = new ServiceCollection().AddSingleton<ICliVerb>(new EchoVerb("accounts check")).BuildServiceProvider();
        var error = new StringWriter();

        var code = await CliDispatcher.RunAsync(services, "frobnicate", [], TextWriter.Null, error);

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.Contains("Unknown verb 'frobnicate'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("accounts check", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_two_word_verb_receives_only_the_arguments_after_it()
    {
        var verb = new EchoVerb("accounts check");
        var services = new ServiceCollection().AddSingleton<ICliVerb>(verb).BuildServiceProvider();
        var output = new StringWriter();

        var code = await CliDispatcher.RunAsync(services, "accounts", ["check", "--account", "x-main"], output, TextWriter.Null);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("--account x-main", output.ToString());
    }

    private sealed class EchoVerb(string name) : ICliVerb
    {
        public string Name => name;

        public string Usage => "echoes its arguments";

        public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            await output.WriteAsync(string.Join(' ', args));
            return ExitCodes.Ok;
        }
    }
}
