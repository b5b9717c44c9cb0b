using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Schedules.Yaml;

namespace SocialScheduler.Core.Schedules.Parsing;

/// <summary>
/// Reads one node as the shape a field needs and reports a wrong shape. A field's path is built only when there is
/// something to report, from its parent's path and its own name or index.
/// </summary>
internal sealed class NodeReader(ScheduleDocument document, List<FieldDiagnostic> diagnostics)
{
    public IEnumerable<(string Key, YamlNode Value)> Fields(YamlMapping mapping, string prefix, string[] known)
    {
        foreach (var (key, value) in mapping.Entries)
        {
            if (!known.Contains(key.Value, StringComparer.Ordinal))
            {
                var path = prefix + key.Value;
                var hint = known.FirstOrDefault(k => string.Equals(k, key.Value, StringComparison.OrdinalIgnoreCase));
                diagnostics.Add(FieldDiagnostic.Error(path, DiagnosticCodes.UnknownField, hint is null
                    ? $"{path} is not a field of a schedule; known fields here: {string.Join(", ", known)}"
                    : $"{path} is not a field of a schedule; did you mean '{hint}'?"));
                continue;
            }

            yield return (key.Value, value);
        }
    }

    public string? Scalar(YamlNode node, string parent, string key) =>
        node is YamlScalar scalar
            ? (scalar.Value.Length == 0 && !scalar.IsQuoted ? null : scalar.Value)
            : Unreadable<string>(Join(parent, key), "must be a single value, not a list or a mapping");

    public IReadOnlyList<YamlNode>? Sequence(YamlNode node, string parent, string key) =>
        node is YamlSequence sequence ? sequence.Items : Unreadable<IReadOnlyList<YamlNode>>(Join(parent, key), "must be a list ('- item' lines or [a, b])");

    public IReadOnlyList<string>? List(YamlNode node, string parent, string key)
    {
        if (Sequence(node, parent, key) is not { } items)
        {
            return null;
        }

        var values = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalar { Value.Length: > 0 } scalar)
            {
                values.Add(scalar.Value);
            }
            else if (items[i] is not YamlScalar)
            {
                Unreadable<string>($"{Join(parent, key)}[{i}]", "must be a single value, not a list or a mapping");
            }
        }

        return values;
    }

    /// <summary>A list, or the single word <c>all</c> (read as the list <c>[all]</c>).</summary>
    public IReadOnlyList<string>? ListOrAll(YamlNode node, string parent, string key) =>
        node is YamlScalar { Value: PartnerTargets.All }
            ? [PartnerTargets.All]
            : node is YamlScalar
                ? Unreadable<IReadOnlyList<string>>(Join(parent, key), $"must be a list of partner ids ([ecpat, iwf]) or the word '{PartnerTargets.All}'")
                : List(node, parent, key);

    public IReadOnlyDictionary<string, string>? Map(YamlNode node, string parent, string key)
    {
        if (node is not YamlMapping mapping)
        {
            return Unreadable<IReadOnlyDictionary<string, string>>(Join(parent, key), "must be a mapping, one 'locale: text' line per locale");
        }

        var values = new Dictionary<string, string>(mapping.Entries.Count, StringComparer.Ordinal);
        foreach (var (entryKey, value) in mapping.Entries)
        {
            if (Scalar(value, Join(parent, key), entryKey.Value) is { } text)
            {
                values[entryKey.Value] = text;
            }
        }

        return values;
    }

    public T? Unreadable<T>(string path, string problem)
        where T : class
    {
        document.Unreadable.Add(path);
        diagnostics.Add(FieldDiagnostic.Error(path, DiagnosticCodes.WrongShape, $"{path} {problem}"));
        return null;
    }

    private static string Join(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";
}
