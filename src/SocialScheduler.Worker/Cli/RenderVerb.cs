using System.Collections.Concurrent;
using System.Net;
using System.Text;
using SkiaSharp;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging;

namespace SocialScheduler.Worker.Cli;

/// <summary>
/// <c>render --out DIR [--card ID] [--locale L] [--size NAME]</c>: writes <c>&lt;card&gt;-&lt;locale&gt;-&lt;size&gt;.png</c> for
/// every combination asked for, plus <c>contact-sheet.png</c> and <c>index.html</c> to review them.
/// </summary>
public sealed class RenderVerb(SkiaCardRenderer renderer, CardChoices choices, ContactSheet contactSheet) : ICliVerb
{
    /// <summary>Whether the output is a terminal, where the progress bar is drawn; a file or a pipe gets no bar.</summary>
    internal Func<TextWriter, bool> IsTerminal { get; set; } = output => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    public string Name => "render";

    public string Usage => "--out DIR [--card ID] [--locale L] [--size NAME]  render campaign cards, a contact sheet and index.html";

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

        // Each card is resolved once: the sheet is keyed by the hashes of the very cards drawn below, even when the
        // assets are reloaded (Imaging:Watch) during the run.
        var cards = renderer.Resolve(Requests(options));
        Directory.CreateDirectory(options.Out);
        // The sheet's cells are known before any card is drawn, so an unchanged sheet is not drawn at all, and
        // otherwise each thumbnail is taken from the card's pixels while they are in memory.
        List<ContactSheetCell> cells = [.. cards.Select(c => new ContactSheetCell($"{c.Request.StatisticId} {c.Request.Locale}", c.Request.Size, c))];
        using var draft = contactSheet.TryGetCached(cells, out var cachedSheet) ? null : contactSheet.Draft(cells);
        var progress = new Progress(output, cards.Count, IsTerminal(output));
        var done = new RenderedCard?[cards.Count];
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, cards.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                try
                {
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

                    await File.WriteAllBytesAsync(Path.Combine(options.Out, FileName(cards[i].Request)), card.Content, token);
                    done[i] = card;
                }
                catch (CardLayoutException ex)
                {
                    failures.Add(ex.Message);
                }

                progress.Step();
            });
        progress.Finish();

        var rendered = cards.Select((c, i) => (c.Request, Card: done[i]))
            .Where(c => c.Card is not null).Select(c => (c.Request, Card: c.Card!)).ToList();
        if (rendered.Count > 0)
        {
            await File.WriteAllBytesAsync(Path.Combine(options.Out, "contact-sheet.png"), cachedSheet ?? draft!.Finish(), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(options.Out, "index.html"), IndexHtml(rendered), new UTF8Encoding(false), cancellationToken);
        }

        foreach (var failure in failures.Order(StringComparer.Ordinal))
        {
            await error.WriteLineAsync(failure);
        }

        await output.WriteLineAsync($"{rendered.Count} cards written to {Path.GetFullPath(options.Out)} (contact-sheet.png, index.html); {failures.Count} failed.");
        return failures.IsEmpty ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }

    internal sealed record RenderOptions(string Out, string? Card, string? Locale, string? Size);

    internal static bool TryParse(IReadOnlyList<string> args, out RenderOptions options, out string problem)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        options = new RenderOptions("", null, null, null);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] is not ("--out" or "--card" or "--locale" or "--size"))
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

        options = new RenderOptions(output, values.GetValueOrDefault("--card"), values.GetValueOrDefault("--locale"), values.GetValueOrDefault("--size"));
        problem = "";
        return true;
    }

    private UnknownCardValue? Unknown(RenderOptions options) =>
        options.Card is not null && !choices.Cards.Contains(options.Card) ? new UnknownCardValue("card", options.Card, choices.Cards)
        : options.Locale is not null && !choices.Locales.Contains(options.Locale) ? new UnknownCardValue("locale", options.Locale, choices.Locales)
        : options.Size is not null && !choices.Sizes.Contains(options.Size) ? new UnknownCardValue("size", options.Size, choices.Sizes)
        : null;

    private IEnumerable<CardRequest> Requests(RenderOptions options) =>
        from card in options.Card is null ? choices.Cards : [options.Card]
        from locale in options.Locale is null ? choices.Locales : [options.Locale]
        from size in options.Size is null ? choices.Sizes : [options.Size]
        select new CardRequest(card, locale, size);

    internal static string FileName(CardRequest request) => $"{request.StatisticId}-{request.Locale}-{request.Size}.png";

    private static string IndexHtml(IReadOnlyList<(CardRequest Request, RenderedCard Card)> cards)
    {
        var html = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Campaign cards</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:2em}figure{display:inline-block;vertical-align:top;margin:0 1em 1.5em 0;max-width:320px}")
            .Append("img{max-width:320px;max-height:320px;border:1px solid #ccc}figcaption{font-size:.85em}</style></head><body>\n")
            .Append("<h1>Campaign cards</h1>\n<p><a href=\"contact-sheet.png\">Contact sheet</a></p>\n");
        foreach (var statistic in cards.GroupBy(c => c.Request.StatisticId))
        {
            html.Append("<h2>").Append(WebUtility.HtmlEncode(statistic.Key)).Append("</h2>\n");
            foreach (var locale in statistic.GroupBy(c => c.Request.Locale))
            {
                html.Append("<h3>").Append(WebUtility.HtmlEncode(locale.Key)).Append("</h3>\n<div>\n");
                foreach (var (request, card) in locale)
                {
                    var file = WebUtility.HtmlEncode(FileName(request));
                    var alt = WebUtility.HtmlEncode(card.AltText);
                    html.Append($"<figure lang=\"{WebUtility.HtmlEncode(request.Locale)}\"><a href=\"{file}\"><img src=\"{file}\" alt=\"{alt}\" loading=\"lazy\"></a>")
                        .Append($"<figcaption><b>{WebUtility.HtmlEncode(request.Size)}</b> {card.Width}×{card.Height}<br>{alt}</figcaption></figure>\n");
                }

                html.Append("</div>\n");
            }
        }

        return html.Append("</body></html>\n").ToString();
    }

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
