namespace SocialScheduler.Platforms.Accounts;

/// <summary>The image types descriptions list, spelt once.</summary>
internal static class MediaTypes
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string Webp = "image/webp";
}
