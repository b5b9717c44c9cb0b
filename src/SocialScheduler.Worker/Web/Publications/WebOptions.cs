using System.ComponentModel.DataAnnotations;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary><c>Web:*</c>: how the pages show times, and how much a request may carry.</summary>
/// <summary><c>Web:*</c>: how the pages show times, and the service's public address.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>IANA zone of the calendar grid (each publication also shows its own local time and zone).</summary>
    public string TimeZone { get; set; } = "Europe/Brussels";

    /// <summary>A request body over this many bytes is refused with 413 before it is read.</summary>
    [Range(64 * 1024, 1024L * 1024 * 1024, ErrorMessage = "Web:MaxRequestBytes must be between 65536 (64 KB) and 1073741824 (1 GB); the default is 1048576 (1 MB).")]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Card images drawn at once for previews and zips; more wait in a queue.</summary>
    [Range(1, 64, ErrorMessage = "Web:ParallelRenders must be between 1 and 64.")]
    public int ParallelRenders { get; set; } = 2;

    /// <summary>Preview requests waiting for a render; beyond it the answer is 503 with Retry-After.</summary>
    [Range(0, 10_000, ErrorMessage = "Web:RenderQueue must be between 0 and 10000.")]
    public int RenderQueue { get; set; } = 32;

    /// <summary>
    /// The address people and platforms reach this service at (e.g. https://social.example.org), used for the
    /// accounts' sign-in callbacks; empty means the address of the request that starts the connection.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
