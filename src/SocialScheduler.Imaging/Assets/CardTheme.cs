namespace SocialScheduler.Imaging.Assets;

/// <summary>
/// Colours, fonts and logo read from <c>assets/brand/theme.json</c>. Templates refer to colours and fonts by the
/// names given here, so a rebrand changes this file only.
/// </summary>
public sealed record CardTheme(
    string Name,
    IReadOnlyDictionary<string, string> Colors,
    IReadOnlyDictionary<string, string> Fonts,
    string? Logo);
