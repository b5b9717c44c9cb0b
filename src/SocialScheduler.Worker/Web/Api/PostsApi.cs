using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Web.Api;

/// <summary>Posts written through the API: create, edit (reschedule), cancel and approve, under the same rules as the pages.</summary>
internal static class PostsApi
{
    public sealed record CancelBody(string? Reason, string? Account, string? Locale);

    public static RouteGroupBuilder MapPostsApi(this RouteGroupBuilder api)
    {
        var posts = api.MapGroup("/posts").WithTags("Posts").RequireAuthorization(WebPolicies.Compose);
        posts.MapGet("/", async (IWebPostStore store, HttpContext http, PartnerScope scope, CancellationToken ct) =>
                (await store.ListAsync(ct)).Where(p => p.Accounts.All(a => scope.Allows(http.User, a))).ToList())
            .WithSummary("Posts written in the browser or through this API (schedule files are not listed).");
        posts.MapPost("/", (ComposeForm form, HttpContext http, PostComposer composer, CancellationToken ct) => SaveAsync(form, http, composer, editing: false, ct))
            .WithSummary("Creates a post; checked with the same rules as `validate`. 400 lists every finding by field.");
        posts.MapPut("/{postId}", (string postId, ComposeForm form, HttpContext http, PostComposer composer, CancellationToken ct) =>
                SaveAsync(Named(form, postId), http, composer, editing: true, ct))
            .WithSummary("Replaces a post written in the browser: new time (reschedule), text, accounts or locales.");
        posts.MapPost("/{campaign}/{postId}/cancel", async (string campaign, string postId, CancelBody? body, HttpContext http, ScopedCommands scoped, CancellationToken ct) =>
                ApiResults.From(await scoped.CancelAsync(http.User, campaign, postId, body?.Reason, body?.Account, body?.Locale, ct)))
            .WithSummary("Cancels the pending publications of a post (all, or one account and/or locale). For a repeating post " +
                "with neither, it cancels the series: no later occurrence is added until it is resumed or the post changes.");
        posts.MapPost("/{campaign}/{postId}/resume", async (string campaign, string postId, HttpContext http, ScopedCommands scoped, CancellationToken ct) =>
                ApiResults.From(await scoped.ResumeSeriesAsync(http.User, campaign, postId, ct)))
            .WithSummary("Resumes a cancelled series: occurrences from now on are added again; the ones cancelled stay so.");
        posts.MapPost("/{campaign}/{postId}/approve/{locale}", async (string campaign, string postId, string locale, HttpContext http, ScopedCommands scoped, CancellationToken ct) =>
                ApiResults.From(await scoped.ApproveAsync(http.User, campaign, postId, locale, ct)))
            .WithSummary("Approves one locale of a post for every account (a person scoped to a partner: that partner's accounts); the author cannot approve their own post.");
        return api;
    }

    private static ComposeForm Named(ComposeForm form, string postId)
    {
        form.Id = postId;
        return form;
    }

    private static async Task<Results<Created<ScheduledPost>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        ComposeForm form, HttpContext http, PostComposer composer, bool editing, CancellationToken cancellationToken)
    {
        var result = await composer.SaveAsync(form, http.User.Identity!.Name!, editing, cancellationToken, PartnerScope.PartnerOf(http.User));
        if (result.Forbidden is { } forbidden)
        {
            return ApiResults.NotYourPartner(forbidden);
        }

        if (result.Post is null)
        {
            var errors = result.Diagnostics.Where(d => d.IsError)
                .GroupBy(d => d.Field)
                .ToDictionary(g => g.Key, g => g.Select(d => d.Message).ToArray());
            return TypedResults.ValidationProblem(errors, title: "The post was not saved", detail: "Nothing was stored. Fix every field listed and send it again.");
        }

        return TypedResults.Created($"/api/publications?campaign={result.Post.Campaign}&post={result.Post.Id}", result.Post);
    }
}
