using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Schedules.Yaml;

namespace SocialScheduler.Core.Schedules.Parsing;

/// <summary>Reads one node as the shape a field needs, marking where it was and reporting a wrong shape.</summary>
internal sealed class NodeReader(ScheduleDocument document, List<FieldDiagnostic> diagnostics)
{
    public IEnumerable<(string Key, YamlNode Value)> Fields(YamlMapping mapping, string prefix, string[] known)
    {
        foreach (var (key, value) in mapping.Entries)
        {
            var path = prefix + key.Value;
            document.Mark(path, key.Mark);
            if (!known.Contains(key.Value, StringComparer.Ordinal))
            {
                var hint = known.FirstOrDefault(k => string.Equals(k, key.Value, StringComparison.OrdinalIgnoreCase));
                diagnostics.Add(FieldDiagnostic.Error(path, DiagnosticCodes.UnknownField, hint is null
                    ? $"{path} is not a field of a schedule; known fields here: {string.Join(", ", known)}"
                    : $"{path} is not a field of a schedule; did you mean '{hint}'?"));
                continue;
            }

            yield return (key.Value, value);
        }
    }

    public string? Scalar(YamlNode node, string path) =>
        node is YamlScalar scalar
            ? (scalar.Value.Length == 0 && !scalar.IsQuoted ? null : scalar.Value)
            : Unreadable<string>(node, path, $"{path} must be a single value, not a list or a mapping");

    public IReadOnlyList<YamlNode>? Sequence(YamlNode node, string path) =>
        node is YamlSequence sequence ? sequence.Items : Unreadable<IReadOnlyList<YamlNode>>(node, path, $"{path} must be a list ('- item' lines or [a, b])");

    public IReadOnlyList<string>? List(YamlNode node, string path)
    {
        if (Sequence(node, path) is not { } items)
        {
            return null;
        }

        var values = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            document.Mark($"{path}[{i}]", items[i].Mark);
            if (Scalar(items[i], $"{path}[{i}]") is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    public IReadOnlyDictionary<string, string>? Map(YamlNode node, string path)
    {
        if (node is not YamlMapping mapping)
        {
            return Unreadable<IReadOnlyDictionary<string, string>>(node, path, $"{path} must be a mapping, one 'locale: text' line per locale");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            var field = $"{path}.{key.Value}";
            document.Mark(field, value.Mark);
            if (Scalar(value, field) is { } text)
            {
                values[key.Value] = text;
            }
        }

        return values;
    }

    public T? Unreadable<T>(YamlNode node, string path, string message)
        where T : class
    {
        document.Mark(path, node.Mark);
        document.Unreadable.Add(path);
        diagnostics.Add(FieldDiagnostic.Error(path, DiagnosticCodes.WrongShape, message));
        return null;
    }
}
