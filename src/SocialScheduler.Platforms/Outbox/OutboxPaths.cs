using System.Text.Json;
using System.Text.RegularExpressions;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Outbox;

internal sealed partial class OutboxPaths(string root, PublishRequest request)
{
    public string Folder { get; } = Path.GetFullPath(Path.Combine(root, request.Account));

    public string Json => Path.Combine(Folder, $"{request.PostId}.{request.Locale}.json");

    public string MediaFile(int index, string contentType)
    {
        var extension = contentType switch
        {
            "image/jpeg" => "jpg",
            "image/webp" => "webp",
            "image/gif" => "gif",
            _ => "png",
        };
        return index == 0 ? $"{request.PostId}.{request.Locale}.{extension}" : $"{request.PostId}.{request.Locale}.{index + 1}.{extension}";
    }

    public PublishResult Result() => PublishResult.Published($"{request.Account}/{request.PostId}.{request.Locale}", new Uri(Json));

    /// <summary>Names become file names: anything that could leave the outbox folder is refused.</summary>
    public static string? Invalid(PublishRequest request) =>
        !SafeName().IsMatch(request.Account) ? $"Account name '{request.Account}' cannot be an outbox folder name: use letters, digits, '-', '_' or '.'."
        : !SafeName().IsMatch(request.PostId) ? $"Post id '{request.PostId}' cannot be an outbox file name: use letters, digits and '-'."
        : !SafeName().IsMatch(request.Locale) ? $"Locale '{request.Locale}' cannot be part of an outbox file name."
        : null;

    [GeneratedRegex("^(?!\\.)[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex SafeName();
}

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
