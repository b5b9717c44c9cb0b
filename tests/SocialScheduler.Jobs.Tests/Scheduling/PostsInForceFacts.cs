using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Scheduling;

/// <summary>The posts in force as the synchronizer, the post page and the commands read them: files first, then web posts no file post shadows.</summary>
public sealed class PostsInForceFacts : LedgerFacts
{
    [Fact]
    public async Task A_web_post_with_the_id_of_a_file_post_publishes_nothing_even_on_an_account_the_file_post_lacks()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("shared-id", locales: ["en"], text: "File text #ChildSafetyOnlineNow"));
        await h.SyncAsync();

        // Saving syncs the ledger at once.
        await h.WebPosts.SaveAsync(Some.Post("shared-id", accounts: ["outbox", "x-main"], locales: ["en"], text: "Web text #ChildSafetyOnlineNow"), "alice");

        var record = Assert.Single(await h.Ledger.ListAsync(new PublicationFilter { PostId = "shared-id" }));
        Assert.Equal(("outbox", "file", "File text #ChildSafetyOnlineNow (en)"), (record.Key.Account, record.Origin, record.Text));
        Assert.Equal("file", (await h.Get<PostsInForce>().FindAsync("child-safety-online-now", "shared-id"))!.Origin);
    }

    [Fact]
    public async Task The_posts_in_force_list_the_files_then_the_web_posts_with_their_authors()
    {
        await using var h = await StartAsync();
        await h.WebPosts.SaveAsync(Some.Post("web-only", locales: ["en"]), "alice");
        await h.WebPosts.SaveAsync(Some.Post("shadowed", locales: ["en"]), "alice");
        h.Source.Set(Some.Post("file-only"), Some.Post("shadowed"));

        var posts = await h.Get<PostsInForce>().ListAsync(TestContext.Current.CancellationToken);

        Assert.Equal([("file-only", "file", null), ("shadowed", "file", null), ("web-only", "web", "alice")], posts.Select(p => (p.Post.Id, p.Post.Origin, p.Author)));
    }
}
