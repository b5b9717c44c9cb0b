namespace SocialScheduler.Core;

/// <summary>A setting that stops the host; the message names the key and how to fix it.</summary>
public sealed class StartupConfigurationException(string message, Exception? inner = null)
    : Exception(message, inner);
