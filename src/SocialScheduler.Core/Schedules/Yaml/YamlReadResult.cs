namespace SocialScheduler.Core.Schedules.Yaml;

/// <summary>A problem found while reading the bytes of a file, before any schedule rule runs.</summary>
public sealed record YamlProblem(SourceMark Mark, string Code, string Message);

/// <summary>The document, or the first problem that made reading stop (a hostile or broken file is never half-read).</summary>
public sealed record YamlReadResult(YamlNode? Root, YamlProblem? Problem)
{
    public static YamlReadResult Fail(SourceMark mark, string code, string message) => new(null, new YamlProblem(mark, code, message));
}
