using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SocialScheduler.Core.Schedules.Yaml;

/// <summary>Builds a <see cref="YamlNode"/> tree from parser events, refusing what a schedule never needs.</summary>
internal sealed class YamlEventReader(IParser parser)
{
    private YamlProblem? _problem;

    /// <summary>Where reading last got to, for a parser that gives up without a located error.</summary>
    public SourceMark LastMark { get; private set; } = new(1, 1);

    public YamlReadResult ReadSingleDocument()
    {
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out var end))
        {
            return YamlReadResult.Fail(SafeYamlReader.ToMark(end.Start), DiagnosticCodes.WrongShape, "the file is empty; a schedule starts with 'campaign:'");
        }

        parser.Consume<DocumentStart>();
        var root = ReadNode(1);
        if (root is null)
        {
            return new YamlReadResult(null, _problem);
        }

        parser.Consume<DocumentEnd>();
        if (parser.Accept<DocumentStart>(out var second))
        {
            return YamlReadResult.Fail(SafeYamlReader.ToMark(second.Start), DiagnosticCodes.WrongShape,
                "a second YAML document ('---') follows; keep one schedule per file");
        }

        return new YamlReadResult(root, null);
    }

    private YamlNode? ReadNode(int depth)
    {
        var current = parser.Current;
        if (current is null)
        {
            return Fail(LastMark, DiagnosticCodes.YamlSyntax, "YAML syntax: the file ends in the middle of a value");
        }

        var mark = SafeYamlReader.ToMark(current.Start);
        LastMark = mark;
        if (current is AnchorAlias)
        {
            return Fail(mark, DiagnosticCodes.AnchorOrAlias, "aliases ('*name') are not allowed in a schedule; write the value out");
        }

        if (current is not NodeEvent node)
        {
            return Fail(mark, DiagnosticCodes.YamlSyntax, "YAML syntax: a value is missing here");
        }

        if (!node.Anchor.IsEmpty)
        {
            return Fail(mark, DiagnosticCodes.AnchorOrAlias, $"anchors ('&{node.Anchor}') are not allowed in a schedule; write each value out");
        }

        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            var written = node.Tag.Value.Replace("tag:yaml.org,2002:", "!!", StringComparison.Ordinal);
            return Fail(mark, DiagnosticCodes.Tag, $"the tag '{written}' is not allowed; a schedule holds plain text, lists and fields only");
        }

        if (depth > SafeYamlReader.MaxDepth)
        {
            return Fail(mark, DiagnosticCodes.TooDeep, $"nesting is deeper than {SafeYamlReader.MaxDepth} levels; a schedule needs at most 4");
        }

        if (!parser.MoveNext() && node is not Scalar)
        {
            return Fail(mark, DiagnosticCodes.YamlSyntax, "YAML syntax: the file ends before this list or mapping is closed");
        }

        return node switch
        {
            Scalar scalar => new YamlScalar(mark, scalar.Value, scalar.Style is not ScalarStyle.Plain),
            SequenceStart => ReadSequence(mark, depth),
            MappingStart => ReadMapping(mark, depth),
            _ => Fail(mark, DiagnosticCodes.WrongShape, "unexpected YAML content"),
        };
    }

    private YamlNode? ReadSequence(SourceMark mark, int depth)
    {
        var items = new List<YamlNode>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            var item = ReadNode(depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        return new YamlSequence(mark, items);
    }

    private YamlNode? ReadMapping(SourceMark mark, int depth)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(depth + 1);
            if (keyNode is null)
            {
                return null;
            }

            if (keyNode is not YamlScalar key)
            {
                return Fail(keyNode.Mark, DiagnosticCodes.WrongShape, "a field name must be plain text, not a list or a mapping");
            }

            if (!seen.Add(key.Value))
            {
                return Fail(key.Mark, DiagnosticCodes.DuplicateKey, $"the field '{key.Value}' appears twice in the same mapping; keep one");
            }

            var value = ReadNode(depth + 1);
            if (value is null)
            {
                return null;
            }

            entries.Add(new(key, value));
        }

        return new YamlMapping(mark, entries);
    }

    private YamlNode? Fail(SourceMark mark, string code, string message)
    {
        _problem = new YamlProblem(mark, code, message);
        return null;
    }
}
