using System.Collections;

namespace SocialScheduler.Core.Schedules;

/// <summary>A read-only list equal to any other with the same items in the same order.</summary>
public sealed class ValueList<T>(IEnumerable<T> items) : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items = items.ToArray();

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other) => other is not null && _items.SequenceEqual(other._items);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

/// <summary>A read-only ordinal-keyed map equal to any other with the same pairs, in any order.</summary>
public sealed class ValueDictionary(IEnumerable<KeyValuePair<string, string>> pairs)
    : IReadOnlyDictionary<string, string>, IEquatable<ValueDictionary>
{
    private readonly Dictionary<string, string> _map = new(pairs, StringComparer.Ordinal);

    public int Count => _map.Count;

    public string this[string key] => _map[key];

    public IEnumerable<string> Keys => _map.Keys;

    public IEnumerable<string> Values => _map.Values;

    public bool ContainsKey(string key) => _map.ContainsKey(key);

    public bool TryGetValue(string key, out string value) => _map.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _map.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _map.GetEnumerator();

    public bool Equals(ValueDictionary? other) =>
        other is not null && _map.Count == other._map.Count
        && _map.All(kv => other._map.TryGetValue(kv.Key, out var v) && string.Equals(v, kv.Value, StringComparison.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as ValueDictionary);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (key, value) in _map)
        {
            hash ^= HashCode.Combine(key, value);
        }

        return hash;
    }
}
