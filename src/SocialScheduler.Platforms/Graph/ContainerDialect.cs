using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Graph;

/// <summary>
/// How one container platform spells the same flow: where containers are made and published, the status field,
/// the publishing-limit and recent-posts edges, and the fields of a container for a post.
/// </summary>
/// <param name="Create">The edge that makes a container: <c>media</c> or <c>threads</c>.</param>
/// <param name="Publish">The edge that publishes one: <c>media_publish</c> or <c>threads_publish</c>.</param>
/// <param name="Status">The container's status field: <c>status_code</c> or <c>status</c>.</param>
/// <param name="Limit">The edge that tells the publishing quota used in the last 24 hours.</param>
/// <param name="Recent">The edge listing the account's recent posts, with the field that holds their text.</param>
/// <param name="ContentTypes">The image types it fetches; a card in another type is never shared.</param>
/// <param name="Fields">The container's form fields for a request and its image's public URL (null without an image);
/// null when the platform cannot make that post (Instagram has no text-only post).</param>
/// <param name="AuthHint">What to check when the token is refused.</param>
internal sealed record ContainerDialect(
    string Platform,
    string Create,
    string Publish,
    string Status,
    string Limit,
    (string Edge, string TextField) Recent,
    IReadOnlyList<string> ContentTypes,
    Func<PublishRequest, Uri?, IReadOnlyList<KeyValuePair<string, string>>?> Fields,
    string AuthHint);
