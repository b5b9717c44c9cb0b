namespace SocialScheduler.Core.Schedules.Validation;

/// <summary>
/// A finding about one field of a post or schedule, before it is placed in a file. <see cref="Field"/> is the path
/// as the user sees it (<c>text.fr</c> for a form, <c>posts[3].text.fr</c> in a file); <see cref="Message"/> starts
/// with that path and says how to fix it.
/// </summary>
public sealed record FieldDiagnostic(string Field, DiagnosticSeverity Severity, string Code, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static FieldDiagnostic Error(string field, string code, string message) => new(field, DiagnosticSeverity.Error, code, message);

    public static FieldDiagnostic Warning(string field, string code, string message) => new(field, DiagnosticSeverity.Warning, code, message);
}
