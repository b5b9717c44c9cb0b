namespace SocialScheduler.Core.Schedules;

/// <summary>The stable codes of schedule findings; documented in the README, never reused for another meaning.</summary>
public static class DiagnosticCodes
{
    public const string FileTooLarge = "SS001";
    public const string InvalidUtf8 = "SS002";
    public const string Tab = "SS003";
    public const string YamlSyntax = "SS004";
    public const string Tag = "SS005";
    public const string AnchorOrAlias = "SS006";
    public const string TooDeep = "SS007";
    public const string WrongShape = "SS008";
    public const string UnknownField = "SS009";
    public const string DuplicateKey = "SS010";
    public const string MissingField = "SS011";
    public const string TextTooLong = "SS012";
    public const string BadPostId = "SS013";
    public const string DuplicatePostId = "SS014";
    public const string UnknownAccount = "SS015";
    public const string UnknownLocale = "SS016";
    public const string UnknownCard = "SS017";
    public const string MissingText = "SS018";
    public const string UnusedText = "SS019";
    public const string BadTime = "SS020";
    public const string PastTime = "SS021";
    public const string UnknownZone = "SS022";
    public const string SkippedLocalTime = "SS023";
    public const string AmbiguousLocalTime = "SS024";
    public const string BadRepeat = "SS025";
    public const string Hashtag = "SS026";
    public const string AltTextTooLong = "SS027";
    public const string AltTextMissing = "SS028";
    public const string CardDoesNotFit = "SS029";
    public const string CardWithoutSource = "SS030";
    public const string UnknownSize = "SS031";
    public const string InvalidCharacter = "SS032";
    public const string EmptyText = "SS033";
    public const string Campaign = "SS034";
    public const string Unreadable = "SS035";
    public const string KeptLastGood = "SS036";
    public const string NoFolder = "SS037";

    /// <summary>SS038 is a partner file's problem (<see cref="Partners.PartnerDiagnostic.Code"/>).</summary>
    public const string UnknownPartner = "SS039";
    public const string LocaleNobodySpeaks = "SS040";
}
