namespace SocialScheduler.Core.Schedules.Loading;

/// <summary>Reads and checks schedule files in order, so that a post id is owned by the first file that uses it.</summary>
public sealed class ScheduleFolder(ScheduleFileValidator validator, ScheduleOptions options)
{
    /// <summary>The schedule files of <paramref name="folder"/>, in a stable order.</summary>
    public static IReadOnlyList<string> FilesIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Validates one file, reading at most <see cref="ScheduleOptions.MaxFileBytes"/> of it.</summary>
    public FileValidation ValidateFile(string path, FileScope scope)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxFileBytes)
            {
                return validator.RefuseTooLarge(path, length);
            }

            return validator.Validate(path, File.ReadAllBytes(path), scope);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileValidation(path, [], [new ScheduleDiagnostic(path, 0, 0, DiagnosticSeverity.Error, DiagnosticCodes.Unreadable,
                $"the file cannot be read ({ex.Message}); check it exists and is readable")]);
        }
    }

    /// <summary>
    /// Validates every file; a post id already used by an earlier file (in the order given) is an error in the later
    /// one. Files are checked in parallel, then any file that reuses an id is checked again knowing the ids before it.
    /// </summary>
    public IReadOnlyList<FileValidation> ValidateAll(IEnumerable<string> paths)
    {
        var files = paths.ToList();
        var results = new FileValidation[files.Count];
        Parallel.For(0, files.Count, i => results[i] = ValidateFile(files[i], new FileScope()));

        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (results[i].Posts.Any(p => taken.ContainsKey($"{p.Campaign}/{p.Id}")))
            {
                results[i] = ValidateFile(files[i], new FileScope { TakenIds = new Dictionary<string, string>(taken) });
            }

            foreach (var post in results[i].Posts)
            {
                taken.TryAdd($"{post.Campaign}/{post.Id}", $"{files[i]} post '{post.Id}'");
            }
        }

        return results;
    }
}
