using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coach.Core.Dialogue;

/// <summary>
/// A feature's own state in a session (the KPI history, the personas, the check-in settings...). Each feature
/// declares its record in its own folder with a stable <see cref="Key"/> (the field it is stored under), and
/// reaches it through <see cref="FeatureStates.Get{T}"/>; the engine and the session know none of them.
/// </summary>
public interface IFeatureState
{
    /// <summary>The field the state is stored under ("kpi"): never renamed once released, lower case.</summary>
    static abstract string Key { get; }
}

/// <summary>
/// One state record per feature, made on first use. Stores map each entry by its <see cref="IFeatureState.Key"/>
/// through <see cref="Registered"/>; an entry no registered type reads (a newer Coach's feature, met by an older
/// replica during an upgrade) is kept as it was stored in <see cref="Unread"/> and written back unchanged.
/// System.Text.Json reads and writes it the same way (<see cref="JsonConverter"/>: each state by its registered
/// type), for a copy of a session in JSON.
/// </summary>
[JsonConverter(typeof(FeatureStatesJsonConverter))]
public sealed class FeatureStates
{
    private static readonly Lazy<IReadOnlyDictionary<string, Type>> Types = new(Scan);

    private static readonly Lazy<IReadOnlyDictionary<Type, string>> Keys = new(() => Types.Value.ToDictionary(pair => pair.Value, pair => pair.Key));

    private readonly SortedDictionary<string, object> _byKey = new(StringComparer.Ordinal);

    /// <summary>Every state type of the loaded Coach assemblies, by key.</summary>
    public static IReadOnlyDictionary<string, Type> Registered => Types.Value;

    /// <summary>Entries no registered type reads, as the store wrote them (its own encoding, e.g. JSON), by key.</summary>
    public Dictionary<string, string> Unread { get; } = new(StringComparer.Ordinal);

    /// <summary>The states made or read so far, in key order.</summary>
    public IReadOnlyDictionary<string, object> All => _byKey;

    /// <summary>The feature's state, made empty on first use.</summary>
    public T Get<T>() where T : class, IFeatureState, new()
    {
        if (_byKey.TryGetValue(T.Key, out var state))
        {
            return (T)state;
        }

        // Only a registered type is read back by the stores: a state outside Coach.Core would be saved and lost.
        if (!Types.Value.TryGetValue(T.Key, out var registered) || registered != typeof(T))
        {
            throw new InvalidOperationException($"{typeof(T)} is not the registered feature state for '{T.Key}'.");
        }

        var made = new T();
        _byKey[T.Key] = made;
        return made;
    }

    /// <summary>Replaces the feature's state (a store reading it, or a feature starting over).</summary>
    public void Set(object state)
    {
        if (state is not IFeatureState || !Keys.Value.TryGetValue(state.GetType(), out var key))
        {
            throw new ArgumentException($"{state.GetType()} is not a registered feature state.", nameof(state));
        }

        _byKey[key] = state;
        Unread.Remove(key);
    }

    public static string KeyOf(Type type) =>
        (string)(type.GetProperty(nameof(IFeatureState.Key), BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
                 ?? throw new InvalidOperationException($"{type} declares no static Key."));

    private static IReadOnlyDictionary<string, Type> Scan()
    {
        var types = typeof(FeatureStates).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IFeatureState).IsAssignableFrom(type))
            .ToList();
        var byKey = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var key = KeyOf(type);
            if (!byKey.TryAdd(key, type))
            {
                throw new InvalidOperationException($"Two feature states use the key '{key}': {byKey[key]} and {type}.");
            }
        }

        return byKey;
    }
}

/// <summary>The states as one JSON object by key, each written and read as its registered type; an unknown key's JSON kept as it was.</summary>
public sealed class FeatureStatesJsonConverter : JsonConverter<FeatureStates>
{
    public override FeatureStates Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var states = new FeatureStates();
        using var document = JsonDocument.ParseValue(ref reader);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (FeatureStates.Registered.TryGetValue(entry.Name, out var type))
            {
                states.Set(entry.Value.Deserialize(type, options)!);
            }
            else
            {
                states.Unread[entry.Name] = entry.Value.GetRawText();
            }
        }

        return states;
    }

    public override void Write(Utf8JsonWriter writer, FeatureStates value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, json) in value.Unread.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(key);
            writer.WriteRawValue(json);
        }

        foreach (var (key, state) in value.All)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, state, state.GetType(), options);
        }

        writer.WriteEndObject();
    }
}
