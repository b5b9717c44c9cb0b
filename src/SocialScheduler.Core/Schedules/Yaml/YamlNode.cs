namespace SocialScheduler.Core.Schedules.Yaml;

/// <summary>A position in a schedule file, 1-based.</summary>
public readonly record struct SourceMark(int Line, int Column)
{
    public static SourceMark None { get; } = new(0, 0);
}

/// <summary>
/// A node of a safely read YAML document: only mappings, sequences and plain or quoted scalars, each with the place
/// it starts. No tags, anchors or aliases ever reach this tree.
/// </summary>
public abstract record YamlNode(SourceMark Mark);

public sealed record YamlScalar(SourceMark Mark, string Value, bool IsQuoted) : YamlNode(Mark);

public sealed record YamlSequence(SourceMark Mark, IReadOnlyList<YamlNode> Items) : YamlNode(Mark);

/// <summary>A mapping whose keys are scalars, in file order; duplicate keys are refused when it is read.</summary>
public sealed record YamlMapping(SourceMark Mark, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(Mark);
