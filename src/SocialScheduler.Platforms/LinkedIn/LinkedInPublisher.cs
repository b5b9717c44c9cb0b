using SocialScheduler.Platforms.Accounts;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.LinkedIn;

/// <summary>
/// Posts to LinkedIn through the Images API (<c>initializeUpload</c>, then PUT) and the Posts API, as a member or an
/// organisation, with the commentary escaped for the little-text format. The Posts API has no language field.
/// </summary>
internal sealed class LinkedInPublisher(IHttpClientFactory http, IOptionsMonitor<LinkedInAccountOptions> accounts, TimeProvider time, ILogger<LinkedInPublisher> logger)
    : IPlatformPublisher, IPublicationFinder, IAccountVerifier
{
    public string Platform => LinkedInPlatform.PlatformName;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken) =>
        UnexpectedReply.GuardAsync(LinkedInPlatform.PlatformName, () => PublishCoreAsync(request, cancellationToken));

    private async Task<PublishResult> PublishCoreAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var options = accounts.Get(request.Account);
        var api = new LinkedInApi(http.CreateClient(LinkedInApi.ClientName), options);
        var images = new JsonArray();
        foreach (var media in request.Media)
        {
            var init = await api.InitializeUploadAsync(cancellationToken);
            if (!init.IsSuccess)
            {
                return LinkedInFailures.Classify(init, request.Account, time);
            }

            var value = init.Json().GetProperty("value");
            var upload = await api.UploadAsync(new Uri(value.GetProperty("uploadUrl").GetString()!), media.Content, media.ContentType, cancellationToken);
            if (!upload.IsSuccess)
            {
                return LinkedInFailures.Classify(upload, request.Account, time);
            }

            images.Add(new JsonObject { ["id"] = value.GetProperty("image").GetString(), ["altText"] = media.AltText });
        }

        var created = await api.CreatePostAsync(Post(options.Author, request.Text, images), cancellationToken);
        if (created.IsSuccess && created.Header("x-restli-id") is { } urn)
        {
            logger.LogInformation("LinkedIn published {PostId}.{Locale} for {Account} as {Urn}", request.PostId, request.Locale, request.Account, urn);
            return Published(urn);
        }

        if (created.IsSuccess)
        {
            return UnexpectedReply.Result(LinkedInPlatform.PlatformName, new KeyNotFoundException("x-restli-id"));
        }

        // LinkedIn refuses the same commentary twice and names the post that has it: an earlier attempt made it.
        return LinkedInFailures.DuplicateOf(created) is { } existing ? Published(existing) : LinkedInFailures.Classify(created, request.Account, time);
    }

    public async Task<PublishResult?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var api = new LinkedInApi(http.CreateClient(LinkedInApi.ClientName), accounts.Get(request.Account));
        var recent = await api.PostsByAuthorAsync(cancellationToken);
        if (!recent.IsSuccess)
        {
            return LinkedInFailures.Classify(recent, request.Account, time);
        }

        var commentary = LittleText.Escape(request.Text);
        var match = recent.Json().GetProperty("elements").EnumerateArray()
            .FirstOrDefault(p => p.TryGetProperty("commentary", out var c) && c.GetString() == commentary);
        return match.ValueKind == JsonValueKind.Undefined ? null : Published(match.GetProperty("id").GetString()!);
    }

    private static JsonObject Post(string author, string text, JsonArray images)
    {
        var post = new JsonObject
        {
            ["author"] = author,
            ["commentary"] = LittleText.Escape(text),
            ["visibility"] = "PUBLIC",
            ["distribution"] = new JsonObject { ["feedDistribution"] = "MAIN_FEED", ["targetEntities"] = new JsonArray(), ["thirdPartyDistributionChannels"] = new JsonArray() },
            ["lifecycleState"] = "PUBLISHED",
            ["isReshareDisabledByAuthor"] = false,
        };

        // A text post has no content at all: Rest.li refuses "content": null as a value of the wrong type.
        if (images.Count > 0)
        {
            post["content"] = images.Count == 1
                ? new JsonObject { ["media"] = images[0]!.DeepClone() }
                : new JsonObject { ["multiImage"] = new JsonObject { ["images"] = images.DeepClone() } };
        }

        return post;
    }

    private static PublishResult Published(string urn) => PublishResult.Published(urn, new Uri($"https://www.linkedin.com/feed/update/{urn}"));

    /// <summary>LinkedIn has no read call that posting scopes allow, so this asks for an upload slot (unused ones expire).</summary>
    public async Task<AccountStatus> VerifyAsync(string account, CancellationToken cancellationToken)
    {
        var options = accounts.Get(account);
        var init = await new LinkedInApi(http.CreateClient(LinkedInApi.ClientName), options).InitializeUploadAsync(cancellationToken);
        return init.IsSuccess
            ? new AccountStatus(true, $"may upload and post as {options.Author} (API version {options.Version})")
            : new AccountStatus(false, LinkedInFailures.Classify(init, account, time).Message!);
    }
}
