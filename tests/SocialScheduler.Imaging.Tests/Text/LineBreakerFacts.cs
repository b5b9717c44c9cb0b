using SocialScheduler.Imaging.Text;

namespace SocialScheduler.Imaging.Tests.Text;

public sealed class LineBreakerFacts
{
    [Fact]
    public void A_line_may_end_after_a_space_but_never_at_a_no_break_space()
    {
        var words = LineBreaker.Split("85\u00A0millions de contenus à 62\u202F%");

        Assert.Equal(["85\u00A0millions", "de", "contenus", "à", "62\u202F%"], words.Select(w => w.Text));
    }

    [Fact]
    public void A_hyphen_inside_a_word_stays_at_the_end_of_its_line()
    {
        var words = LineBreaker.Split("Kindes-missbrauch");

        Assert.Equal([new Word("Kindes-", BreakAfter.Hyphen), new Word("missbrauch", BreakAfter.End)], words);
    }

    [Fact]
    public void A_sign_before_a_number_is_not_a_break()
    {
        var words = LineBreaker.Split("-35 % und +35-40");

        Assert.Equal(["-35", "%", "und", "+35-40"], words.Select(w => w.Text));
    }

    [Fact]
    public void A_soft_hyphen_is_a_break_that_prints_nothing_unless_used()
    {
        var words = LineBreaker.Split("Missbrauchs\u00ADdarstellungen");

        Assert.Equal([new Word("Missbrauchs", BreakAfter.SoftHyphen), new Word("darstellungen", BreakAfter.End)], words);
    }
}
