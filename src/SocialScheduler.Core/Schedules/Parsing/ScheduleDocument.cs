using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Schedules.Yaml;

namespace SocialScheduler.Core.Schedules.Parsing;

/// <summary>A schedule file read into fixed fields, with the tree it came from to find where each field was written.</summary>
public sealed class ScheduleDocument(YamlNode root)
{
    public YamlNode Root { get; } = root;

    public string? Campaign { get; set; }

    public string? Hashtag { get; set; }

    public string? TimeZone { get; set; }

    public List<PostDraft> Posts { get; } = [];

    /// <summary>Fields that were written but could not be read (wrong shape); they are not reported again as missing.</summary>
    public HashSet<string> Unreadable { get; } = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="path"/> was written in the file, even with an empty value.</summary>
    public bool IsWritten(string path) => SourcePath.Find(Root, path).Found;

    /// <summary>
    /// Where <paramref name="path"/> was written: a field of the schedule or of a post at its name, a text or an
    /// alt text at its value, a list item at itself, a field of the wrong shape at its value. A missing field points
    /// at the nearest part that exists (a missing <c>at</c> at its post).
    /// </summary>
    /// <remarks>Paths are resolved only for findings, so reading a valid file builds none.</remarks>
    public SourceMark Locate(string path)
    {
        var (found, node, key, depth) = SourcePath.Find(Root, path);
        if (!found || key is null)
        {
            return node.Mark;
        }

        // Depth 1 is a schedule field, 3 a post field (posts, [i], field); deeper ones are texts and alt texts.
        var atName = (depth == 1 || depth == 3) && !Unreadable.Contains(path);
        return atName ? key.Mark : node.Mark;
    }
}
