using System.Text.Json;

namespace SocialScheduler.Core.Partners;

/// <summary>
/// The line each field of a JSON file starts on (<c>colors.plate</c>, <c>locales[1]</c>), so a problem found after
/// deserialising still points at the line to edit.
/// </summary>
internal sealed class JsonLines
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLines()
    {
    }

    /// <summary>Reads <paramref name="json"/>; throws <see cref="JsonException"/> (with its line) when it is not JSON.</summary>
    public static JsonLines Of(ReadOnlySpan<byte> json)
    {
        var result = new JsonLines();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();
        var indexes = new Stack<int>();
        var (line, counted) = (1, 0);
        while (reader.Read())
        {
            for (; counted < reader.TokenStartIndex; counted++)
            {
                line += json[counted] == (byte)'\n' ? 1 : 0;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    path.Add(reader.GetString()!);
                    result._lines.TryAdd(string.Join('.', path), line);
                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    if (indexes.Count > 0 && indexes.Peek() >= 0)
                    {
                        NextElement(result, path, indexes, line);
                    }

                    indexes.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    indexes.Pop();
                    break;
                default:
                    if (indexes.Count > 0 && indexes.Peek() >= 0)
                    {
                        NextElement(result, path, indexes, line);
                        continue;
                    }

                    break;
            }

            // A value or a closed container ends the property that held it.
            if (path.Count > 0 && indexes.Count > 0 && indexes.Peek() < 0)
            {
                path.RemoveAt(path.Count - 1);
            }
        }

        return result;
    }

    /// <summary>The line of <paramref name="field"/>, else of the nearest enclosing field, else 1.</summary>
    public int LineOf(string field)
    {
        for (var key = field; key.Length > 0; key = Parent(key))
        {
            if (_lines.TryGetValue(key, out var line))
            {
                return line;
            }
        }

        return 1;
    }

    private static void NextElement(JsonLines result, List<string> path, Stack<int> indexes, int line)
    {
        var index = indexes.Pop();
        result._lines.TryAdd($"{string.Join('.', path)}[{index}]", line);
        indexes.Push(index + 1);
    }

    private static string Parent(string key)
    {
        var cut = Math.Max(key.LastIndexOf('.'), key.LastIndexOf('['));
        return cut < 0 ? "" : key[..cut];
    }
}
