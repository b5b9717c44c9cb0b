using SocialScheduler.Core.Cards;

namespace SocialScheduler.Core.Platforms;

/// <summary>
/// What a platform accepts as an image. Cards are drawn at <see cref="DefaultSize"/> unless the post or account
/// names another, and encoded under <see cref="MaxBytes"/> (or the account's own lower limit).
/// </summary>
/// <param name="ContentTypes">The image types the platform takes, e.g. <c>image/png</c>, <c>image/jpeg</c>.</param>
/// <param name="MaxPixels">The largest width × height the platform takes; null where it documents none.</param>
public sealed record ImageRules(CardSize DefaultSize, long MaxBytes, IReadOnlyList<string> ContentTypes, long? MaxPixels = null)
{
    /// <summary>The narrowest and widest width ÷ height the platform takes; null where any ratio is taken.</summary>
    public (double Min, double Max)? AspectRatio { get; init; }

    /// <summary>The width range the platform keeps without scaling; null where it documents none.</summary>
    public (int Min, int Max)? Width { get; init; }
}
