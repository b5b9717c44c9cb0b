using SocialScheduler.Core.Schedules.Parsing;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Schedules.Yaml;

namespace SocialScheduler.Core.Schedules.Loading;

/// <summary>
/// Checks a whole schedule file: safe reading, the header (campaign, hashtag, zone) and every post, then places
/// each finding at its line and column. A file with any error yields no posts: it is taken whole or not at all.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class ScheduleFileValidator(PostValidator posts, ScheduleOptions options)
{
    /// <summary>Validates <paramref name="bytes"/> read from <paramref name="file"/> (the name printed in findings).</summary>
    public FileValidation Validate(string file, ReadOnlySpan<byte> bytes, FileScope? scope = null)
    {
        scope ??= new FileScope();
        var read = SafeYamlReader.Read(bytes, options.MaxFileBytes);
        if (read.Problem is { } problem)
        {
            return new FileValidation(file, [], [Locate(file, problem.Mark, DiagnosticSeverity.Error, problem.Code, problem.Message)]);
        }

        var findings = new List<FieldDiagnostic>();
        var document = ScheduleDocumentReader.Read(read.Root!, findings);
        var header = ScheduleHeader.Check(document, posts.Catalog, findings);
        var accepted = new List<ScheduledPost>();
        if (header is not null)
        {
            CheckPosts(file, document, header, scope, findings, accepted);
        }

        var diagnostics = findings
            .Select(f => Locate(file, document.Locate(f.Field), f.Severity, f.Code, f.Message))
            .OrderBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        return new FileValidation(file, diagnostics.Any(d => d.IsError) ? [] : accepted, diagnostics);
    }

    /// <summary>Refuses a file by its length, before reading it.</summary>
    public FileValidation RefuseTooLarge(string file, long length)
    {
        var problem = SafeYamlReader.TooLarge(length, options.MaxFileBytes).Problem!;
        return new FileValidation(file, [], [Locate(file, problem.Mark, DiagnosticSeverity.Error, problem.Code, problem.Message)]);
    }

    private void CheckPosts(string file, ScheduleDocument document, PostScope header, FileScope scope, List<FieldDiagnostic> findings, List<ScheduledPost> accepted)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Posts.Count; i++)
        {
            var draft = document.Posts[i];
            var prefix = $"posts[{i}].";
            var result = posts.Validate(draft, header with
            {
                FieldPrefix = prefix,
                Origin = file,
                Accepted = scope.Accepted,
                PastTimes = scope.PastTimes,
            });
            findings.AddRange(result.Diagnostics);
            if (draft.Id is { } id && !CheckUniqueId(file, document, $"{header.Campaign}/{id}", $"{prefix}id", $"posts[{i}]", ids, scope, findings))
            {
                continue;
            }

            if (result.Post is { } post)
            {
                accepted.Add(post);
            }
        }
    }

    private static bool CheckUniqueId(string file, ScheduleDocument document, string key, string field, string where,
        Dictionary<string, string> ids, FileScope scope, List<FieldDiagnostic> findings)
    {
        var line = document.Locate(where).Line;
        if (ids.TryGetValue(key, out var first) || scope.TakenIds.TryGetValue(key, out first))
        {
            findings.Add(FieldDiagnostic.Error(field, DiagnosticCodes.DuplicatePostId,
                $"{field} '{key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]}' is already used by {first}; give each post of the campaign its own id"));
            return false;
        }

        ids[key] = $"{where} ({file}:{line})";
        return true;
    }

    private static ScheduleDiagnostic Locate(string file, SourceMark mark, DiagnosticSeverity severity, string code, string message) =>
        new(file, mark.Line, mark.Column, severity, code, message);
}

/// <summary>What a file is checked against besides itself.</summary>
public sealed record FileScope
{
    /// <summary>Posts of other files as <c>campaign/id</c>, with where they are (shown in the duplicate message).</summary>
    public IReadOnlyDictionary<string, string> TakenIds { get; init; } = new Dictionary<string, string>();

    /// <summary>Posts accepted before from this file, by id (see <see cref="PostScope.Accepted"/>).</summary>
    public IReadOnlyDictionary<string, ScheduledPost> Accepted { get; init; } = new Dictionary<string, ScheduledPost>();

    /// <summary><see cref="PastTimeRule.ScheduleFile"/>, or <see cref="PastTimeRule.FirstLoadAfterStart"/> for the service's first load.</summary>
    public PastTimeRule PastTimes { get; init; } = PastTimeRule.ScheduleFile;
}
