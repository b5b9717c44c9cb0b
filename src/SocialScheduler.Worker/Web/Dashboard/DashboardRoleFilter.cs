using Hangfire.Dashboard;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Web.Dashboard;

/// <summary>
/// Second lock on the dashboard, behind the endpoint's authorization policy: whatever the caller's address, only a
/// signed-in Admin or Comms user gets in. It replaces Hangfire's local-requests-only default, which would let any
/// request through a reverse proxy on the same host.
/// </summary>
internal sealed class DashboardRoleFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        // The dashboard lists every partner's jobs: a person scoped to one partner does not get in.
        return user.Identity?.IsAuthenticated == true
            && (user.IsInRole(WebRoles.Admin) || user.IsInRole(WebRoles.Comms))
            && PartnerScope.PartnerOf(user) is null;
    }

    /// <summary>Comms see the jobs but cannot trigger, retry or delete them.</summary>
    public static bool IsReadOnly(DashboardContext context) => !context.GetHttpContext().User.IsInRole(WebRoles.Admin);
}
