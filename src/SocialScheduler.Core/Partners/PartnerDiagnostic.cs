namespace SocialScheduler.Core.Partners;

/// <summary>
/// A problem in one partner's files, printed as <c>file:line:1: error SS038: field: message</c> like schedule findings.
/// </summary>
/// <param name="Line">1-based line of the field in <c>partner.json</c>; 0 when the file itself is missing.</param>
public sealed record PartnerDiagnostic(string File, int Line, string Field, string Message)
{
    public const string Code = "SS038";

    public override string ToString() => $"{File}:{Line}:1: error {Code}: {Field}: {Message}";
}
