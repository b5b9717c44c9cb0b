using Microsoft.AspNetCore.Localization;

namespace SocialScheduler.Worker.Web.Localization;

public static class LocalizationExtensions
{
    /// <summary>
    /// Interface text from <see cref="UiText"/>'s resource files; each request's language comes from the
    /// <see cref="UiCultures.CookieName"/> cookie the language picker sets, else the browser's Accept-Language, else
    /// English. Dates and numbers follow the same language.
    /// </summary>
    public static IServiceCollection AddUiLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var codes = UiCultures.All.Select(c => c.Code).ToArray();
            options.SetDefaultCulture(UiCultures.Default).AddSupportedCultures(codes).AddSupportedUICultures(codes);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = UiCultures.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
