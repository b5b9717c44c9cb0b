namespace SocialScheduler.Core.Schedules.Loading;

/// <summary>Expands what a user names on the command line (files, folders) into schedule files.</summary>
public static class ScheduleFiles
{
    /// <summary>Each named file as given, each named folder's <c>*.yaml</c>; a name that is neither is returned in <paramref name="missing"/>.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> names, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var name in names)
        {
            if (File.Exists(name))
            {
                files.Add(name);
            }
            else if (Directory.Exists(name))
            {
                files.AddRange(ScheduleFolder.FilesIn(name));
            }
            else
            {
                notFound.Add(name);
            }
        }

        missing = notFound;
        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
