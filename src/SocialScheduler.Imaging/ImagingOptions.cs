using System.ComponentModel.DataAnnotations;

namespace SocialScheduler.Imaging;

/// <summary>Settings of the card renderer, bound from the <c>Imaging</c> section.</summary>
public sealed class ImagingOptions
{
    public const string Section = "Imaging";

    /// <summary>Folder holding <c>templates/</c>, <c>brand/</c> and <c>fonts/</c>; relative to the working directory.</summary>
    [Required]
    public string AssetsPath { get; set; } = "assets";

    /// <summary>Template file name under <c>templates/</c>, without <c>.json</c>.</summary>
    [Required]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "Imaging:Template must be a file name of lower-case letters, digits and hyphens.")]
    public string Template { get; set; } = "statistic";

    /// <summary>Reload templates, theme, fonts and logo when they change on disk, without a restart.</summary>
    public bool Watch { get; set; }

    /// <summary>Rendered cards kept in memory, by content hash.</summary>
    [Range(0, 100_000, ErrorMessage = "Imaging:MemoryCacheEntries must be between 0 and 100000.")]
    public int MemoryCacheEntries { get; set; } = 256;

    /// <summary>Folder where rendered cards are kept by content hash across runs; empty turns the disk cache off.</summary>
    public string? CacheDirectory { get; set; } = "data/cards";
}
