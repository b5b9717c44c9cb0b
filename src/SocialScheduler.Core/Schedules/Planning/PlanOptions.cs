using System.ComponentModel.DataAnnotations;

namespace SocialScheduler.Core.Schedules.Planning;

/// <summary><c>Plans:*</c>: what each platform account is allowed by the plan it pays for.</summary>
public sealed class PlanOptions
{
    public const string Section = "Plans";

    public XPlanOptions X { get; set; } = new();
}

/// <summary>
/// <c>Plans:X:*</c>: the posting caps of the X API plan in use (they change with the plan and over time, so they are
/// configured, not built in). Empty means unchecked.
/// </summary>
public sealed class XPlanOptions
{
    [Range(1, 1_000_000, ErrorMessage = "Plans:X:PostsPerDay must be a positive number of posts per 24 hours, or left empty.")]
    public int? PostsPerDay { get; set; }

    [Range(1, 100_000_000, ErrorMessage = "Plans:X:PostsPerMonth must be a positive number of posts per calendar month, or left empty.")]
    public int? PostsPerMonth { get; set; }
}
