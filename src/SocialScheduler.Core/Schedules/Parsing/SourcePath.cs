using System.Globalization;
using SocialScheduler.Core.Schedules.Yaml;

namespace SocialScheduler.Core.Schedules.Parsing;

/// <summary>Follows a field path such as <c>posts[3].text.fr</c> through a YAML tree.</summary>
internal static class SourcePath
{
    /// <summary>
    /// The node at <paramref name="path"/> (or the deepest one on the way when the path leaves the tree), the key it
    /// was found under when the last step was a field name, and how many steps were taken.
    /// </summary>
    public static (bool Found, YamlNode Node, YamlScalar? Key, int Depth) Find(YamlNode root, string path)
    {
        var node = root;
        YamlScalar? key = null;
        var depth = 0;
        foreach (var step in Steps(path))
        {
            YamlNode? next = null;
            key = null;
            if (step.Index is { } index && node is YamlSequence sequence && index < sequence.Items.Count)
            {
                next = sequence.Items[index];
            }
            else if (step.Name is { } name && node is YamlMapping mapping)
            {
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key.Value == name)
                    {
                        (key, next) = (entry.Key, entry.Value);
                        break;
                    }
                }
            }

            if (next is null)
            {
                return (false, node, null, depth);
            }

            node = next;
            depth++;
        }

        return (depth > 0, node, key, depth);
    }

    private static IEnumerable<(string? Name, int? Index)> Steps(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            yield return (bracket < 0 ? part : part[..bracket], null);
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                yield return (null, int.Parse(part.AsSpan(bracket + 1, close - bracket - 1), CultureInfo.InvariantCulture));
                bracket = part.IndexOf('[', close);
            }
        }
    }
}
