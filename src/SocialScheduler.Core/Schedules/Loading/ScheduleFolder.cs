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

    /// <summary>Validates each file in turn; ids taken by a file that passed are refused in the files after it.</summary>
    public IReadOnlyList<FileValidation> ValidateAll(IEnumerable<string> paths, Func<string, FileScope>? scopeOf = null)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new List<FileValidation>();
        foreach (var path in paths)
        {
            var scope = (scopeOf?.Invoke(path) ?? new FileScope()) with { TakenIds = new Dictionary<string, string>(taken) };
            var result = ValidateFile(path, scope);
            results.Add(result);
            foreach (var post in result.Posts)
            {
                taken.TryAdd($"{post.Campaign}/{post.Id}", $"{path} post '{post.Id}'");
            }
        }

        return results;
    }
}
