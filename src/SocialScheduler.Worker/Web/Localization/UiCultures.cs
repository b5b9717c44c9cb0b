using System.Globalization;

namespace SocialScheduler.Worker.Web.Localization;

/// <summary>The six languages of the interface, each named in itself for the language picker.</summary>
public static class UiCultures
{
    /// <summary>Keeps a person's choice of language for a year; without it the browser's Accept-Language decides.</summary>
    public const string CookieName = ".SocialScheduler.Language";

    public const string Default = "en";

    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("en", "English"), ("fr", "Français"), ("it", "Italiano"), ("es", "Español"), ("de", "Deutsch"), ("nl", "Nederlands"),
    ];

    public static bool IsSupported(string? code) => All.Any(c => c.Code == code);

    /// <summary>The language of the current request, as <c>&lt;html lang&gt;</c> and the picker name it.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
