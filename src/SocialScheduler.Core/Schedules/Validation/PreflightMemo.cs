using System.Collections.Concurrent;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Core.Schedules.Validation;

/// <summary>
/// Remembers each card's preflight answer for a few seconds. A schedule asks about the same few cards (statistic ×
/// locale × size) thousands of times in one load; laying a card out is the costly part. The answers are kept only
/// briefly so a template a designer has just changed is checked again by the next reload.
/// </summary>
internal sealed class PreflightMemo(ICardPreflight[] preflights, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<CardRequest, (DateTimeOffset At, string[] Problems)> _answers = new();

    public bool IsEmpty => preflights.Length == 0;

    public string[] Check(CardRequest request)
    {
        var now = time.GetUtcNow();
        if (_answers.TryGetValue(request, out var answer) && now - answer.At < Lifetime)
        {
            return answer.Problems;
        }

        var problems = preflights.SelectMany(p => p.Check(request)).ToArray();
        _answers[request] = (now, problems);
        return problems;
    }
}
