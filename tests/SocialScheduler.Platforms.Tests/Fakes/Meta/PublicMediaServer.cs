using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SocialScheduler.Platforms.PublicMedia;

namespace SocialScheduler.Platforms.Tests.Fakes.Meta;

/// <summary>
/// Serves <see cref="Store"/> at <c>/media/&lt;name&gt;</c> on loopback as the web host does: the file with its type and
/// length while it is live, 404 otherwise. The store is set once the harness that owns it is built.
/// </summary>
public sealed class PublicMediaServer : LoopbackFake
{
    public PublicMediaStore? Store { get; set; }

    protected override void Map(WebApplication app) =>
        app.MapGet("/media/{name}", async (string name, HttpContext context) =>
        {
            if (Store?.TryOpen(name) is not { } file)
            {
                context.Response.StatusCode = 404;
                return;
            }

            var bytes = await File.ReadAllBytesAsync(file.Path, context.RequestAborted);
            context.Response.ContentType = file.ContentType;
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        });

    protected override Task WriteFaultAsync(HttpContext context, Fault fault)
    {
        context.Response.StatusCode = 503;
        return Task.CompletedTask;
    }
}
