using System.Text;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>A card renderer whose bytes name what was asked for: same request, same bytes, as the contract says.</summary>
internal sealed class StampCardRenderer : ICardRenderer
{
    public RenderedCard Render(CardRequest request)
    {
        var content = Encoding.UTF8.GetBytes($"card {request.StatisticId} {request.Locale} {request.Size}");
        return new RenderedCard(content, "image/png", 1080, 1080, $"Card {request.StatisticId}", "");
    }
}
