namespace SocialScheduler.Testing;

/// <summary>Finds the repository's folders from a test's output directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Assets => Path.Combine(Root, "assets");

    public static string Campaign => Path.Combine(Assets, "campaign");

    public static string Schedules => Path.Combine(Root, "schedules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialScheduler.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SocialScheduler.sln not found above " + AppContext.BaseDirectory);
    }
}
