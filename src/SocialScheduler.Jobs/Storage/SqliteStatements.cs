using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SocialScheduler.Jobs.Storage;

/// <summary>
/// Prepared statements kept with a long-lived SQLite connection (the group commit's writer), one per SQL text.
/// Each new command makes SQLite parse and plan its SQL again; for the few statements every publication runs
/// (claim, outcome, history) that was most of the writer's time.
/// </summary>
/// <remarks>Use only from the thread that holds the connection; the statements end with the connection.</remarks>
internal static class SqliteStatements
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Cache = new();

    public static SqliteCommand For(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var statements = Cache.GetValue(connection, _ => new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));
        if (!statements.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            statements[sql] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>The command for <paramref name="sql"/> with the values of <paramref name="args"/> bound.</summary>
    public static SqliteCommand For(SqliteConnection connection, SqliteTransaction? transaction, string sql, DynamicParameters args)
    {
        var command = For(connection, transaction, sql);
        foreach (var name in args.ParameterNames)
        {
            command.Parameters.AddWithValue("@" + name, args.Get<object?>(name) ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>The command for <paramref name="sql"/> with <paramref name="values"/> bound by name.</summary>
    public static SqliteCommand For(SqliteConnection connection, SqliteTransaction? transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var command = For(connection, transaction, sql);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue("@" + name, value ?? DBNull.Value);
        }

        return command;
    }

    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql) =>
        For(connection, transaction, sql).ExecuteNonQuery();
}
