using System.Collections.Concurrent;
using SocialScheduler.Imaging.Assets;

namespace SocialScheduler.Imaging.Text;

/// <summary>
/// Fitted texts by assets, box and text: a statistic's number, caption, source and hashtag are the same on the
/// campaign's card and on every partner's, so fourteen partners fit each of them once instead of fourteen times.
/// </summary>
/// <remarks>Thread-safe; entries of replaced assets are dropped by <see cref="Retain"/>.</remarks>
internal sealed class FitCache
{
    private readonly ConcurrentDictionary<(string Fingerprint, TextBox Box, string Text), FitResult> _fits = new();

    public FitResult Fit(string fingerprint, string text, FontFace face, TextBox box) =>
        _fits.GetOrAdd((fingerprint, box, text), key => TextFitter.Fit(key.Text, face, key.Box));

    public void Retain(string fingerprint)
    {
        foreach (var key in _fits.Keys.Where(k => k.Fingerprint != fingerprint))
        {
            _fits.TryRemove(key, out _);
        }
    }
}
