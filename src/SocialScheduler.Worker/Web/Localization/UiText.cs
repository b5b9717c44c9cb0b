namespace SocialScheduler.Worker.Web.Localization;

/// <summary>
/// The web app's interface text: <c>UiText.resx</c> holds the English, <c>UiText.&lt;language&gt;.resx</c> each other
/// language, under the same keys. Pages ask for it as <c>IStringLocalizer&lt;UiText&gt;</c> (<c>T["Nav.Home"]</c>).
/// </summary>
public sealed class UiText;
