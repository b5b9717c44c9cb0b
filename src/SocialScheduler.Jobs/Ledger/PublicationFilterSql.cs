using System.Text;
using Dapper;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>A <see cref="PublicationFilter"/> as a WHERE clause (empty when it matches everything) with its parameters.</summary>
internal static class PublicationFilterSql
{
    public static (string Where, DynamicParameters Args) Where(PublicationFilter filter)
    {
        var sql = new StringBuilder();
        var args = new DynamicParameters();
        void Add(string clause, string name, object? value)
        {
            if (value is null)
            {
                return;
            }

            sql.Append(sql.Length == 0 ? " WHERE " : " AND ").Append(clause);
            args.Add(name, value);
        }

        Add("campaign = @Campaign", "Campaign", filter.Campaign);
        Add("post_id = @PostId", "PostId", filter.PostId);
        Add(@"post_id LIKE @PostIdPrefix ESCAPE '\'", "PostIdPrefix", filter.PostIdPrefix is { } prefix ? EscapeLike(prefix) + "%" : null);
        Add("account = @Account", "Account", filter.Account);
        if (filter.Accounts is { } accounts)
        {
            sql.Append(sql.Length == 0 ? " WHERE " : " AND ").Append(accounts.Count == 0 ? "1 = 0" : "account IN " + SqlLists.In(args, "Accounts", accounts));
        }

        Add("locale = @Locale", "Locale", filter.Locale);
        if (filter.States is { Count: > 0 } states)
        {
            sql.Append(sql.Length == 0 ? " WHERE " : " AND ").Append("state IN ").Append(SqlLists.In(args, "State", states.Select(x => x.ToString())));
        }

        Add("due_ms >= @DueFrom", "DueFrom", filter.DueFrom?.ToUnixTimeMilliseconds());
        Add("due_ms < @DueTo", "DueTo", filter.DueTo?.ToUnixTimeMilliseconds());
        return (sql.ToString(), args);
    }

    private static string EscapeLike(string literal) =>
        literal.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
