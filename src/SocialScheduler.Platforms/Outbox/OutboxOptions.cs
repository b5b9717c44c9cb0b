using System.ComponentModel.DataAnnotations;

namespace SocialScheduler.Platforms.Outbox;

/// <summary>Settings of the dry-run publisher, bound from <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Folder that receives <c>&lt;account&gt;/&lt;post-id&gt;.&lt;locale&gt;.json</c> and its images.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Outbox:Path is empty: set it to a writable folder, e.g. data/outbox.")]
    public string Path { get; set; } = "data/outbox";
}
