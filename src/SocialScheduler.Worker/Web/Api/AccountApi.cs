using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Web.Api;

/// <summary>The signed-in user, the antiforgery token for scripts, and user administration.</summary>
internal static class AccountApi
{
    public sealed record Me(string UserName, IReadOnlyList<string> Roles);

    public sealed record AntiforgeryToken(string HeaderName, string Token);

    /// <param name="Partner">A partner id: the user then sees and acts on that partner's accounts only; null for the whole campaign.</param>
    public sealed record NewUser(string UserName, string Password, string Role, string? Partner = null);

    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new Me(
                user.Identity?.Name ?? "",
                WebRoles.All.Where(user.IsInRole).ToList())))
            .WithSummary("The signed-in user and their roles.");

        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return TypedResults.Ok(new AntiforgeryToken(WebAntiforgery.HeaderName, tokens.RequestToken ?? ""));
            })
            .WithSummary("A token to send in the X-CSRF-TOKEN header of every POST, PUT and DELETE.");

        var users = api.MapGroup("/users").RequireAuthorization(WebPolicies.Admin).WithTags("Users");
        users.MapGet("/", (UserAdministration admin, CancellationToken ct) => admin.ListAsync(ct))
            .WithSummary("Every user with their role (Admin only).");
        users.MapPost("/", CreateUserAsync)
            .WithSummary("Creates a user who must change the given password at first sign-in (Admin only).");
        users.MapPost("/{id}/sign-out", async (string id, UserAdministration admin) =>
                await admin.SignOutEverywhereAsync(id) is { Count: > 0 } errors
                    ? Results.Problem(title: "Not signed out", detail: string.Join(" ", errors), statusCode: StatusCodes.Status404NotFound)
                    : Results.NoContent())
            .WithSummary("Ends every session of the user, wherever its cookie is (Admin only).");
        return api;
    }

    private static async Task<Results<Created<UserSummary>, ProblemHttpResult>> CreateUserAsync(NewUser body, UserAdministration admin)
    {
        var (user, errors) = await admin.CreateAsync(body.UserName, body.Password, body.Role, body.Partner);
        if (user is null)
        {
            return TypedResults.Problem(
                title: "The user was not created",
                detail: string.Join(" ", errors),
                statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Created($"/api/users/{user.Id}", user);
    }
}
