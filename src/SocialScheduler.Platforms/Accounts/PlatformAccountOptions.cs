namespace SocialScheduler.Platforms.Accounts;

/// <summary>What every platform account has, bound from <c>Accounts:&lt;name&gt;</c>.</summary>
public abstract class PlatformAccountOptions
{
    public string Platform { get; set; } = "";

    /// <summary>The API root; empty means the platform's public API (a Mastodon instance has none).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How long one HTTP call may take before its outcome counts as unknown.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The API root to call, ending with a slash so relative paths append to it.</summary>
    public Uri Root(Uri publicApi)
    {
        var root = BaseUrl ?? publicApi;
        return root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
    }

    /// <summary>Credentials never reach a log line through an accidental ToString.</summary>
    public override string ToString() => $"{Platform} account at {BaseUrl}";
}
