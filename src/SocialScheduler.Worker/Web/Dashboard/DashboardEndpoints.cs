using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Web.Dashboard;

internal static class DashboardEndpoints
{
    public const string Path = "/hangfire";

    /// <summary>
    /// The endpoint policy challenges anonymous callers (redirect to sign-in, 401 for non-browsers) and refuses other
    /// roles; the filter checks again inside Hangfire. Antiforgery is enforced because <c>IAntiforgery</c> is registered.
    /// </summary>
    public static IEndpointConventionBuilder MapJobDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new DashboardRoleFilter()],
            IsReadOnlyFunc = DashboardRoleFilter.IsReadOnly,
            DisplayStorageConnectionString = false,
            DashboardTitle = "SocialScheduler jobs",
            AppPath = "/",
        })
        .RequireAuthorization(WebPolicies.Dashboard);
}
