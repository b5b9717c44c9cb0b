using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>The filters of the publication list, as the form and <c>/api/publications</c> take them.</summary>
public sealed record PublicationQuery
{
    public string? Campaign { get; init; }

    public string? Account { get; init; }

    public string? Locale { get; init; }

    public string? State { get; init; }

    public string? Post { get; init; }

    /// <summary>The ledger filter, or an error sentence naming the bad field.</summary>
    public (PublicationFilter? Filter, string? Error) ToFilter(int limit = 500)
    {
        PublicationState[]? states = null;
        if (!string.IsNullOrWhiteSpace(State))
        {
            if (!Enum.TryParse<PublicationState>(State, ignoreCase: true, out var state) || int.TryParse(State, out _))
            {
                return (null, $"state '{State}' is not a publication state: use one of {string.Join(", ", Enum.GetNames<PublicationState>())}.");
            }

            states = [state];
        }

        return (new PublicationFilter
        {
            Campaign = Empty(Campaign),
            Account = Empty(Account),
            Locale = Empty(Locale),
            PostId = Empty(Post),
            States = states,
            Limit = limit,
        }, null);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
