using System.Globalization;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Partners;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Loading;

namespace SocialScheduler.Worker.Cli;

/// <summary>
/// <c>validate [paths…]</c>: checks schedule files (default: the <c>Schedules:Path</c> folder) with every rule the
/// service applies, and the partners under <c>assets/partners</c> when the card renderer is registered; prints each
/// finding as <c>file:line:column: error CODE: message</c>, exits 1 on any error.
/// </summary>
/// <remarks>Its services are resolved when it runs, so listing the verbs never depends on schedules being registered.</remarks>
public sealed class ValidateVerb(IServiceProvider services) : ICliVerb
{
    public string Name => "validate";

    public string Usage => "[paths…]  check schedule files or folders (default: Schedules:Path); exit 1 on any error";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.FirstOrDefault(a => a.StartsWith('-')) is { } option)
        {
            await error.WriteLineAsync($"validate: unknown option '{option}'. Usage: validate {Usage}");
            return ExitCodes.WrongUsage;
        }

        var folder = services.GetRequiredService<ScheduleFolder>();
        var options = services.GetRequiredService<ScheduleOptions>();
        var files = ScheduleFiles.Expand(args.Count > 0 ? args : [options.Path], out var missing);
        foreach (var name in missing)
        {
            await output.WriteLineAsync($"{name}:0:0: error {DiagnosticCodes.Unreadable}: no such file or folder; name a schedule file or a folder of *.yaml files");
        }

        var results = folder.ValidateAll(files);
        foreach (var diagnostic in results.SelectMany(r => r.Diagnostics))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(diagnostic.ToString());
        }

        // A partner with a broken logo or colours is left out by the service; here it is an error to fix.
        var partners = services.GetService<PartnerCatalog>()?.Problems ?? [];
        foreach (var problem in partners)
        {
            await output.WriteLineAsync(problem.ToString());
        }

        // An account naming an unknown partner or locale stops the service at start; here it is printed with its key.
        var accountProblems = services.GetService<AccountDirectory>() is { } accounts && services.GetService<CampaignCatalog>() is { } catalog
            ? AccountCoalitionCheck.Problems(accounts, catalog.Locales, services.GetService<PartnerCatalog>())
            : [];
        foreach (var problem in accountProblems)
        {
            await output.WriteLineAsync($"configuration: error {DiagnosticCodes.UnknownPartner}: {problem}");
        }

        var errors = results.Sum(r => r.Diagnostics.Count(d => d.IsError)) + missing.Count + partners.Count + accountProblems.Count;
        var warnings = results.Sum(r => r.Diagnostics.Count(d => !d.IsError));
        var posts = results.Sum(r => r.Posts.Count);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} {Plural(results.Count, "file")}, {posts} valid {Plural(posts, "post")}, {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}"));
        return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
