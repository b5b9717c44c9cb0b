using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Validation;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>
/// Hard limits on a composed post, checked before any rule: a missing list or a null where a text belongs, a
/// null character, and lengths far above any platform's limit (a 10 MB text is refused here, whatever the account).
/// Each finding names its field.
/// </summary>
internal static class FormBounds
{
    public const int MaxText = 20_000;
    public const int MaxId = 100;
    public const int MaxShortField = 200;

    public static List<FieldDiagnostic> Check(ComposeForm form)
    {
        var found = new List<FieldDiagnostic>();
        Short(found, "id", form.Id, MaxId);
        Short(found, "at", form.At, MaxShortField);
        Short(found, "timeZone", form.TimeZone, MaxShortField);
        Short(found, "card", form.Card, MaxShortField);
        Short(found, "size", form.Size, MaxShortField);
        Short(found, "repeat", form.Repeat, MaxShortField);
        Short(found, "until", form.Until, MaxShortField);
        List(found, "accounts", form.Accounts);
        List(found, "locales", form.Locales);
        Texts(found, "text", form.Text, required: true);
        Texts(found, "alt", form.Alt, required: false);
        return found;
    }

    private static void Short(List<FieldDiagnostic> found, string field, string? value, int max)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > max)
        {
            found.Add(FieldDiagnostic.Error(field, DiagnosticCodes.TextTooLong, $"{field} has {value.Length} characters; at most {max} are accepted"));
        }
        else if (value.Contains('\0', StringComparison.Ordinal))
        {
            found.Add(NullCharacter(field));
        }
    }

    private static void List(List<FieldDiagnostic> found, string field, List<string>? values)
    {
        if (values is null)
        {
            found.Add(FieldDiagnostic.Error(field, DiagnosticCodes.MissingField, $"{field} is null: send a list, e.g. [\"outbox\"] for accounts or [\"en\"] for locales"));
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                found.Add(FieldDiagnostic.Error($"{field}[{i}]", DiagnosticCodes.MissingField, $"{field}[{i}] is null: write a name, or remove the entry"));
            }
            else
            {
                Short(found, $"{field}[{i}]", values[i], MaxShortField);
            }
        }
    }

    private static void Texts(List<FieldDiagnostic> found, string field, Dictionary<string, string>? texts, bool required)
    {
        if (texts is null)
        {
            if (required)
            {
                found.Add(FieldDiagnostic.Error(field, DiagnosticCodes.MissingField, $"{field} is null: send an object with a text per locale, e.g. {{\"en\": \"…\"}}"));
            }

            return;
        }

        foreach (var (locale, value) in texts)
        {
            var name = $"{field}.{locale}";
            if (value is null)
            {
                // An empty text box binds as null and the rules then report the missing text; a null alt text would
                // silently fall back to the generated one, so it is refused.
                if (!required)
                {
                    found.Add(FieldDiagnostic.Error(name, DiagnosticCodes.MissingField, $"{name} is null: write the alt text as a string, or leave the locale out for the generated one"));
                }
            }
            else if (value.Length > MaxText)
            {
                found.Add(FieldDiagnostic.Error(name, DiagnosticCodes.TextTooLong,
                    $"{name} has {value.Length} characters; at most {MaxText} are accepted whatever the platform (each platform's own limit is checked after)"));
            }
            else if (value.Contains('\0', StringComparison.Ordinal) || locale.Contains('\0', StringComparison.Ordinal))
            {
                found.Add(NullCharacter(name));
            }
        }
    }

    private static FieldDiagnostic NullCharacter(string field) =>
        FieldDiagnostic.Error(field, DiagnosticCodes.InvalidCharacter, $"{field} contains a null character (U+0000); remove it");
}
