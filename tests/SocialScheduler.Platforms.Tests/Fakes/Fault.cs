namespace SocialScheduler.Platforms.Tests.Fakes;

/// <summary>What a fake does instead of answering normally, once, for the next request to a path.</summary>
public enum Fault
{
    /// <summary>Answers 503 with the platform's error body.</summary>
    ServerError,

    /// <summary>Answers 429 with the platform's rate-limit headers and body.</summary>
    RateLimited,

    /// <summary>Answers 401 with the platform's error body.</summary>
    Unauthorized,

    /// <summary>Handles the request (so the post exists) and then never answers.</summary>
    HangAfterHandling,

    /// <summary>Handles the request, then answers 200 with an HTML page instead of the platform's JSON.</summary>
    GarbledSuccess,
}
