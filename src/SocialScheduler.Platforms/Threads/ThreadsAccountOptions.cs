using SocialScheduler.Platforms.Graph;

namespace SocialScheduler.Platforms.Threads;

/// <summary>A Threads profile, bound from <c>Accounts:&lt;name&gt;</c>; <c>BaseUrl</c> defaults to https://graph.threads.net.</summary>
public sealed class ThreadsAccountOptions : GraphAccountOptions
{
    public static readonly Uri PublicApi = new("https://graph.threads.net/");

    public override string ApiVersion { get; set; } = "v1.0";
}
