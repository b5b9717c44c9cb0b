using System.ComponentModel.DataAnnotations;

namespace SocialScheduler.Platforms.Tokens;

/// <summary>
/// Where the service keeps tokens it obtains itself (Bluesky sessions), bound from <c>Tokens</c>. Files there are
/// encrypted with ASP.NET Core Data Protection, whose key ring lives in <c>DataProtection:KeysPath</c>.
/// </summary>
public sealed class TokenStoreOptions
{
    public const string Section = "Tokens";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Tokens:Path is empty: set it to a private writable folder, e.g. data/tokens.")]
    public string Path { get; set; } = "data/tokens";
}
