using System.Text.Json;
using Microsoft.Playwright;
using SocialScheduler.Testing;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>Runs axe-core (the npm package's axe.min.js, see .ci/setup-axe.sh) in a page.</summary>
public static class Axe
{
    /// <summary>Each serious or critical violation on the page as "rule: what it says (how many elements)".</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Peers.Axe() });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')})`)
            """);
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
