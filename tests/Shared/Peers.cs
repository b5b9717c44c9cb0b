namespace SocialScheduler.Testing;

/// <summary>
/// Real peers the integration tests talk to, found through environment variables that <c>.ci/run</c> sets.
/// On a developer machine a missing peer skips the test with the reason; in CI (<c>CI=true</c>) it fails it,
/// because a skipped integration test there would hide a broken set-up step.
/// </summary>
public static class Peers
{
    public const string PostgresVariable = "SOCIALSCHEDULER_TEST_POSTGRES";
    public const string BlueskyPdsVariable = "SOCIALSCHEDULER_TEST_PDS";
    public const string ChromiumVariable = "SOCIALSCHEDULER_TEST_CHROMIUM";
    public const string AxeVariable = "SOCIALSCHEDULER_TEST_AXE";
    public const string SmtpVariable = "SOCIALSCHEDULER_TEST_SMTP";
    public const string SmtpMaildirVariable = "SOCIALSCHEDULER_TEST_SMTP_MAILDIR";

    /// <summary>A PostgreSQL connection string to a database the test may change.</summary>
    public static string Postgres() => Require(PostgresVariable, "a PostgreSQL connection string, e.g. Host=127.0.0.1;Username=postgres;Password=postgres;Database=socialscheduler_test");

    /// <summary>The base URL of a running Bluesky PDS (see tests/peers/bluesky-pds).</summary>
    public static Uri BlueskyPds() => new(Require(BlueskyPdsVariable, "the URL of a running Bluesky PDS, e.g. http://127.0.0.1:2583"));

    /// <summary>
    /// A real SMTP server on loopback (see .ci/setup-smtp.sh) and the folder where it stores each message it accepts
    /// as a .eml file; it refuses senders whose address starts with <c>refused@</c>.
    /// </summary>
    public static (string Host, int Port, string Maildir) Smtp()
    {
        var address = Require(SmtpVariable, "host:port of a running SMTP server, e.g. 127.0.0.1:2525 (see .ci/setup-smtp.sh)");
        var maildir = Require(SmtpMaildirVariable, "the folder where the SMTP server of .ci/setup-smtp.sh stores messages");
        var colon = address.LastIndexOf(':');
        return (address[..colon], int.Parse(address[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), maildir);
    }

    /// <summary>The path of a Chromium executable for Playwright.</summary>
    public static string Chromium()
    {
        var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (string.IsNullOrEmpty(configured) && File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        return Require(ChromiumVariable, "the path of a Chromium executable, e.g. /usr/bin/chromium");
    }

    /// <summary>The path of axe-core's <c>axe.min.js</c>, from the npm package (see .ci/setup-axe.sh).</summary>
    public static string Axe() => Require(AxeVariable, "the path of axe.min.js from the axe-core npm package (bash .ci/setup-axe.sh)");

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Require(string variable, string what)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        var reason = $"{variable} is not set: it should hold {what}.";
        if (InCi)
        {
            throw new InvalidOperationException(reason + " CI must start this peer (see .ci/run).");
        }

        Assert.Skip(reason);
        return "";
    }
}
