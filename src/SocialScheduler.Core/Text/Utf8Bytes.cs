using System.Text;

namespace SocialScheduler.Core.Text;

/// <summary>The length of a text once encoded as UTF-8, for platforms that cap the bytes they store.</summary>
public static class Utf8Bytes
{
    public static int Count(string text) => Encoding.UTF8.GetByteCount(text);
}
