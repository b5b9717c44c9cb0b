using System.Net;
using System.Text;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Worker.Cli;

/// <summary>The <c>index.html</c> of a <c>render</c> run: every card with its alt text, by partner, statistic and locale.</summary>
internal static class RenderIndex
{
    /// <summary>A card written, as the index shows it.</summary>
    public sealed record Entry(int Width, int Height, string AltText);

    public static string Html(IReadOnlyList<(CardRequest Request, Entry Card)> cards)
    {
        var html = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Campaign cards</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:2em}figure{display:inline-block;vertical-align:top;margin:0 1em 1.5em 0;max-width:320px}")
            .Append("img{max-width:320px;max-height:320px;border:1px solid #ccc}figcaption{font-size:.85em}</style></head><body>\n")
            .Append("<h1>Campaign cards</h1>\n");
        foreach (var partner in cards.GroupBy(c => c.Request.Partner))
        {
            var sheet = WebUtility.HtmlEncode(RenderVerb.Folder(partner.Key) + "contact-sheet.png");
            if (partner.Key is not null)
            {
                html.Append("<h2>").Append(WebUtility.HtmlEncode(partner.Key)).Append("</h2>\n");
            }

            html.Append($"<p><a href=\"{sheet}\">Contact sheet</a></p>\n");
            var heading = partner.Key is null ? 2 : 3;
            foreach (var statistic in partner.GroupBy(c => c.Request.StatisticId))
            {
                html.Append($"<h{heading}>").Append(WebUtility.HtmlEncode(statistic.Key)).Append($"</h{heading}>\n");
                foreach (var locale in statistic.GroupBy(c => c.Request.Locale))
                {
                    html.Append($"<h{heading + 1}>").Append(WebUtility.HtmlEncode(locale.Key)).Append($"</h{heading + 1}>\n<div>\n");
                    foreach (var (request, card) in locale)
                    {
                        var file = WebUtility.HtmlEncode(RenderVerb.Folder(request.Partner) + RenderVerb.FileName(request));
                        var alt = WebUtility.HtmlEncode(card.AltText);
                        html.Append($"<figure lang=\"{WebUtility.HtmlEncode(request.Locale)}\"><a href=\"{file}\"><img src=\"{file}\" alt=\"{alt}\" loading=\"lazy\"></a>")
                            .Append($"<figcaption><b>{WebUtility.HtmlEncode(request.Size)}</b> {card.Width}×{card.Height}<br>{alt}</figcaption></figure>\n");
                    }

                    html.Append("</div>\n");
                }
            }
        }

        return html.Append("</body></html>\n").ToString();
    }
}
