namespace SocialScheduler.Core.Schedules.Loading;

/// <summary>What one schedule file gave: its posts when it has no error, and every finding, located.</summary>
public sealed record FileValidation(string File, IReadOnlyList<ScheduledPost> Posts, IReadOnlyList<ScheduleDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
