namespace SocialScheduler.Worker.Web.Publications;

/// <summary><c>Web:*</c>: how the pages show times, and the service's public address.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>IANA zone of the calendar grid (each publication also shows its own local time and zone).</summary>
    public string TimeZone { get; set; } = "Europe/Brussels";

    /// <summary>
    /// The address people and platforms reach this service at (e.g. https://social.example.org), used for the
    /// accounts' sign-in callbacks; empty means the address of the request that starts the connection.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
