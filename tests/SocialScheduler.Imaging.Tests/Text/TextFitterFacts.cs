using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Text;
using SocialScheduler.Testing;

namespace SocialScheduler.Imaging.Tests.Text;

public sealed class TextFitterFacts : IDisposable
{
    private readonly FontFace _font = FontFace.Load("regular", Path.Combine(RepoPaths.Assets, "fonts", "NotoSans-Regular.ttf"));

    [Fact]
    public void Text_is_drawn_at_the_largest_size_that_fits_the_box()
    {
        var box = Box(width: 400, maxLines: 1, min: 10, max: 200);

        var fit = TextFitter.Fit("Quelle", _font, box);

        Assert.True(fit.Fits);
        var width = fit.Text!.Lines[0].Width * fit.Text.FontSize;
        Assert.InRange(width, 370, 400);
    }

    [Fact]
    public void Words_joined_by_no_break_spaces_stay_on_one_line()
    {
        var fit = TextFitter.Fit("de 85\u00A0millions", _font, Box(width: 300, maxLines: 3, min: 40, max: 60));

        Assert.True(fit.Fits);
        Assert.Contains(fit.Text!.Lines, l => l.Text == "85\u00A0millions");
    }

    [Fact]
    public void A_short_word_goes_to_the_next_line_with_the_word_it_belongs_to()
    {
        // The evenest break would be "Kinderschutz in / Onlinediensten".
        var fit = TextFitter.Fit("Kinderschutz in Onlinediensten", _font, Box(width: 420, maxLines: 2, min: 40, max: 40));

        Assert.True(fit.Fits);
        Assert.Equal(["Kinderschutz", "in Onlinediensten"], fit.Text!.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_soft_hyphen_prints_a_hyphen_only_where_the_line_breaks()
    {
        var fit = TextFitter.Fit("Missbrauchs\u00ADdarstellungen", _font, Box(width: 420, maxLines: 2, min: 40, max: 40));

        Assert.True(fit.Fits);
        Assert.Equal(["Missbrauchs-", "darstellungen"], fit.Text!.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Lines_are_balanced_rather_than_leaving_one_word_alone()
    {
        var fit = TextFitter.Fit("one two three four five six seven eight nine", _font, Box(width: 700, maxLines: 2, min: 40, max: 40));

        var widths = fit.Text!.Lines.Select(l => l.Width * 40).ToList();
        Assert.Equal(2, widths.Count);
        Assert.True(Math.Abs(widths[0] - widths[1]) < 150, $"lines of {widths[0]:0} and {widths[1]:0} px");
    }

    [Fact]
    public void Text_too_long_at_the_minimum_size_is_refused_with_the_line_count()
    {
        var fit = TextFitter.Fit(string.Join(' ', Enumerable.Repeat("longer words", 40)), _font, Box(width: 300, maxLines: 2, min: 20, max: 40));

        Assert.False(fit.Fits);
        Assert.Contains("lines at the minimum size 20 px but the box allows 2", fit.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_the_font_lacks_is_reported_by_its_code_point()
    {
        var fit = TextFitter.Fit("Kinder 儿童", _font, Box(width: 900, maxLines: 1, min: 20, max: 40));

        Assert.Contains("'儿' (U+513F)", fit.MissingCharacters);
    }

    private static TextBox Box(float width, int maxLines, float min, float max) =>
        new(0, 0, width, 1000, "regular", "text", min, max, maxLines);

    public void Dispose() => _font.Dispose();
}
