namespace SocialScheduler.Worker.Web.Publications;

/// <summary><c>Web:*</c>: how the pages show times.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>IANA zone of the calendar grid (each publication also shows its own local time and zone).</summary>
    public string TimeZone { get; set; } = "Europe/Brussels";
}
