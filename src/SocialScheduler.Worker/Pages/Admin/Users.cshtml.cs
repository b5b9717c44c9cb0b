using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Core.Partners;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Pages.Admin;

[Authorize(Policy = WebPolicies.Admin)]
public sealed class UsersModel(UserAdministration admin, UserManager<WebUser> users, PartnerCatalog partners) : PageModel
{
    public IReadOnlyList<string> PartnerIds => partners.Ids;

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => Users = await admin.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCreateAsync(string userName, string password, string role, string? partner)
    {
        var (created, errors) = await admin.CreateAsync(userName, password, role, partner);
        return await DoneAsync(errors, created is null ? null
            : $"Created {created.UserName} as {created.Role}" + (created.Partner is null ? "." : $" of {created.Partner}."));
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role) =>
        await DoneAsync(await admin.SetRoleAsync(ActingUserId, id, role), $"Role set to {role}.");

    public async Task<IActionResult> OnPostPasswordAsync(string id, string password) =>
        await DoneAsync(await admin.ResetPasswordAsync(id, password), "Password reset; the user chooses a new one at next sign-in.");

    public async Task<IActionResult> OnPostLockAsync(string id, bool locked) =>
        await DoneAsync(await admin.SetLockedAsync(ActingUserId, id, locked), locked ? "User locked." : "User unlocked.");

    public async Task<IActionResult> OnPostSignOutAsync(string id) =>
        await DoneAsync(await admin.SignOutEverywhereAsync(id), "Signed out everywhere; the user signs in again.");

    private string ActingUserId => users.GetUserId(User) ?? "";

    // Success redirects (so a reload does not post again); failure shows the page with the errors and nothing changed.
    private async Task<IActionResult> DoneAsync(IReadOnlyList<string> errors, string? success)
    {
        if (errors.Count == 0)
        {
            Message = success;
            return RedirectToPage();
        }

        Errors = errors;
        await OnGetAsync();
        return Page();
    }
}
