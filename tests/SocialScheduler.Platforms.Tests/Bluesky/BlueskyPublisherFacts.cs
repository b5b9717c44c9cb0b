using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Platforms.Bluesky;
using SocialScheduler.Platforms.Tests.Fakes;
using SocialScheduler.Platforms.Tests.Fakes.Bluesky;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Bluesky;

/// <summary>The Bluesky adapter against the real reference PDS (see tests/peers/bluesky-pds).</summary>
public sealed class BlueskyPublisherFacts
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_card_post_in_each_of_six_locales_reads_back_with_text_langs_hashtag_facet_alt_aspect_ratio_and_image()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();

        foreach (var locale in Some.Locales)
        {
            var request = Some.Post("bsky", locale, width: 160, height: 90);
            var result = await harness.Publisher.PublishAsync(request, Token);
            Assert.True(result.Succeeded, result.ToString());

            var record = (await TestPds.GetRecordAsync(result.RemoteId!, Token)).GetProperty("value");
            Assert.Equal(request.Text, record.GetProperty("text").GetString());
            Assert.Equal([locale], record.GetProperty("langs").EnumerateArray().Select(l => l.GetString()));
            var facet = Assert.Single(record.GetProperty("facets").EnumerateArray());
            var bytes = Encoding.UTF8.GetBytes(request.Text);
            var tagAt = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Some.Hashtag));
            Assert.Equal(tagAt, facet.GetProperty("index").GetProperty("byteStart").GetInt32());
            Assert.Equal(tagAt + Some.Hashtag.Length, facet.GetProperty("index").GetProperty("byteEnd").GetInt32());
            Assert.Equal("ChildSafetyOnlineNow", facet.GetProperty("features")[0].GetProperty("tag").GetString());
            var image = record.GetProperty("embed").GetProperty("images")[0];
            Assert.Equal(Some.AltText(locale), image.GetProperty("alt").GetString());
            Assert.Equal(160, image.GetProperty("aspectRatio").GetProperty("width").GetInt32());
            Assert.Equal(90, image.GetProperty("aspectRatio").GetProperty("height").GetInt32());
            var cid = image.GetProperty("image").GetProperty("ref").GetProperty("$link").GetString()!;
            Assert.Equal(request.Media[0].Content.ToArray(), await TestPds.GetBlobAsync(scene.Account.Did, cid, Token));
            Assert.Equal(new Uri($"https://bsky.app/profile/{scene.Account.Did}/post/{result.RemoteId!.Split('/')[^1]}"), result.Url);
        }
    }

    [Fact]
    public async Task A_link_in_the_text_reads_back_as_a_link_facet_beside_the_hashtag()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();
        const string text = "Lisez l’appel : https://example.org/appel?lang=fr. " + Some.Hashtag;

        var result = await harness.PublishAsync("fr", text);

        var facets = (await TestPds.GetRecordAsync(result.RemoteId!, Token)).GetProperty("value").GetProperty("facets").EnumerateArray().ToList();
        var link = Assert.Single(facets, f => f.GetProperty("features")[0].GetProperty("$type").GetString() == "app.bsky.richtext.facet#link");
        Assert.Equal("https://example.org/appel?lang=fr", link.GetProperty("features")[0].GetProperty("uri").GetString());
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal("https://example.org/appel?lang=fr", Encoding.UTF8.GetString(bytes[link.GetProperty("index").GetProperty("byteStart").GetInt32()..link.GetProperty("index").GetProperty("byteEnd").GetInt32()]));
        Assert.Equal(2, facets.Count);
    }

    [Fact]
    public async Task Publishing_the_same_publication_again_returns_the_first_post_and_adds_none()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();

        var first = await harness.PublishAsync(key: "attempt-1");
        var second = await harness.PublishAsync(key: "attempt-2");

        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(first.RemoteId, second.RemoteId);
        Assert.Equal(1, await TestPds.CountPostsAsync(scene.Account.Did, Token));
    }

    [Fact]
    public async Task A_text_of_301_graphemes_is_permanent_with_the_server_s_message()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();

        var result = await harness.PublishAsync(text: new string('é', 280) + " " + Some.Hashtag);

        Assert.Equal(FailureKind.Permanent, result.Failure);
        Assert.Contains("300", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_app_password_is_an_auth_failure()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness(appPassword: "aaaa-bbbb-cccc-dddd");

        Assert.Equal(FailureKind.Auth, (await harness.PublishAsync()).Failure);
    }

    [Fact]
    public async Task An_expired_access_token_is_refreshed_on_the_ExpiredToken_error_and_the_post_goes_out()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();
        Assert.True((await harness.PublishAsync("en")).Succeeded);
        var sessions = harness.Provider.GetRequiredService<BlueskySessions>();
        var session = (await sessions.GetAsync("bsky", Token))!;
        await sessions.SaveAsync("bsky", session with { AccessJwt = TestPds.ExpiredAccessToken(scene.Account.Did) }, Token);

        var result = await harness.PublishAsync("fr");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("POST /xrpc/com.atproto.server.refreshSession", scene.Proxy.Received);
        Assert.Single(scene.Proxy.Received, r => r == "POST /xrpc/com.atproto.server.createSession");
    }

    [Fact]
    public async Task The_session_is_stored_encrypted_and_a_restart_reuses_it_without_signing_in()
    {
        await using var scene = await BlueskyScene.StartAsync();
        string accessJwt;
        using (var first = scene.Harness())
        {
            Assert.True((await first.PublishAsync("en")).Succeeded);
            accessJwt = (await first.Provider.GetRequiredService<BlueskySessions>().GetAsync("bsky", Token))!.AccessJwt;
        }

        using var second = scene.Harness();
        Assert.True((await second.PublishAsync("de")).Succeeded);

        var stored = string.Concat(Directory.GetFiles(scene.TokensPath).Select(File.ReadAllText));
        Assert.NotEmpty(stored);
        Assert.DoesNotContain(accessJwt[..20], stored, StringComparison.Ordinal);
        Assert.DoesNotContain("refreshJwt", stored, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(scene.TokensPath));
        }
        Assert.Single(scene.Proxy.Received, r => r == "POST /xrpc/com.atproto.server.createSession");
    }

    [Fact]
    public async Task A_429_is_rate_limited_until_the_RateLimit_Reset_epoch()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();
        scene.Proxy.FailNext("/xrpc/com.atproto.repo.createRecord", Fault.RateLimited);

        var result = await harness.PublishAsync();

        Assert.Equal(FailureKind.RateLimited, result.Failure);
        Assert.Equal(scene.Proxy.RateLimitReset, result.RetryAfter);
    }

    [Fact]
    public async Task A_success_status_with_an_unreadable_body_is_unknown()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();
        scene.Proxy.FailNext("/xrpc/com.atproto.repo.createRecord", Fault.GarbledSuccess);

        Assert.Equal(FailureKind.Unknown, (await harness.PublishAsync()).Failure);
    }

    [Fact]
    public async Task A_503_while_uploading_is_transient()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();
        scene.Proxy.FailNext("/xrpc/com.atproto.repo.uploadBlob", Fault.ServerError);

        Assert.Equal(FailureKind.Transient, (await harness.PublishAsync()).Failure);
    }

    [Fact]
    public async Task A_timeout_after_createRecord_reached_the_server_is_unknown_and_the_finder_finds_the_post()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();
        scene.Proxy.FailNext("/xrpc/com.atproto.repo.createRecord", Fault.HangAfterHandling);

        var result = await harness.PublishAsync();
        var found = await harness.Finder.FindAsync(Some.Post("bsky"), Token);

        Assert.Equal(FailureKind.Unknown, result.Failure);
        Assert.True(found!.Succeeded);
        Assert.Equal(Some.Texts["en"], (await TestPds.GetRecordAsync(found.RemoteId!, Token)).GetProperty("value").GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_finder_reports_nothing_before_the_post_exists()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();

        Assert.Null(await harness.Finder.FindAsync(Some.Post("bsky"), Token));
    }

    [Fact]
    public async Task An_image_over_1_000_000_bytes_is_permanent_and_nothing_is_uploaded()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();
        var big = Some.Post("bsky") with { Media = [new MediaAttachment(new byte[1_000_001], "image/png", "alt", 1200, 675)] };

        var result = await harness.Publisher.PublishAsync(big, Token);

        Assert.Equal(FailureKind.Permanent, result.Failure);
        Assert.Contains("1,000,000", result.Message, StringComparison.Ordinal);
        Assert.Empty(scene.Proxy.Received);
    }

    [Fact]
    public async Task An_unreachable_PDS_is_transient()
    {
        await using var scene = await BlueskyScene.StartAsync();
        var closed = scene.Proxy.BaseUrl;
        await scene.Proxy.DisposeAsync();
        using var harness = scene.Harness(baseUrl: closed);

        Assert.Equal(FailureKind.Transient, (await harness.PublishAsync()).Failure);
    }

    [Fact]
    public async Task No_token_or_app_password_appears_in_any_log_line_or_failure_message()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();
        var messages = new List<string?>();
        foreach (var fault in Enum.GetValues<Fault>())
        {
            scene.Proxy.FailNext("/xrpc/com.atproto.repo.createRecord", fault);
            messages.Add((await harness.PublishAsync(Some.Locales.ElementAt((int)fault))).ToString());
        }

        var session = (await harness.Provider.GetRequiredService<BlueskySessions>().GetAsync("bsky", Token))!;
        string[] secrets = [session.AccessJwt, session.RefreshJwt, scene.Account.AppPassword];
        var everything = harness.Logs.Lines.Concat(messages).ToList();
        Assert.NotEmpty(harness.Logs.Lines);
        Assert.DoesNotContain(everything, line => secrets.Any(s => line?.Contains(s, StringComparison.Ordinal) == true));
        Assert.DoesNotContain(everything, line => line?.Contains(JsonSerializer.Serialize(session), StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_account_check_signs_in_and_names_the_handle_or_says_the_app_password_is_wrong()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var good = scene.Harness();
        using var bad = scene.Harness(appPassword: "aaaa-bbbb-cccc-dddd");

        var ok = await ((IAccountVerifier)good.Publisher).VerifyAsync("bsky", Token);
        var failed = await ((IAccountVerifier)bad.Publisher).VerifyAsync("bsky", Token);

        Assert.Equal(new AccountStatus(true, $"signed in as {scene.Account.Handle} ({scene.Account.Did})"), ok);
        Assert.False(failed.Ok);
        Assert.Contains("Check the account's Identifier and AppPassword.", failed.Detail, StringComparison.Ordinal);
    }
}
