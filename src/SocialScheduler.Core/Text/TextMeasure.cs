namespace SocialScheduler.Core.Text;

/// <summary>One count of a text against one limit, in the platform's own unit.</summary>
/// <param name="Unit">What is counted, for messages: "weighted characters", "graphemes", "UTF-8 bytes", "characters".</param>
public sealed record TextMeasure(int Used, int Limit, string Unit)
{
    public bool Fits => Used <= Limit;
}
