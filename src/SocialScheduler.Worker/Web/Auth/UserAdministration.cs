using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialScheduler.Core.Partners;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>One line of the user list.</summary>
/// <param name="Partner">The partner the user is scoped to; null for the campaign's own people.</param>
public sealed record UserSummary(string Id, string UserName, string Role, bool Locked, bool MustChangePassword, string? Partner = null);

/// <summary>What admins do to users, shared by the Users page and <c>/api/users</c>. Errors are sentences for people.</summary>
public sealed class UserAdministration(UserManager<WebUser> users, TimeProvider time, PartnerCatalog partners)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var result = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            result.Add(await SummaryAsync(user));
        }

        return result;
    }

    /// <param name="partner">The partner the user works for (they then see and act on its accounts only); null or empty for none.</param>
    public async Task<(UserSummary? User, IReadOnlyList<string> Errors)> CreateAsync(string userName, string password, string role, string? partner = null)
    {
        if (!WebRoles.IsKnown(role))
        {
            return (null, [$"Role '{role}' does not exist: choose {string.Join(", ", WebRoles.All)}."]);
        }

        if (userName?.Trim() is { Length: > Security.PasswordCheck.MaxUserNameLength })
        {
            return (null, [$"A user name has at most {Security.PasswordCheck.MaxUserNameLength} characters."]);
        }

        partner = string.IsNullOrWhiteSpace(partner) ? null : partner.Trim();
        if (partner is not null && !partners.IsKnown(partner))
        {
            return (null, [$"Partner '{partner}' does not exist: choose one of {string.Join(", ", partners.Ids)}, or none for the campaign's own people."]);
        }

        var user = new WebUser { UserName = userName?.Trim(), MustChangePassword = true, Partner = partner };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            return (null, Describe(created));
        }

        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? (await SummaryAsync(user), []) : (null, Describe(added));
    }

    public async Task<IReadOnlyList<string>> SetRoleAsync(string actingUserId, string userId, string role)
    {
        if (!WebRoles.IsKnown(role))
        {
            return [$"Role '{role}' does not exist: choose {string.Join(", ", WebRoles.All)}."];
        }

        if (actingUserId == userId && role != WebRoles.Admin)
        {
            return ["You cannot take the Admin role from yourself: ask another admin."];
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["That user no longer exists."];
        }

        var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        if (!removed.Succeeded)
        {
            return Describe(removed);
        }

        var added = await users.AddToRoleAsync(user, role);

        // The new role applies from the next sign-in: sessions holding the old one end at once.
        return added.Succeeded ? Describe(await users.UpdateSecurityStampAsync(user)) : Describe(added);
    }

    /// <summary>Ends every session of the user, wherever its cookie is; the user signs in again.</summary>
    public async Task<IReadOnlyList<string>> SignOutEverywhereAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null ? ["That user no longer exists."] : Describe(await users.UpdateSecurityStampAsync(user));
    }

    public async Task<IReadOnlyList<string>> ResetPasswordAsync(string userId, string password)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["That user no longer exists."];
        }

        var removed = await users.RemovePasswordAsync(user);
        var added = removed.Succeeded ? await users.AddPasswordAsync(user, password ?? "") : removed;
        if (!added.Succeeded)
        {
            return Describe(added);
        }

        user.MustChangePassword = true;
        return Describe(await users.UpdateAsync(user));
    }

    public async Task<IReadOnlyList<string>> SetLockedAsync(string actingUserId, string userId, bool locked)
    {
        if (actingUserId == userId && locked)
        {
            return ["You cannot lock yourself out: ask another admin."];
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["That user no longer exists."];
        }

        var until = locked ? DateTimeOffset.MaxValue : (DateTimeOffset?)null;
        var result = await users.SetLockoutEndDateAsync(user, until);
        if (result.Succeeded)
        {
            // Ends the locked user's sessions at once.
            await users.UpdateSecurityStampAsync(user);
        }

        return Describe(result);
    }

    private async Task<UserSummary> SummaryAsync(WebUser user)
    {
        var roles = await users.GetRolesAsync(user);
        var locked = user.LockoutEnd is { } end && end > time.GetUtcNow();
        return new(user.Id, user.UserName ?? "", roles.FirstOrDefault() ?? "", locked, user.MustChangePassword, user.Partner);
    }

    private static IReadOnlyList<string> Describe(IdentityResult result) =>
        result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList();
}
