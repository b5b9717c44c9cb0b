using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Schedules;

public class ScheduleFolderFacts
{
    [Fact]
    public void A_post_id_used_by_an_earlier_file_is_an_error_in_the_later_one()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.yaml", Yaml.Schedule(Yaml.Post("shared")));
        var second = folder.Write("b.yaml", Yaml.Schedule(Yaml.Post("other"), Yaml.Post("shared", "2026-12-04T09:00")));
        var options = new ScheduleOptions { Path = folder.Path };

        var results = new ScheduleFolder(Some.FileValidator(options: options), options).ValidateAll([first, second]);

        Assert.Single(results[0].Posts);
        Assert.Empty(results[1].Posts);
        Assert.Equal(
            $"{second}:12:5: error SS014: posts[1].id 'shared' is already used by {first} post 'shared'; give each post of the campaign its own id",
            Assert.Single(results[1].Diagnostics).ToString());
    }
}
