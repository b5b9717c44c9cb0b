using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>
/// Creates the user tables and the first admin before the server starts listening, so the first request already
/// finds them. Runs in <see cref="IHostedLifecycleService.StartingAsync"/>, ahead of every hosted service's start.
/// </summary>
internal sealed class WebAppInitializer(IServiceScopeFactory scopes, UsersDatabase database) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        await UsersSchema.EnsureAsync(context, database.Provider, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<BootstrapAdmin>().EnsureAsync();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
