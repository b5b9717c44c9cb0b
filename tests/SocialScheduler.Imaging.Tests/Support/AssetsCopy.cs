using SocialScheduler.Testing;

namespace SocialScheduler.Imaging.Tests.Support;

/// <summary>A private copy of the repository's assets that a test may edit.</summary>
internal sealed class AssetsCopy : IDisposable
{
    public AssetsCopy()
    {
        Path = Directory.CreateTempSubdirectory("imaging-assets-").FullName;
        var partners = Directory.GetDirectories(System.IO.Path.Combine(RepoPaths.Assets, "partners")).Select(d => System.IO.Path.Combine("partners", System.IO.Path.GetFileName(d)));
        foreach (var folder in new[] { "templates", "brand", "fonts", "campaign" }.Concat(partners))
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

    public void Write(string relative, byte[] content)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(File(relative))!);
        System.IO.File.WriteAllBytes(File(relative), content);
    }

    public void Edit(string relative, Func<string, string> change)
    {
        var file = File(relative);
        System.IO.File.WriteAllText(file, change(System.IO.File.ReadAllText(file)));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
