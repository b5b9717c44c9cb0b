using SocialScheduler.Platforms.Accounts;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Storage;

namespace SocialScheduler.Platforms.Outbox;

/// <summary>
/// The dry-run platform: writes each post variant to <c>Outbox:Path</c> as <c>&lt;account&gt;/&lt;post-id&gt;.&lt;locale&gt;.json</c>
/// plus its images (<c>.png</c>, <c>.2.png</c>, …). The JSON file is written last, so its presence means the whole post is there.
/// </summary>
/// <remarks>
/// A full disk is not the post's fault: the attempt is put off (as a rate limit is, spending no attempt) and the
/// folder reported in <see cref="FullDisks"/> until a write there succeeds.
/// </remarks>
internal sealed class OutboxPublisher(IOptions<OutboxOptions> options, FullDisks disks, TimeProvider time, ILogger<OutboxPublisher> logger)
    : IPlatformPublisher, IPublicationFinder, IAccountVerifier, IDisposable
{
    public const string PlatformName = "Outbox";

    /// <summary>How long a post waits before the outbox tries again on a full disk.</summary>
    internal static readonly TimeSpan FullDiskWait = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Platform => PlatformName;

    public async Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (OutboxPaths.Invalid(request) is { } problem)
        {
            return PublishResult.Failed(FailureKind.Permanent, problem);
        }

        var paths = new OutboxPaths(options.Value.Path, request);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var existing = await ReadAsync(paths, cancellationToken);
            if (existing is not null && existing.IdempotencyKey == request.IdempotencyKey)
            {
                return paths.Result();
            }

            Directory.CreateDirectory(paths.Folder);
            var media = new List<OutboxMedia>();
            for (var i = 0; i < request.Media.Count; i++)
            {
                var item = request.Media[i];
                var file = paths.MediaFile(i, item.ContentType);
                await AtomicFile.WriteAsync(Path.Combine(paths.Folder, file), item.Content, cancellationToken);
                media.Add(new OutboxMedia(file, item.ContentType, item.AltText, item.Width, item.Height, item.Content.Length));
            }

            var entry = new OutboxEntry(request.Account, request.PostId, request.Locale, request.Text,
                request.IdempotencyKey, time.GetUtcNow(), media);
            await AtomicFile.WriteAsync(paths.Json, JsonSerializer.SerializeToUtf8Bytes(entry, OutboxJson.Options), cancellationToken);
            logger.LogInformation("Outbox wrote {Account}/{PostId}.{Locale}", request.Account, request.PostId, request.Locale);
            disks.Cleared(Root);
            return paths.Result();
        }
        catch (IOException e) when (FullDisks.IsDiskFull(e))
        {
            // Each file is written aside and renamed, so the failed one left nothing; the JSON, written last, is not there.
            if (disks.Report(Root, "the outbox folder", e.Message))
            {
                logger.LogError("Disk full at {Folder} (the outbox folder); posts to the outbox wait until space is freed there", Root);
            }

            var retry = time.GetUtcNow() + FullDiskWait;
            return PublishResult.Failed(FailureKind.RateLimited, $"The outbox's disk is full at {Root}: {e.Message} Free space there; it tries again at {retry:u}.", retry);
        }
        catch (IOException e)
        {
            return PublishResult.Failed(FailureKind.Transient, $"The outbox could not write {paths.Json}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return PublishResult.Failed(FailureKind.Permanent, $"The outbox may not write {paths.Json}: {e.Message} Check Outbox:Path.");
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<PublishResult?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (OutboxPaths.Invalid(request) is not null)
        {
            return null;
        }

        var paths = new OutboxPaths(options.Value.Path, request);
        return await ReadAsync(paths, cancellationToken) is null ? null : paths.Result();
    }

    public void Dispose() => _gate.Dispose();

    private string Root => Path.GetFullPath(options.Value.Path);

    private static async Task<OutboxEntry?> ReadAsync(OutboxPaths paths, CancellationToken cancellationToken)
    {
        if (!File.Exists(paths.Json))
        {
            return null;
        }

        await using var stream = File.OpenRead(paths.Json);
        return await JsonSerializer.DeserializeAsync<OutboxEntry>(stream, OutboxJson.Options, cancellationToken);
    }

    public async Task<AccountStatus> VerifyAsync(string account, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(options.Value.Path, account));
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".check-{Guid.NewGuid():N}");
            await File.WriteAllTextAsync(probe, "", cancellationToken);
            File.Delete(probe);
            return new AccountStatus(true, $"writes to {folder}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new AccountStatus(false, $"cannot write to {folder}: {e.Message} Set Outbox:Path to a writable folder.");
        }
    }
}
