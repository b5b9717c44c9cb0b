using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Storage;
using SocialScheduler.Platforms.Outbox;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Outbox;

public sealed class OutboxPublisherFacts : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("outbox-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly OutboxPublisher _publisher;

    public OutboxPublisherFacts() =>
        _publisher = new OutboxPublisher(Options.Create(new OutboxOptions { Path = _root }), new FullDisks(_time), _time, NullLogger<OutboxPublisher>.Instance);

    [Fact]
    public async Task Each_locale_becomes_a_json_file_with_text_alt_text_and_time_beside_its_png()
    {
        foreach (var locale in Some.Locales)
        {
            var result = await _publisher.PublishAsync(Some.Post("outbox", locale), TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded, result.ToString());
        }

        foreach (var locale in Some.Locales)
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "outbox", $"reports-2021.{locale}.json"), TestContext.Current.CancellationToken));
            var root = json.RootElement;
            Assert.Equal(Some.Texts[locale], root.GetProperty("text").GetString());
            Assert.Contains(Some.Hashtag, root.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal(locale, root.GetProperty("locale").GetString());
            Assert.Equal(_time.GetUtcNow(), root.GetProperty("publishedAt").GetDateTimeOffset());
            var media = root.GetProperty("media")[0];
            Assert.Equal(Some.AltText(locale), media.GetProperty("altText").GetString());
            Assert.Equal($"reports-2021.{locale}.png", media.GetProperty("file").GetString());
            var png = await File.ReadAllBytesAsync(Path.Combine(_root, "outbox", $"reports-2021.{locale}.png"), TestContext.Current.CancellationToken);
            Assert.Equal(Some.Post("outbox", locale).Media[0].Content.ToArray(), png);
        }
    }

    [Fact]
    public async Task Publishing_the_same_idempotency_key_twice_returns_the_first_post_and_writes_nothing_new()
    {
        var first = await _publisher.PublishAsync(Some.Post("outbox"), TestContext.Current.CancellationToken);
        var json = Path.Combine(_root, "outbox", "reports-2021.en.json");
        var written = File.GetLastWriteTimeUtc(json);
        _time.Advance(TimeSpan.FromMinutes(5));

        var second = await _publisher.PublishAsync(Some.Post("outbox", text: "changed " + Some.Hashtag), TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(json));
        Assert.DoesNotContain("changed", await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_root, "outbox")).Length);
    }

    [Fact]
    public async Task Concurrent_publishes_of_one_key_leave_one_complete_post_and_no_temporary_files()
    {
        var tasks = Enumerable.Range(0, 8).Select(_ => _publisher.PublishAsync(Some.Post("outbox"), TestContext.Current.CancellationToken));

        var results = await Task.WhenAll(tasks);

        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.Equal(["reports-2021.en.json", "reports-2021.en.png"], Directory.GetFiles(Path.Combine(_root, "outbox")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task The_finder_sees_a_written_post_and_nothing_before_it()
    {
        Assert.Null(await _publisher.FindAsync(Some.Post("outbox"), TestContext.Current.CancellationToken));

        var published = await _publisher.PublishAsync(Some.Post("outbox"), TestContext.Current.CancellationToken);

        Assert.Equal(published, await _publisher.FindAsync(Some.Post("outbox", key: "another attempt"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_post_id_that_would_leave_the_outbox_folder_is_refused_as_permanent()
    {
        var result = await _publisher.PublishAsync(Some.Post("outbox", postId: "../escape"), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Permanent, result.Failure);
        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public async Task An_outbox_that_cannot_be_written_is_a_transient_failure_naming_the_file()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "outbox"), "a file where the folder should be", TestContext.Current.CancellationToken);

        var result = await _publisher.PublishAsync(Some.Post("outbox"), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Transient, result.Failure);
        Assert.Contains("reports-2021.en.json", result.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _publisher.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
