namespace SocialScheduler.Core.Schedules.Validation;

public sealed partial class PostValidator
{
    /// <summary>The findings of one validation, with field paths made full.</summary>
    private sealed class Run(PostScope scope)
    {
        public PostScope Scope { get; } = scope;

        public List<FieldDiagnostic> Diagnostics { get; } = [];

        public bool HasErrors => Diagnostics.Any(d => d.IsError);

        public string Path(string field) => Scope.FieldPrefix + field;

        public void Error(string field, string code, string message) =>
            Diagnostics.Add(FieldDiagnostic.Error(Path(field), code, message));

        public void Warning(string field, string code, string message) =>
            Diagnostics.Add(FieldDiagnostic.Warning(Path(field), code, message));

        public void Missing(string field, string hint) =>
            Error(field, DiagnosticCodes.MissingField, $"{Path(field)} is missing; {hint}");
    }
}
