using System.Text;
using SocialScheduler.Core.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Core.Tests.Schedules;

/// <summary>Whatever bytes a file holds, validation answers with findings and never throws.</summary>
public class MangledFileFacts
{
    [Fact]
    public void Mangled_copies_of_the_campaign_schedule_get_findings_not_exceptions()
    {
        var original = File.ReadAllBytes(Path.Combine(RepoPaths.Schedules, "child-safety-online-now.yaml"));
        var validator = Some.FileValidator();
        var random = new Random(20261128);
        var noise = "\t\n\r :-[]{}&*!|>'\"#%@`,?\u00A0\uFEFF"u8.ToArray().Concat(Encoding.UTF8.GetBytes("é👨‍👩‍👧")).ToArray();

        for (var run = 0; run < 400; run++)
        {
            var bytes = (byte[])original.Clone();
            for (var edit = 0; edit < 1 + (run % 8); edit++)
            {
                var at = random.Next(bytes.Length);
                bytes[at] = random.Next(3) == 0 ? (byte)random.Next(256) : noise[random.Next(noise.Length)];
            }

            var cut = run % 5 == 0 ? random.Next(bytes.Length) : bytes.Length;
            var result = validator.Validate("mangled.yaml", bytes.AsSpan(0, cut));

            Assert.True(result.Diagnostics.Count > 0 || result.Posts.Count > 0, $"run {run} gave neither posts nor findings");
            Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 0 && d.Column >= 0));
        }
    }
}
