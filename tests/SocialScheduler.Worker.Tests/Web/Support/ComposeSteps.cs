using System.Globalization;
using Microsoft.Playwright;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>Filling the compose form as a person does.</summary>
public static class ComposeSteps
{
    public const string Campaign = "child-safety-online-now";

    /// <summary>The local time in Brussels <paramref name="ahead"/> from now, as the form's time field takes it.</summary>
    public static string BrusselsTimeIn(TimeSpan ahead)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var local = TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow() + ahead, zone);

        // Chromium drops ":00" seconds from a time field's value, which Playwright then reports as malformed.
        local = local.Second == 0 ? local.AddSeconds(1) : local;
        return local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A local time <paramref name="days"/> days from today at a fixed hour, for posts that must stay in the future
    /// whenever the tests run (the app runs on the real clock).
    /// </summary>
    public static DateTime LocalDayAhead(int days, int hour, int minute, string zone = "Europe/Brussels")
    {
        var today = TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(zone)).Date;
        return today.AddDays(days).AddHours(hour).AddMinutes(minute);
    }

    /// <summary><paramref name="local"/> as the form and the api take it: "2030-05-04T09:15".</summary>
    public static string Field(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The UTC instant of <paramref name="local"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset Utc(DateTime local, string zone = "Europe/Brussels") =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZoneInfo.FindSystemTimeZoneById(zone)), TimeSpan.Zero);

    public static async Task FillPostAsync(this IPage page, string id, string at, string[] accounts, IReadOnlyDictionary<string, string> texts, string? card = null)
    {
        await page.GotoAsync("/compose");
        await page.GetByLabel("Post id").FillAsync(id);
        if (card is not null)
        {
            await page.GetByLabel("Card").SelectOptionAsync(card);
        }

        await page.GetByLabel("Local time").FillAsync(at);
        await page.GetByLabel("Time zone").FillAsync("Europe/Brussels");
        foreach (var account in accounts)
        {
            await page.Locator($"input[data-account][value='{account}']").CheckAsync();
        }

        foreach (var (locale, text) in texts)
        {
            await page.Locator($"input[data-locale][value='{locale}']").CheckAsync();
            await page.GetByLabel($"Text ({locale})").FillAsync(text);
        }
    }
}
