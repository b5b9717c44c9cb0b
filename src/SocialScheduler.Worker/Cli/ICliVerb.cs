namespace SocialScheduler.Worker.Cli;

/// <summary>
/// A verb of the program (<c>validate</c>, <c>render</c>, <c>plan</c>, …), resolved from the same service
/// container as the service, so a verb sees exactly the configuration the service would.
/// </summary>
/// <remarks>Exit codes: <see cref="ExitCodes"/>.</remarks>
public interface ICliVerb
{
    /// <summary>The word typed after the program name; a space separates sub-verbs (<c>accounts check</c>).</summary>
    string Name { get; }

    /// <summary>One line shown by <c>help</c>: arguments and what the verb does.</summary>
    string Usage { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int WrongUsage = 2;
}
