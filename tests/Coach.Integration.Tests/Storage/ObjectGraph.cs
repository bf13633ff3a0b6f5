using System.Collections;
using System.Reflection;
using Coach.Core.Dialogue;

namespace Coach.Integration.Tests.Storage;

/// <summary>
/// Reflection over a model's object graph for the storage tests: fill every settable property with a
/// value that is not its default, list the state a mapper could not set, and compare two graphs deeply.
/// A type the filler does not know fails the test that meets it, so a new kind of property gets looked at.
/// </summary>
public static class ObjectGraph
{
    private static readonly DateTime Epoch = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A <typeparamref name="T"/> with every public settable property set, recursively, each to a value of its own.</summary>
    public static T Filled<T>()
    {
        var next = 0;
        return (T)Fill(typeof(T), typeof(T).Name, ref next);
    }

    private static object Fill(Type type, string path, ref int next)
    {
        var n = ++next;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Fill(underlying, path, ref next);
        }

        if (type.IsEnum)
        {
            var notDefault = Enum.GetValues(type).Cast<object>().Where(value => Convert.ToInt64(value) != 0).ToList();
            return notDefault[n % notDefault.Count];
        }

        // Strings with a dot, Cyrillic, markup and spaces at the ends; numbers past int and with fractions;
        // dates in UTC to the millisecond (an offset that is not UTC, so losing it shows).
        switch (Type.GetTypeCode(type))
        {
            case TypeCode.String: return $" {path}.{n} «ё» <b>&</b> ";
            case TypeCode.Boolean: return true;
            case TypeCode.Int32: return -n;
            case TypeCode.Int64: return (1L << 40) + n;
            case TypeCode.Decimal: return 16_824_000.123456m + n;
            case TypeCode.Double: return n + 0.25;
            case TypeCode.DateTime: return Epoch.AddDays(n).AddMilliseconds(n);
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeSpan) || type == typeof(Guid))
        {
            var date = Epoch.AddDays(n).AddMilliseconds(n);
            return type == typeof(DateTimeOffset) ? new DateTimeOffset(date.Ticks, TimeSpan.FromHours(3))
                : type == typeof(DateOnly) ? DateOnly.FromDateTime(date)
                : type == typeof(TimeSpan) ? TimeSpan.FromMinutes(n)
                : new Guid(n, 0, 0, new byte[8]);
        }

        // The features' states: every registered one filled, and an entry of a feature this Coach does not know
        // (a newer replica's), which must come back as it was.
        if (type == typeof(FeatureStates))
        {
            var states = new FeatureStates();
            foreach (var (key, stateType) in FeatureStates.Registered.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                states.Set(Fill(stateType, $"{path}[{key}]", ref next));
            }

            states.Unread["from_a_newer_coach"] = $"{{\"Level\":{n},\"Note\":\"{path} «ё»\"}}";
            return states;
        }

        if (ItemType(type) is { } item)
        {
            var items = Array.CreateInstance(item, 2);
            for (var i = 0; i < items.Length; i++)
            {
                items.SetValue(Fill(item, $"{path}[{i}]", ref next), i);
            }

            return type.IsArray ? items : Activator.CreateInstance(type.IsInterface ? typeof(List<>).MakeGenericType(item) : type, items)!;
        }

        if (type.IsGenericType && DictionaryTypes.Contains(type.GetGenericTypeDefinition()) && type.GetGenericArguments()[0] == typeof(string))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments()))!;
            foreach (var key in new[] { $"k{n}.first", $"k{n}.second.part" })
            {
                dictionary.Add(key, Fill(type.GetGenericArguments()[1], $"{path}[{key}]", ref next));
            }

            return dictionary;
        }

        // A class with a parameterless constructor, or a positional record: the constructor's parameters, then every settable property.
        if (type.IsClass && IsModel(type) && type.GetConstructors().OrderBy(c => c.GetParameters().Length).FirstOrDefault() is { } constructor)
        {
            var arguments = new List<object>();
            foreach (var parameter in constructor.GetParameters())
            {
                arguments.Add(Fill(parameter.ParameterType, $"{path}({parameter.Name})", ref next));
            }

            var instance = constructor.Invoke(arguments.ToArray());
            foreach (var property in Settable(type))
            {
                property.SetValue(instance, Fill(property.PropertyType, $"{path}.{property.Name}", ref next));
            }

            return instance;
        }

        throw new NotSupportedException($"{path}: the filler does not know {type}; teach it the type, and check that the document store keeps it.");
    }

    /// <summary>
    /// Every instance field of <typeparamref name="T"/> and the model types it holds that is not the
    /// backing field of a property with a public setter: state the store cannot read back.
    /// </summary>
    public static IReadOnlyList<string> StateWithoutPublicSetter<T>() =>
        ModelTypes(typeof(T))
            .SelectMany(type => type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(field => !(BackingFieldOf(field) is { } property && type.GetProperty(property)?.SetMethod is { IsPublic: true }))
                .Select(field => $"{type.Name}.{BackingFieldOf(field) ?? field.Name}"))
            .ToList();

    private static string? BackingFieldOf(FieldInfo field) =>
        field.Name.StartsWith('<') && field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal) ? field.Name[1..field.Name.IndexOf('>')] : null;

    /// <summary>The model types reachable from <paramref name="root"/> through properties, list items and dictionary values.</summary>
    public static IReadOnlyList<Type> ModelTypes(Type root)
    {
        var found = new List<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.TryDequeue(out var type))
        {
            if (type.IsGenericType)
            {
                type.GetGenericArguments().ToList().ForEach(queue.Enqueue);
            }
            else if (type == typeof(FeatureStates))
            {
                // A container the store maps by hand (each registered state through the mapper): its states are the model.
                FeatureStates.Registered.Values.ToList().ForEach(queue.Enqueue);
            }
            else if (IsModel(type) && type.IsClass && !found.Contains(type))
            {
                found.Add(type);
                type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Select(p => p.PropertyType).ToList().ForEach(queue.Enqueue);
            }
        }

        return found;
    }

    /// <summary>Where <paramref name="actual"/> differs from <paramref name="expected"/>, by path, over every readable property.</summary>
    public static IReadOnlyList<string> Differences(object? expected, object? actual)
    {
        var found = new List<string>();
        Compare(expected, actual, expected?.GetType().Name ?? "root", found);
        return found;
    }

    private static void Compare(object? expected, object? actual, string path, List<string> found)
    {
        // Collections compare by content: a list read back for an array or a set is the same state.
        if (expected is null || actual is null || (expected.GetType() != actual.GetType() && !(expected is IEnumerable && actual is IEnumerable)))
        {
            if (!Equals(expected, actual))
            {
                found.Add($"{path}: expected {Show(expected)}, read {Show(actual)}");
            }

            return;
        }

        switch (expected)
        {
            // An entry of a feature this Coach does not know is kept as its JSON: the same JSON, whatever the
            // store's order of keys (PostgreSQL's jsonb sorts them).
            case string json when path.Contains(".Unread[", StringComparison.Ordinal):
                if (!System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse((string)actual)))
                {
                    found.Add($"{path}: expected {json}, read {actual}");
                }

                return;
            case DateTime date when date != (DateTime)actual || date.Kind != ((DateTime)actual).Kind:
                found.Add($"{path}: expected {date:O}, read {(DateTime)actual:O}");
                return;
            case DateTimeOffset moment when !moment.EqualsExact((DateTimeOffset)actual):
                found.Add($"{path}: expected {moment:O}, read {(DateTimeOffset)actual:O}");
                return;
            case string or decimal or DateTime or Enum or ValueType:
                if (!expected.Equals(actual))
                {
                    found.Add($"{path}: expected {Show(expected)}, read {Show(actual)}");
                }

                return;
            case IDictionary dictionary when actual is IDictionary read:
                var keys = dictionary.Keys.Cast<object>().Concat(read.Keys.Cast<object>()).Distinct();
                foreach (var key in keys)
                {
                    Compare(dictionary.Contains(key) ? dictionary[key] : null, read.Contains(key) ? read[key] : null, $"{path}[{key}]", found);
                }

                return;
            case IEnumerable sequence when expected is not IDictionary && actual is not IDictionary:
                var items = sequence.Cast<object>().ToList();
                var readItems = ((IEnumerable)actual).Cast<object>().ToList();
                for (var i = 0; i < Math.Max(items.Count, readItems.Count); i++)
                {
                    Compare(i < items.Count ? items[i] : "(none)", i < readItems.Count ? readItems[i] : "(none)", $"{path}[{i}]", found);
                }

                return;
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0))
        {
            Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", found);
        }
    }

    private static readonly Type[] ListTypes = [typeof(List<>), typeof(IList<>), typeof(IReadOnlyList<>), typeof(ICollection<>), typeof(IReadOnlyCollection<>), typeof(IEnumerable<>), typeof(HashSet<>)];

    private static readonly Type[] DictionaryTypes = [typeof(Dictionary<,>), typeof(IDictionary<,>), typeof(IReadOnlyDictionary<,>)];

    private static Type? ItemType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && ListTypes.Contains(type.GetGenericTypeDefinition()) ? type.GetGenericArguments()[0]
        : null;

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0);

    private static bool IsModel(Type type) => type.Namespace?.StartsWith("Coach.", StringComparison.Ordinal) == true;

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        _ => value.ToString() ?? "",
    };
}
