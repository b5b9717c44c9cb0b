namespace SocialScheduler.Worker.Web.Auth;

/// <summary>The four roles of the web app. A user holds exactly one.</summary>
public static class WebRoles
{
    /// <summary>Manages users, runs the job dashboard, pauses publishing.</summary>
    public const string Admin = "Admin";

    /// <summary>Plans, composes, approves, cancels and retries publications; sees the dashboard read-only.</summary>
    public const string Comms = "Comms";

    /// <summary>Previews and downloads every card image.</summary>
    public const string Designer = "Designer";

    /// <summary>Sees calendars and publications, changes nothing.</summary>
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Comms, Designer, Viewer];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

/// <summary>Authorization policy names used by pages and endpoints.</summary>
public static class WebPolicies
{
    public const string Admin = "web:admin";
    public const string Compose = "web:compose";
    public const string Dashboard = "web:dashboard";
    public const string Preview = "web:preview";
}
