using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging;

namespace SocialScheduler.Worker.Cli;

/// <summary>
/// <c>render --out DIR [--card ID] [--locale L] [--size NAME] [--partner ID|all]</c>: writes
/// <c>&lt;card&gt;-&lt;locale&gt;-&lt;size&gt;.png</c> for every combination asked for, plus <c>contact-sheet.png</c> and
/// <c>index.html</c> to review them. A partner's co-branded cards and contact sheet go to <c>DIR/&lt;partner&gt;/</c>;
/// <c>--partner all</c> draws every partner's, one partner after another so only one contact sheet is held in memory.
/// </summary>
public sealed class RenderVerb(SkiaCardRenderer renderer, CardChoices choices, ContactSheet contactSheet, IOptions<ImagingOptions> imaging) : ICliVerb
{
    /// <summary>Whether the output is a terminal, where the progress bar is drawn; a file or a pipe gets no bar.</summary>
    internal Func<TextWriter, bool> IsTerminal { get; set; } = output => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    public string Name => "render";

    public string Usage => "--out DIR [--card ID] [--locale L] [--size NAME] [--partner ID|all]  render campaign (or partners' co-branded) cards, contact sheets and index.html";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var options, out var usageProblem))
        {
            await error.WriteLineAsync($"render: {usageProblem}");
            await error.WriteLineAsync($"Usage: render {Usage}");
            return ExitCodes.WrongUsage;
        }

        if (Unknown(options) is { } unknown)
        {
            await error.WriteLineAsync($"render: {unknown.Message}");
            return ExitCodes.InvalidInput;
        }

        Directory.CreateDirectory(options.Out);
        var partners = choices.PartnersFor(options.Partner);
        var requests = partners.Select(p => Requests(options, p).ToList()).ToList();
        var progress = new Progress(output, requests.Sum(r => r.Count), IsTerminal(output));
        var rendered = new List<(CardRequest Request, RenderIndex.Entry Card)>();
        var failures = new List<string>();
        var manifest = RenderManifest.Load(imaging.Value.CacheDirectory, options.Out);
        foreach (var batch in requests)
        {
            var (done, failed) = await RenderBatchAsync(batch, options.Out, manifest, progress, cancellationToken);
            rendered.AddRange(done);
            failures.AddRange(failed);
        }

        progress.Finish();
        await manifest.SaveAsync(cancellationToken);
        if (rendered.Count > 0)
        {
            await File.WriteAllTextAsync(Path.Combine(options.Out, "index.html"), RenderIndex.Html(rendered), new UTF8Encoding(false), cancellationToken);
        }

        foreach (var failure in failures.Order(StringComparer.Ordinal))
        {
            await error.WriteLineAsync(failure);
        }

        var sheets = options.Partner is null ? "contact-sheet.png" : "<partner>/contact-sheet.png";
        await output.WriteLineAsync($"{rendered.Count} cards written to {Path.GetFullPath(options.Out)} ({sheets}, index.html); {failures.Count} failed.");
        return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }

    /// <summary>The folder, relative to <c>--out</c>, of a partner's cards; empty for the campaign's own.</summary>
    internal static string Folder(string? partner) => partner is null ? "" : partner + "/";

    /// <summary>Draws one partner's cards (or the campaign's) with their contact sheet into their folder.</summary>
    private async Task<(List<(CardRequest Request, RenderIndex.Entry Card)> Rendered, List<string> Failures)> RenderBatchAsync(
        IReadOnlyList<CardRequest> requests, string outRoot, RenderManifest manifest, Progress progress, CancellationToken cancellationToken)
    {
        // Each card is resolved once: the sheet is keyed by the hashes of the very cards drawn below, even when the
        // assets are reloaded (Imaging:Watch) during the run.
        var cards = renderer.Resolve(requests);
        var folder = Path.Combine(outRoot, Folder(requests.Count > 0 ? requests[0].Partner : null));
        Directory.CreateDirectory(folder);
        // The sheet's cells are known before any card is drawn, so an unchanged sheet is not drawn at all, and
        // otherwise each thumbnail is taken from the card's pixels while they are in memory.
        List<ContactSheetCell> cells = [.. cards.Select(c => new ContactSheetCell($"{c.Request.StatisticId} {c.Request.Locale}", c.Request.Size, c))];
        using var draft = contactSheet.TryGetCached(cells, out var cachedSheet) ? null : contactSheet.Draft(cells);
        // What the index needs, not the images: 2,520 PNGs held to the end of a run would be most of its memory.
        var done = new RenderIndex.Entry?[cards.Count];
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, cards.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var file = Path.Combine(folder, FileName(cards[i].Request));
                try
                {
                    // Nothing to draw or copy: the file holds this very card and no thumbnail is wanted from it.
                    if (draft is null && manifest.IsCurrent(file, cards[i].ContentHash))
                    {
                        done[i] = new RenderIndex.Entry(cards[i].Size.Width, cards[i].Size.Height, cards[i].AltText);
                        progress.Step();
                        return;
                    }

                    var placed = false;
                    Action<SKPixmap>? thumbnail = draft is null
                        ? null
                        : pixels =>
                        {
                            draft.Place(i, pixels);
                            placed = true;
                        };
                    var card = renderer.Render(cards[i], thumbnail);
                    if (draft is not null && !placed)
                    {
                        draft.Place(i, card.Content.Span);
                    }

                    await File.WriteAllBytesAsync(file, card.Content, token);
                    manifest.Record(file, card.ContentHash);
                    done[i] = new RenderIndex.Entry(card.Width, card.Height, card.AltText);
                }
                catch (CardLayoutException ex)
                {
                    failures.Add(ex.Message);
                }

                progress.Step();
            });

        var rendered = cards.Select((c, i) => (c.Request, Card: done[i]))
            .Where(c => c.Card is not null).Select(c => (c.Request, Card: c.Card!)).ToList();
        if (rendered.Count > 0)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "contact-sheet.png"), cachedSheet ?? draft!.Finish(), cancellationToken);
        }

        return (rendered, [.. failures]);
    }

    internal sealed record RenderOptions(string Out, string? Card, string? Locale, string? Size, string? Partner = null);

    internal static bool TryParse(IReadOnlyList<string> args, out RenderOptions options, out string problem)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        options = new RenderOptions("", null, null, null);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] is not ("--out" or "--card" or "--locale" or "--size" or "--partner"))
            {
                problem = $"unknown argument '{args[i]}'.";
                return false;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"{args[i]} needs a value.";
                return false;
            }

            if (!values.TryAdd(args[i], args[i + 1]))
            {
                problem = $"{args[i]} is given twice.";
                return false;
            }
        }

        if (!values.TryGetValue("--out", out var output))
        {
            problem = "--out DIR is required.";
            return false;
        }

        options = new RenderOptions(output, values.GetValueOrDefault("--card"), values.GetValueOrDefault("--locale"), values.GetValueOrDefault("--size"), values.GetValueOrDefault("--partner"));
        problem = "";
        return true;
    }

    private UnknownCardValue? Unknown(RenderOptions options) =>
        options.Card is not null && !choices.Cards.Contains(options.Card) ? new UnknownCardValue("card", options.Card, choices.Cards)
        : options.Locale is not null && !choices.Locales.Contains(options.Locale) ? new UnknownCardValue("locale", options.Locale, choices.Locales)
        : options.Size is not null && !choices.Sizes.Contains(options.Size) ? new UnknownCardValue("size", options.Size, choices.Sizes)
        : options.Partner is not null && options.Partner != CardChoices.AllPartners && choices.FindPartner(options.Partner) is { } partner
            ? partner with { Valid = [CardChoices.AllPartners, .. partner.Valid] }
        : null;

    private IEnumerable<CardRequest> Requests(RenderOptions options, string? partner) =>
        from card in options.Card is null ? choices.Cards : [options.Card]
        from locale in options.Locale is null ? choices.Locales : [options.Locale]
        from size in options.Size is null ? choices.Sizes : [options.Size]
        select new CardRequest(card, locale, size, partner);

    internal static string FileName(CardRequest request) => $"{request.StatisticId}-{request.Locale}-{request.Size}.png";

    /// <summary>A one-line bar redrawn in place on a terminal; silent when the output is a file or a pipe.</summary>
    private sealed class Progress(TextWriter output, int total, bool interactive)
    {
        private readonly Lock _gate = new();
        private int _done;

        public void Step()
        {
            if (!interactive)
            {
                return;
            }

            lock (_gate)
            {
                _done++;
                var filled = total == 0 ? 30 : _done * 30 / total;
                output.Write($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {_done}/{total}");
            }
        }

        public void Finish()
        {
            if (interactive)
            {
                output.WriteLine();
            }
        }
    }
}
