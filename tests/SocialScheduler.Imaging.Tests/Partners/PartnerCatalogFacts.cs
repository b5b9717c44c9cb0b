using SkiaSharp;
using SocialScheduler.Core.Partners;
using SocialScheduler.Imaging.Tests.Support;

namespace SocialScheduler.Imaging.Tests.Partners;

public sealed class PartnerCatalogFacts : IDisposable
{
    private readonly AssetsCopy _assets = new();

    [Fact]
    public void The_fourteen_partners_of_the_press_release_load_with_their_names_and_no_problem()
    {
        var partners = Renderers.Partners;

        Assert.Empty(partners.Problems);
        Assert.Equal(
            ["5rights", "brave-movement", "c3p", "child-helpline-international", "ecpat", "end-violence", "inhope", "iwf",
             "missing-children-europe", "ncmec", "nspcc", "terre-des-hommes", "thorn", "weprotect"],
            partners.Ids);
        Assert.Equal("National Center for Missing & Exploited Children", partners.Get("ncmec").Name);
        Assert.Equal("Child Helpline International", partners.Get("child-helpline-international").Name);
        Assert.All(partners.Partners, p => Assert.True(File.Exists(p.LogoPath), p.LogoPath));
    }

    [Fact]
    public void A_missing_logo_is_reported_on_the_logo_line_and_the_other_partners_still_load()
    {
        File.Delete(_assets.File("partners/iwf/logo.png"));

        var partners = Renderers.LoadPartners(_assets.Path);

        var problem = Assert.Single(partners.Problems);
        Assert.Equal((_assets.File("partners/iwf/partner.json"), 5, "logo"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("'logo.png' is not a file in", problem.Message, StringComparison.Ordinal);
        Assert.Equal(13, partners.Partners.Count);
        Assert.False(partners.TryGet("iwf", out _));
    }

    [Fact]
    public void A_logo_that_is_not_an_image_is_refused_as_unreadable()
    {
        _assets.Write("partners/thorn/logo.png", [.. "not a png at all"u8]);

        var problem = Assert.Single(Renderers.LoadPartners(_assets.Path).Problems);

        Assert.Equal(("logo", 5), (problem.Field, problem.Line));
        Assert.Contains("not a readable PNG or JPEG image", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_logo_is_refused_as_unreadable()
    {
        var png = File.ReadAllBytes(_assets.File("partners/thorn/logo.png"));
        _assets.Write("partners/thorn/logo.png", png[..(png.Length / 2)]);

        var problem = Assert.Single(Renderers.LoadPartners(_assets.Path).Problems);

        Assert.Contains("not a readable PNG or JPEG image", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_file_over_two_megabytes_is_refused_with_its_size()
    {
        var png = File.ReadAllBytes(_assets.File("partners/nspcc/logo.png"));
        _assets.Write("partners/nspcc/logo.png", [.. png, .. new byte[PartnerCatalogLoader.MaxLogoBytes]]);

        var problem = Assert.Single(Renderers.LoadPartners(_assets.Path).Problems);

        Assert.Equal("logo", problem.Field);
        Assert.Contains("over the 2,097,152 (2 MB) allowed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_over_four_thousand_pixels_wide_is_refused_with_its_dimensions()
    {
        _assets.Write("partners/nspcc/logo.png", Png(4001, 8));

        var problem = Assert.Single(Renderers.LoadPartners(_assets.Path).Problems);

        Assert.Equal("logo", problem.Field);
        Assert.Contains("is 4001×8 pixels, over the 4000 allowed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colour_that_is_not_a_colour_is_reported_on_its_own_line()
    {
        _assets.Edit("partners/ncmec/partner.json", t => t.Replace("\"plate\": \"#0A5CA8\"", "\"plate\": \"blue\"", StringComparison.Ordinal));

        var problem = Assert.Single(Renderers.LoadPartners(_assets.Path).Problems);

        Assert.Equal(
            $"{_assets.File("partners/ncmec/partner.json")}:7:1: error SS038: colors.plate: 'blue' is not a colour; write it as #RRGGBB (six hexadecimal digits)",
            problem.ToString());
    }

    [Fact]
    public void A_name_colour_below_four_and_a_half_to_one_on_the_plate_is_refused_with_the_ratio()
    {
        _assets.Edit("partners/ecpat/partner.json", t => t.Replace("\"plateText\": \"#FFFFFF\"", "\"plateText\": \"#40B0B8\"", StringComparison.Ordinal));

        var problem = Assert.Single(Renderers.LoadPartners(_assets.Path).Problems);

        Assert.Equal(("colors.plateText", 8), (problem.Field, problem.Line));
        Assert.Contains("#40B0B8 on #00838F has a contrast of", problem.Message, StringComparison.Ordinal);
        Assert.Contains("below the 4.5:1 that WCAG AA asks of text", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accent_that_would_not_read_on_the_card_background_is_refused()
    {
        _assets.Edit("partners/nspcc/partner.json", t => t.Replace("\"accent\": \"#9BE7B0\"", "\"accent\": \"#00843D\"", StringComparison.Ordinal));

        var problem = Assert.Single(Renderers.LoadPartners(_assets.Path).Problems);

        Assert.Equal(("colors.accent", 9), (problem.Field, problem.Line));
        Assert.Contains("number (accent) on background: #00843D on #0E2841", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colour_name_the_cards_do_not_use_is_refused_naming_the_ones_they_do()
    {
        _assets.Edit("partners/nspcc/partner.json", t => t.Replace("\"accent\":", "\"accnet\":", StringComparison.Ordinal));

        var problem = Assert.Single(Renderers.LoadPartners(_assets.Path).Problems);

        Assert.Equal("colors.accnet", problem.Field);
        Assert.Contains("is not a colour of the cards; use background, band, accent, text, muted, plate, plateText", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locale_the_campaign_does_not_have_is_refused_on_its_line()
    {
        _assets.Edit("partners/c3p/partner.json", t => t.Replace("\"fr\"", "\"fr-CA\"", StringComparison.Ordinal));

        var problem = Assert.Single(Renderers.LoadPartners(_assets.Path).Problems);

        Assert.Equal(("locales[1]", 12), (problem.Field, problem.Line));
        Assert.Contains("'fr-CA' is not a campaign locale; use one of en, fr, it, es, de, nl", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_is_refused_with_the_line_of_the_mistake()
    {
        _assets.Edit("partners/weprotect/partner.json", t => t.Replace("\"shortName\": \"WeProtect\",", "\"shortName\": WeProtect,", StringComparison.Ordinal));

        var problem = Assert.Single(Renderers.LoadPartners(_assets.Path).Problems);

        Assert.Equal(3, problem.Line);
        Assert.Contains("not valid partner JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_broken_partners_are_each_reported_and_none_stops_the_rest()
    {
        File.Delete(_assets.File("partners/iwf/logo.png"));
        _assets.Edit("partners/ncmec/partner.json", t => t.Replace("#0A5CA8", "#0A5CA", StringComparison.Ordinal));
        File.Delete(_assets.File("partners/thorn/partner.json"));

        var partners = Renderers.LoadPartners(_assets.Path);

        Assert.Equal(["iwf", "ncmec", "thorn"], partners.Problems.Select(p => Path.GetFileName(Path.GetDirectoryName(p.File))));
        Assert.Equal(11, partners.Partners.Count);
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Red);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public void Dispose() => _assets.Dispose();
}
