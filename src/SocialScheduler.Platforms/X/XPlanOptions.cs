using System.ComponentModel.DataAnnotations;

namespace SocialScheduler.Platforms.X;

/// <summary>
/// <c>Plans:X:*</c>: the posting caps of the X API plan in use (they change with the plan and over time, so they are
/// configured, not built in). Empty means unchecked.
/// </summary>
public sealed class XPlanOptions
{
    public const string Section = "Plans:X";

    [Range(1, 1_000_000, ErrorMessage = "Plans:X:PostsPerDay must be a positive number of posts per 24 hours, or left empty.")]
    public int? PostsPerDay { get; set; }

    [Range(1, 100_000_000, ErrorMessage = "Plans:X:PostsPerMonth must be a positive number of posts per calendar month, or left empty.")]
    public int? PostsPerMonth { get; set; }
}
