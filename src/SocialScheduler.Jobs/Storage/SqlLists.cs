using Dapper;

namespace SocialScheduler.Jobs.Storage;

/// <summary>
/// Writes <c>IN (@p0, @p1, …)</c> itself: Dapper passes a list to Npgsql as one array parameter, which
/// PostgreSQL rejects after <c>IN</c>, while the other providers need it expanded.
/// </summary>
internal static class SqlLists
{
    public static string In(DynamicParameters args, string name, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var parameter = $"{name}{names.Count}";
            args.Add(parameter, value);
            names.Add("@" + parameter);
        }

        return names.Count == 0 ? "(NULL)" : $"({string.Join(", ", names)})";
    }
}
