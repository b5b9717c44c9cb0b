using SocialScheduler.Platforms.Graph;

namespace SocialScheduler.Platforms.Instagram;

/// <summary>
/// An Instagram professional account, bound from <c>Accounts:&lt;name&gt;</c>. <c>BaseUrl</c> defaults to
/// https://graph.instagram.com (Instagram Login); an account connected through Facebook Login sets
/// https://graph.facebook.com.
/// </summary>
public sealed class InstagramAccountOptions : GraphAccountOptions
{
    public static readonly Uri PublicApi = new("https://graph.instagram.com/");

    public override string ApiVersion { get; set; } = "v25.0";
}
