using System.Net;
using System.Net.Http.Json;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Security;

[Collection(WebCollection.Name)]
public sealed class SignOutFacts(SharedWebApp app)
{
    [Fact]
    public async Task A_session_cookie_copied_before_sign_out_is_refused_right_after_it()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        using var copy = CopyOf(client);

        using var signedOut = await PostFormAsync(client, "/logout", "/logout", []);
        using var api = await copy.GetAsync("/api/me");
        using var page = await copy.GetAsync("/calendar");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_signs_a_user_out_everywhere_and_the_admins_own_session_keeps_working()
    {
        var userName = await app.Host.CreateUserAsync("Viewer");
        using var user = new AppClient(app.Host);
        await user.SignInAsync(userName, WebTestHost.UserPassword);
        using var admin = new AppClient(app.Host);
        await admin.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        var id = await UserIdAsync(admin, userName);

        using var done = await PostFormAsync(admin, "/admin/users", "/admin/users?handler=SignOut", new() { ["id"] = id });
        using var refused = await user.GetAsync("/api/me");
        using var adminStill = await admin.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminStill.StatusCode);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_the_current_one()
    {
        var userName = await app.Host.CreateUserAsync("Comms");
        using var here = new AppClient(app.Host);
        await here.SignInAsync(userName, WebTestHost.UserPassword);
        using var elsewhere = new AppClient(app.Host);
        await elsewhere.SignInAsync(userName, WebTestHost.UserPassword);

        using var changed = await PostFormAsync(here, "/account/password", "/account/password", new()
        {
            ["current"] = WebTestHost.UserPassword, ["next"] = "another long passphrase", ["again"] = "another long passphrase",
        });
        using var current = await here.GetAsync("/api/me");
        using var other = await elsewhere.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task A_role_change_ends_the_users_sessions_at_once()
    {
        var userName = await app.Host.CreateUserAsync("Comms");
        using var user = new AppClient(app.Host);
        await user.SignInAsync(userName, WebTestHost.UserPassword);
        using var admin = new AppClient(app.Host);
        await admin.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        using var done = await PostFormAsync(admin, "/admin/users", "/admin/users?handler=Role", new() { ["id"] = await UserIdAsync(admin, userName), ["role"] = "Viewer" });
        using var refused = await user.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    internal static async Task<HttpResponseMessage> PostFormAsync(AppClient client, string formPage, string target, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.FormTokenAsync(formPage);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(fields) };
        return await client.SendAsync(request);
    }

    private AppClient CopyOf(AppClient client)
    {
        var copy = new AppClient(app.Host);
        copy.Cookies.Add(app.Host.BaseAddress, client.Cookies.GetCookies(app.Host.BaseAddress));
        return copy;
    }

    private static async Task<string> UserIdAsync(AppClient admin, string userName)
    {
        var users = await admin.Http.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/users", TestContext.Current.CancellationToken);
        return users!.Single(u => u["userName"].ToString() == userName)["id"].ToString()!;
    }
}
