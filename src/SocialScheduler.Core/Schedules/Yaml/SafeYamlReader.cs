using System.Globalization;
using System.Text;
using YamlDotNet.Core;

namespace SocialScheduler.Core.Schedules.Yaml;

/// <summary>
/// Reads a schedule file defensively: size first, then strict UTF-8 (a BOM is accepted), tabs in indentation, then
/// YAML events one at a time so a tag, an anchor, an alias or a 33rd level of nesting is refused as soon as it is
/// seen, before anything is built from it. CRLF line ends are read like LF.
/// </summary>
public static class SafeYamlReader
{
    public const int MaxDepth = 32;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YamlReadResult Read(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            return TooLarge(bytes.Length, maxBytes);
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return YamlReadResult.Fail(MarkOfByte(bytes, ex.Index), DiagnosticCodes.InvalidUtf8,
                "the file is not valid UTF-8 here; save it as UTF-8");
        }

        return Read(text);
    }

    /// <summary>The refusal of a file by its size alone, so a huge file need not be read to be refused.</summary>
    public static YamlReadResult TooLarge(long length, long maxBytes) =>
        YamlReadResult.Fail(new SourceMark(1, 1), DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture,
            $"the file is {length:N0} bytes, more than Schedules:MaxFileBytes ({maxBytes:N0}); split it into several files"));

    /// <summary>Reads text that is already decoded (the web form, tests).</summary>
    public static YamlReadResult Read(string text)
    {
        var tab = FindIndentationTab(text);
        if (tab is { } mark)
        {
            return YamlReadResult.Fail(mark, DiagnosticCodes.Tab,
                "a tab is used for indentation; YAML indents with spaces only, replace it with spaces");
        }

        var reader = new YamlEventReader(new Parser(new StringReader(text)));
        try
        {
            return reader.ReadSingleDocument();
        }
        catch (YamlException ex)
        {
            return YamlReadResult.Fail(ToMark(ex.Start), DiagnosticCodes.YamlSyntax, $"YAML syntax: {Describe(ex)}");
        }
        catch (InvalidOperationException)
        {
            // The parser can stop without a located error on some broken input; say where reading got to.
            return YamlReadResult.Fail(reader.LastMark, DiagnosticCodes.YamlSyntax, "YAML syntax: the file cannot be read past this point");
        }
    }

    internal static SourceMark ToMark(Mark mark) => new((int)mark.Line, (int)mark.Column);

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes its message with the marks we already print.
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).TrimEnd('.');
    }

    private static SourceMark? FindIndentationTab(string text)
    {
        var line = 1;
        var column = 1;
        var atIndent = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atIndent = true;
                continue;
            }

            if (atIndent && c == '\t')
            {
                return new SourceMark(line, column);
            }

            atIndent = atIndent && (c == ' ' || c == '\r' || c == '-');
            column++;
        }

        return null;
    }

    private static SourceMark MarkOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..Math.Clamp(index, 0, bytes.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = StrictUtf8.GetCharCount(before[lineStart..]) + 1;
        return new SourceMark(line, column);
    }
}
