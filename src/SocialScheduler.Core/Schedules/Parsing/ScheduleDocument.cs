using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Schedules.Yaml;

namespace SocialScheduler.Core.Schedules.Parsing;

/// <summary>A schedule file read into fixed fields, with where each field was written.</summary>
public sealed class ScheduleDocument
{
    private readonly Dictionary<string, SourceMark> _marks = new(StringComparer.Ordinal);

    public string? Campaign { get; set; }

    public string? Hashtag { get; set; }

    public string? TimeZone { get; set; }

    public List<PostDraft> Posts { get; } = [];

    /// <summary>Fields that were written but could not be read (wrong shape); they are not reported again as missing.</summary>
    public HashSet<string> Unreadable { get; } = new(StringComparer.Ordinal);

    public void Mark(string path, SourceMark mark) => _marks[path] = mark;

    /// <summary>True when <paramref name="path"/> was written in the file, even with an empty value.</summary>
    public bool IsWritten(string path) => _marks.ContainsKey(path);

    /// <summary>Where <paramref name="path"/> was written, or its nearest written parent (a missing field points at its post).</summary>
    public SourceMark Locate(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_marks.TryGetValue(p, out var mark))
            {
                return mark;
            }
        }

        return _marks.TryGetValue("", out var root) ? root : SourceMark.None;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
