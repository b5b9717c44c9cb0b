using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Worker.Web.Security;

namespace SocialScheduler.Worker.Pages;

/// <summary>The page shown for error status codes, whatever the method of the failed request.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            400 when HttpContext.Items.ContainsKey(AntiforgeryFailureFilter.ItemKey) =>
                ("Form expired", "The form could not be verified (its security token is missing or out of date). Nothing was saved: go back, reload the page and submit it again."),
            400 => ("Bad request", "The request could not be understood. Nothing was saved."),
            403 => ("Not allowed", "Your role cannot do this. Ask an admin if you need it."),
            404 => ("Not found", "There is nothing at this address."),
            _ when code >= 500 => ("Something went wrong", "The server failed to handle this request. Nothing was saved; try again, and tell an admin if it happens again."),
            _ => ($"Error {code}", "The request could not be completed."),
        };
    }
}
