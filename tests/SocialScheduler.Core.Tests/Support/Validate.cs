using System.Text;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Loading;

namespace SocialScheduler.Core.Tests.Support;

/// <summary>Validates a schedule written inline, as <c>validate</c> would print it.</summary>
public static class Validate
{
    public static FileValidation File(string yaml, TimeProvider? time = null) =>
        Some.FileValidator(time).Validate("dec.yaml", Encoding.UTF8.GetBytes(yaml));

    /// <summary>Every finding as printed: <c>dec.yaml:line:column: error CODE: message</c>.</summary>
    public static IReadOnlyList<string> Lines(string yaml, TimeProvider? time = null) =>
        File(yaml, time).Diagnostics.Select(d => d.ToString()).ToList();

    /// <summary>The only finding of a schedule with exactly one.</summary>
    public static string OnlyLine(string yaml, TimeProvider? time = null) => Assert.Single(Lines(yaml, time));

    public static ScheduledPost Post(string yaml, TimeProvider? time = null) => Assert.Single(File(yaml, time).Posts);
}
