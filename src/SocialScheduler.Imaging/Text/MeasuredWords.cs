using System.Text;

namespace SocialScheduler.Imaging.Text;

/// <summary>The words of a text with their shaped widths at 1 px, and greedy wrapping at a given width.</summary>
internal sealed class MeasuredWords
{
    private readonly IReadOnlyList<Word> _words;
    private readonly float[] _widths;
    private readonly float _space;
    private readonly float _hyphen;

    public MeasuredWords(FontFace face, IReadOnlyList<Word> words)
    {
        _words = words;
        _widths = new float[words.Count];
        var missing = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var shaped = face.Shape(words[i].Text);
            _widths[i] = shaped.Width;
            missing.AddRange(shaped.MissingCharacters());
        }

        _space = face.Shape(" ").Width;
        _hyphen = face.Shape("-").Width;
        MissingCharacters = missing.Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var width = WidthAtLineEnd(i);
            if (width > WidestWord)
            {
                WidestWord = width;
                WidestWordText = words[i].Text;
            }
        }
    }

    public IReadOnlyList<string> MissingCharacters { get; }

    public float WidestWord { get; }

    public string WidestWordText { get; } = "";

    /// <summary>Greedy wrap; returns the index of the last word of each line.</summary>
    public IReadOnlyList<int> Wrap(float width)
    {
        var ends = new List<int>();
        var lineWidth = 0f;
        for (var i = 0; i < _words.Count; i++)
        {
            var start = ends.Count == 0 ? 0 : ends[^1] + 1;
            var candidate = i == start ? _widths[i] : lineWidth + Gap(i - 1) + _widths[i];
            var ending = candidate + (_words[i].After == BreakAfter.SoftHyphen ? _hyphen : 0);
            if (i > start && ending > width)
            {
                ends.Add(i - 1);
                candidate = _widths[i];
            }

            lineWidth = candidate;
        }

        if (_words.Count > 0)
        {
            ends.Add(_words.Count - 1);
        }

        return ends;
    }

    /// <summary>The text of each line for the given line ends, with a hyphen where a soft hyphen broke.</summary>
    public IEnumerable<string> Lines(IReadOnlyList<int> ends)
    {
        var start = 0;
        foreach (var end in ends)
        {
            var line = new StringBuilder();
            for (var i = start; i <= end; i++)
            {
                line.Append(_words[i].Text);
                if (i < end && _words[i].After == BreakAfter.Space)
                {
                    line.Append(' ');
                }
            }

            if (_words[end].After == BreakAfter.SoftHyphen)
            {
                line.Append('-');
            }

            yield return line.ToString();
            start = end + 1;
        }
    }

    /// <summary>
    /// Breaks into exactly <paramref name="lineCount"/> lines no wider than <paramref name="width"/>, as even as
    /// possible: the sum of squared differences from the average line width is minimal, so no line is left with a
    /// lonely word, and no line but the last ends in a short word ("der Menschen in / der EU") where another break
    /// fits. Null when no such break exists.
    /// </summary>
    public IReadOnlyList<int>? Balanced(float width, int lineCount)
    {
        var n = _words.Count;
        var target = LineWidth(0, n - 1) / lineCount;
        // Worse than any unevenness: a line ending in "in" or "de" is chosen only when no other break fits.
        var shortEnd = 4.0 * width * width;
        var cost = new double[lineCount + 1, n + 1];
        var from = new int[lineCount + 1, n + 1];
        for (var l = 0; l <= lineCount; l++)
        {
            for (var j = 0; j <= n; j++)
            {
                cost[l, j] = double.PositiveInfinity;
            }
        }

        cost[0, 0] = 0;
        for (var l = 1; l <= lineCount; l++)
        {
            for (var j = 1; j <= n; j++)
            {
                for (var i = j - 1; i >= 0; i--)
                {
                    var line = LineWidth(i, j - 1);
                    if (line > width)
                    {
                        break;
                    }

                    var candidate = cost[l - 1, i] + ((target - line) * (double)(target - line))
                        + (l < lineCount && EndsShort(j - 1) ? shortEnd : 0);
                    if (candidate < cost[l, j])
                    {
                        (cost[l, j], from[l, j]) = (candidate, i);
                    }
                }
            }
        }

        if (double.IsPositiveInfinity(cost[lineCount, n]))
        {
            return null;
        }

        var ends = new int[lineCount];
        for (int l = lineCount, j = n; l > 0; j = from[l, j], l--)
        {
            ends[l - 1] = j - 1;
        }

        return ends;
    }

    /// <summary>Width of words <paramref name="first"/> to <paramref name="last"/> set on one line.</summary>
    private float LineWidth(int first, int last)
    {
        var width = 0f;
        for (var i = first; i <= last; i++)
        {
            width += _widths[i] + (i < last ? Gap(i) : 0);
        }

        return width + (_words[last].After == BreakAfter.SoftHyphen ? _hyphen : 0);
    }

    /// <summary>Whether a line but the last of <paramref name="ends"/> ends in a short word.</summary>
    public bool LeavesShortWord(IReadOnlyList<int> ends) => ends.SkipLast(1).Any(EndsShort);

    /// <summary>
    /// A word of one to three lower-case letters (articles, prepositions, conjunctions: "in", "de", "la", "der", "and")
    /// belongs with the word after it; a number or an abbreviation such as "EU" does not.
    /// </summary>
    private bool EndsShort(int index)
    {
        var text = _words[index].Text;
        return _words[index].After == BreakAfter.Space && text.Length <= 3 && char.IsLower(text[0]) && text.All(char.IsLetter);
    }

    private float Gap(int previous) => _words[previous].After == BreakAfter.Space ? _space : 0;

    private float WidthAtLineEnd(int i) => _widths[i] + (_words[i].After == BreakAfter.SoftHyphen ? _hyphen : 0);
}
