using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Worker.Web.Accounts;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Pages.Accounts;

/// <summary>Where a platform sends the browser back after sign-in; the answer is shown on the Accounts page.</summary>
[Authorize(Policy = WebPolicies.Admin)]
public sealed class CallbackModel(AccountConnections connections) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task<IActionResult> OnGetAsync(string platform, string? state, string? code, string? error, [FromQuery(Name = "error_description")] string? errorDescription)
    {
        var outcome = await connections.CompleteAsync(platform, state, code, error, errorDescription, User.Identity!.Name!, HttpContext.RequestAborted);
        (Message, Error) = outcome.Succeeded ? (outcome.Message, (string?)null) : ((string?)null, outcome.Message);
        return RedirectToPage("/Admin/Accounts");
    }
}
