namespace SocialScheduler.Core.Platforms;

/// <summary>
/// What a platform offers besides publishing, keyed by type: a port its publisher implements (such as
/// <see cref="Publishing.IPublicationFinder"/> for the reconciler), or a record of data a feature reads (thread
/// length, video rules). A later capability is a new type in the feature that needs it; this class does not change.
/// </summary>
/// <remarks>Immutable: <see cref="With{T}()"/> returns a new set.</remarks>
public sealed class PlatformCapabilities
{
    private readonly IReadOnlyDictionary<Type, object?> _items;

    private PlatformCapabilities(IReadOnlyDictionary<Type, object?> items) => _items = items;

    public static PlatformCapabilities None { get; } = new(new Dictionary<Type, object?>());

    /// <summary>The capability types, ports and data alike.</summary>
    public IReadOnlyCollection<Type> Types => _items.Keys.ToList();

    /// <summary>Adds a port the platform's publisher implements.</summary>
    public PlatformCapabilities With<T>()
        where T : class => Add(typeof(T), null);

    /// <summary>Adds data about a capability, e.g. <c>new ThreadRules(MaxPosts: 25)</c>.</summary>
    public PlatformCapabilities With<T>(T value)
        where T : class => Add(typeof(T), value ?? throw new ArgumentNullException(nameof(value)));

    public bool Has<T>() => _items.ContainsKey(typeof(T));

    /// <summary>The data added with <see cref="With{T}(T)"/>; null when the platform lacks it or it is a port.</summary>
    public T? Get<T>()
        where T : class => _items.TryGetValue(typeof(T), out var value) ? value as T : null;

    private PlatformCapabilities Add(Type type, object? value) =>
        new(new Dictionary<Type, object?>(_items) { [type] = value });
}
