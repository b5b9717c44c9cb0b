namespace SocialScheduler.Core.Schedules;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One finding about a schedule, located in its file. Printed as <c>file:line:column: error CODE: message</c> so
/// editors and CI logs link straight to it.
/// </summary>
/// <param name="File">The file as the user named it (relative where it was given relative).</param>
/// <param name="Line">1-based line, 0 when the finding is about the whole file.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Code">A stable code such as <c>SS012</c>.</param>
/// <param name="Message">What is wrong, with the field path (<c>posts[3].text.fr</c>) and how to fix it.</param>
public sealed record ScheduleDiagnostic(
    string File,
    int Line,
    int Column,
    DiagnosticSeverity Severity,
    string Code,
    string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
