namespace SocialScheduler.Jobs.Storage;

/// <summary>
/// One forward-only schema change of a module. The script may use <c>{TEXT}</c>, <c>{AUTOID}</c> and <c>{KEY}</c>
/// (see <see cref="SqlDialect.Expand"/>) so one script serves every provider; a script that cannot be written
/// portably is chosen per provider by the module.
/// </summary>
/// <param name="Module">Owner of the tables, e.g. <c>publishing</c> or <c>users</c>; versions count per module.</param>
/// <param name="Version">1, 2, 3, … within the module; applied in order, each once.</param>
/// <param name="Name">A few words shown in logs.</param>
/// <param name="Script">Statements separated by <c>;</c> at line ends.</param>
public sealed record SchemaMigration(string Module, int Version, string Name, Func<SqlDialect, string> Script);
