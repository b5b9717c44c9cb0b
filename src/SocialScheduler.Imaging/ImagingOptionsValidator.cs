using Microsoft.Extensions.Options;
using SocialScheduler.Imaging.Assets;

namespace SocialScheduler.Imaging;

/// <summary>Stops the host at start when the assets cannot be loaded, naming the key and the file.</summary>
internal sealed class ImagingOptionsValidator : IValidateOptions<ImagingOptions>
{
    public ValidateOptionsResult Validate(string? name, ImagingOptions options)
    {
        var templates = Path.Combine(options.AssetsPath ?? "", "templates");
        if (!Directory.Exists(templates))
        {
            return ValidateOptionsResult.Fail(
                $"Imaging:AssetsPath '{options.AssetsPath}' has no templates/ folder (looked in '{Path.GetFullPath(templates)}'); point it at the repository's assets folder.");
        }

        try
        {
            using var assets = CardAssetLoader.Load(options.AssetsPath!, options.Template);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException ex)
        {
            return ValidateOptionsResult.Fail($"Imaging:AssetsPath / Imaging:Template: {ex.Message}");
        }
    }
}
