using SocialScheduler.Testing;

namespace SocialScheduler.Imaging.Tests.Support;

/// <summary>A private copy of the repository's assets that a test may edit.</summary>
internal sealed class AssetsCopy : IDisposable
{
    public AssetsCopy()
    {
        Path = Directory.CreateTempSubdirectory("imaging-assets-").FullName;
        foreach (var folder in new[] { "templates", "brand", "fonts", "campaign" })
        {
            var target = Directory.CreateDirectory(System.IO.Path.Combine(Path, folder)).FullName;
            foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepoPaths.Assets, folder)))
            {
                System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
            }
        }
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Edit(string relative, Func<string, string> change)
    {
        var file = File(relative);
        System.IO.File.WriteAllText(file, change(System.IO.File.ReadAllText(file)));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
