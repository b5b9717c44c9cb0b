namespace SocialScheduler.Platforms.Tests.Fakes.Meta;

/// <summary>How Instagram and Threads spell the same container contract, and what each takes.</summary>
public sealed record ContainerFlavour(
    string Name, string Create, string Publish, string StatusField, string Limit, string Recent, string TextField,
    int MaxText, Func<string, int> CountText, IReadOnlyList<string> ImageTypes, int QuotaTotal)
{
    public static ContainerFlavour Instagram { get; } = new(
        "Instagram", "media", "media_publish", "status_code", "content_publishing_limit", "media", "caption",
        2200, t => t.Length, ["image/jpeg"], 50);

    public static ContainerFlavour Threads { get; } = new(
        "Threads", "threads", "threads_publish", "status", "threads_publishing_limit", "threads", "text",
        500, ThreadsCount, ["image/jpeg", "image/png"], 250);

    /// <summary>Characters, an emoji counted as its UTF-8 bytes (Threads' posts page).</summary>
    private static int ThreadsCount(string text)
    {
        var count = 0;
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var first = char.ConvertToUtf32(element, 0);
            count += first is >= 0x1F000 or (>= 0x2600 and <= 0x27BF) ? System.Text.Encoding.UTF8.GetByteCount(element) : 1;
        }

        return count;
    }
}

/// <summary>A container as the fake holds it, with the image it fetched itself.</summary>
public sealed class FakeContainer(string id, string text, string? altText, Uri? imageUrl, string? imageType, byte[]? image)
{
    public string Id => id;
    public string Text => text;
    public string? AltText => altText;
    public Uri? ImageUrl => imageUrl;
    public string? ImageType => imageType;
    public byte[]? Image => image;

    /// <summary>Status reads still answered IN_PROGRESS before FINISHED.</summary>
    public int ReadsInProgress { get; set; }

    public string Status { get; set; } = "IN_PROGRESS";

    public string? MediaId { get; set; }
}
