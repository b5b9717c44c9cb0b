using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Security;

[Collection(WebCollection.Name)]
public sealed class TwoPersonApprovalFacts(SharedWebApp app)
{
    [Fact]
    public async Task The_writer_cannot_approve_after_a_colleague_saves_the_same_text_again()
    {
        var (writer, colleague) = (await SignedInCommsAsync(), await SignedInCommsAsync());
        var id = "launder-" + Guid.NewGuid().ToString("N")[..8];

        using var created = await writer.Client.PostJsonWithTokenAsync("/api/posts", Post(id, 300, "Protect children online."));
        using var resaved = await colleague.Client.SendWithTokenAsync(HttpMethod.Put, $"/api/posts/{id}", Post(id, 301, "Protect children online."));
        using var approved = await writer.Client.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{id}/approve/en", new { });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, resaved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, approved.StatusCode);
        Assert.Contains(writer.Name, await approved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Everyone_who_changed_a_locale_since_the_last_approval_is_refused_and_a_third_person_approves()
    {
        var (writer, editor, reviewer) = (await SignedInCommsAsync(), await SignedInCommsAsync(), await SignedInCommsAsync());
        var id = "contrib-" + Guid.NewGuid().ToString("N")[..8];

        using var created = await writer.Client.PostJsonWithTokenAsync("/api/posts", Post(id, 302, "Protect children online."));
        using var edited = await editor.Client.SendWithTokenAsync(HttpMethod.Put, $"/api/posts/{id}", Post(id, 302, "Protect every child online."));
        using var byWriter = await writer.Client.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{id}/approve/en", new { });
        using var byEditor = await editor.Client.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{id}/approve/en", new { });
        using var byReviewer = await reviewer.Client.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{id}/approve/en", new { });

        Assert.Equal(HttpStatusCode.Created, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, byWriter.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, byEditor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byReviewer.StatusCode);
    }

    [Fact]
    public async Task The_history_names_the_person_who_edited_the_post()
    {
        var (writer, editor) = (await SignedInCommsAsync(), await SignedInCommsAsync());
        var id = "history-" + Guid.NewGuid().ToString("N")[..8];

        using var created = await writer.Client.PostJsonWithTokenAsync("/api/posts", Post(id, 303, "Protect children online."));
        using var edited = await editor.Client.SendWithTokenAsync(HttpMethod.Put, $"/api/posts/{id}", Post(id, 304, "Protect children online."));
        var history = await writer.Client.Http.GetFromJsonAsync<JsonElement>(
            $"/api/publications/{ComposeSteps.Campaign}/{id}/outbox/en/history", TestContext.Current.CancellationToken);

        var actors = history.EnumerateArray().Select(h => h.GetProperty("actor").GetString()).ToList();
        Assert.Equal([writer.Name, editor.Name], actors);
    }

    private static object Post(string id, int daysAhead, string text) => new
    {
        id,
        at = ComposeSteps.Field(ComposeSteps.LocalDayAhead(daysAhead, 10, 0)),
        timeZone = "Europe/Brussels",
        accounts = new[] { "outbox" },
        locales = new[] { "en" },
        text = new Dictionary<string, string> { ["en"] = text },
    };

    private async Task<(string Name, AppClient Client)> SignedInCommsAsync()
    {
        var name = await app.Host.CreateUserAsync("Comms");
        var client = new AppClient(app.Host);
        await client.SignInAsync(name, WebTestHost.UserPassword);
        return (name, client);
    }
}
