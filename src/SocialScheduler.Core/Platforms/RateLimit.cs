namespace SocialScheduler.Core.Platforms;

/// <summary>A limit <c>plan</c> checks per account: its warning code, how much is allowed and the rule as the
/// warning states it (e.g. "… allows 100 posts per 15 minutes per user").</summary>
public abstract record RateLimit(string Code, int Allowed, string Rule);

/// <summary>
/// A limit over any sliding <paramref name="Window"/> (15 minutes, an hour, 24 hours). A post costs
/// <paramref name="CostPerPost"/>, or <paramref name="CostPerPostWithCard"/> when it carries a card (an upload
/// is one more request on some platforms).
/// </summary>
public sealed record WindowLimit(string Code, int Allowed, TimeSpan Window, string Rule, int CostPerPost = 1, int CostPerPostWithCard = 1)
    : RateLimit(Code, Allowed, Rule);

/// <summary>A number of posts per calendar month (UTC), as paid plans count them.</summary>
public sealed record MonthLimit(string Code, int Allowed, string Rule) : RateLimit(Code, Allowed, Rule);
