using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>
/// Users, roles and their links, kept in the same database as the publication ledger. Only the Identity tables
/// belong to this context, so creating its tables never touches anyone else's.
/// </summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : IdentityDbContext<WebUser>(options)
{
    /// <summary>The table whose presence tells that this context's schema exists.</summary>
    internal const string MarkerTable = "AspNetUsers";
}
