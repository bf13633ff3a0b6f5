using Coach.Core.Dialogue;
using LiteDB;

namespace Coach.Storage;

/// <summary>
/// How a session becomes a document and back, for every store (the LiteDB file; a JSON column such
/// as PostgreSQL's jsonb through <see cref="ToJson"/>). The <see cref="Session"/> and everything it
/// holds go through LiteDB's <see cref="BsonMapper"/> whole: every public property with a public
/// setter is a field named as the property (<c>Id</c> is <c>_id</c>), so a property added to the
/// model is stored without a line here. Dictionaries are sub-documents keyed as in the model
/// (dotted keys such as "coverage.budget" are fine; LiteDB compares field names ignoring case, so
/// keys must not differ by case alone), enums are stored by name, dates in UTC to the millisecond.
/// Each feature's state (<see cref="FeatureStates"/>) is a sub-document of <c>Features</c> under its key,
/// mapped through its registered type; an entry no registered type reads (a newer Coach's feature) is kept
/// as stored and written back unchanged.
/// The document carries <see cref="VersionField"/>; documents without it were written by the
/// hand-mapped version 1 and are read through <see cref="UpgradeFromVersionOne"/>, version 2's flat
/// feature fields through <see cref="UpgradeFromVersionTwo"/>.
/// </summary>
public static class SessionDocuments
{
    /// <summary>2: the session whole, answers as a sub-document, strings as typed. 3: each feature's state under <c>Features</c>.</summary>
    public const int SchemaVersion = 3;

    public const string VersionField = "SchemaVersion";

    private static readonly BsonMapper Mapper = CreateMapper();

    public static BsonDocument ToDocument(Session session)
    {
        var document = Mapper.ToDocument(session);
        document[VersionField] = SchemaVersion;
        return document;
    }

    public static Session ToSession(BsonDocument document)
    {
        var version = document.TryGetValue(VersionField, out var field) ? field.AsInt32 : 1;
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"the session {document["_id"]} was written by a newer Coach (document version {version}; this one reads up to {SchemaVersion}).");
        }

        if (version == 1)
        {
            document = UpgradeFromVersionOne(document);
        }

        return Mapper.ToObject<Session>(version < 3 ? UpgradeFromVersionTwo(document) : document);
    }

    /// <summary>The document as JSON (LiteDB's extended JSON: <c>$date</c>, <c>$numberDecimal</c>, <c>$numberLong</c>).</summary>
    public static string ToJson(Session session) => JsonSerializer.Serialize(ToDocument(session));

    public static Session FromJson(string json) => ToSession(JsonSerializer.Deserialize(json).AsDocument);

    /// <summary>A date as <see cref="ToJson"/> writes it inside <c>$date</c> (ISO 8601 in UTC at a fixed width), for a query on the JSON.</summary>
    public static string JsonDate(DateTime utc) =>
        System.Text.Json.JsonDocument.Parse(JsonSerializer.Serialize(new BsonValue(DateTime.SpecifyKind(utc, DateTimeKind.Utc)))).RootElement.GetProperty("$date").GetString()!;

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper
        {
            // Strings as typed: by default the mapper trims them and stores "" as null.
            TrimWhitespace = false,
            EmptyStringToNull = false,
            EnumAsInteger = false,
            SerializeNullValues = false,
        };

        // A property without a setter is computed from others (Persona.Name, TopicScore.Total): not state.
        mapper.ResolveMember = (_, _, member) => member.IsIgnore |= member.Setter is null;

        // Dates read back in UTC whatever the source (a LiteDB file opened without UtcDate, JSON); an unset
        // date (MinValue) stays as it was.
        mapper.RegisterType<DateTime>(date => new BsonValue(date), value => value.AsDateTime is var date && date != DateTime.MinValue && date != DateTime.MaxValue ? date.ToUniversalTime() : date);
        mapper.RegisterType(states => WriteFeatures(mapper, states), value => ReadFeatures(mapper, value));
        return mapper;
    }

    // Entries in key order, so that one state gives one document (and one JSON) whichever feature was touched first.
    private static BsonValue WriteFeatures(BsonMapper mapper, FeatureStates states)
    {
        var entries = states.Unread.Select(pair => (pair.Key, Value: JsonSerializer.Deserialize(pair.Value)))
            .Concat(states.All.Select(pair => (pair.Key, Value: mapper.Serialize(pair.Value.GetType(), pair.Value))));
        var document = new BsonDocument();
        foreach (var (key, value) in entries.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            document[key] = value;
        }

        return document;
    }

    private static FeatureStates ReadFeatures(BsonMapper mapper, BsonValue value)
    {
        var states = new FeatureStates();
        if (!value.IsDocument)
        {
            return states;
        }

        foreach (var (key, stored) in value.AsDocument)
        {
            if (FeatureStates.Registered.TryGetValue(key, out var type))
            {
                states.Set(mapper.Deserialize(type, stored));
            }
            else
            {
                states.Unread[key] = JsonSerializer.Serialize(InKeyOrder(stored));
            }
        }

        return states;
    }

    // A stored value with its documents' fields in key order at every depth: the same JSON from either store
    // (PostgreSQL's jsonb keeps its own order of keys).
    private static BsonValue InKeyOrder(BsonValue value)
    {
        if (value.IsDocument)
        {
            var document = new BsonDocument();
            foreach (var field in value.AsDocument.OrderBy(field => field.Key, StringComparer.Ordinal))
            {
                document[field.Key] = InKeyOrder(field.Value);
            }

            return document;
        }

        return value.IsArray ? new BsonArray(value.AsArray.Select(InKeyOrder)) : value;
    }

    /// <summary>
    /// Where version 2 (the session whole, until the features' states, December 2026) kept each feature's
    /// state: a field of the session, moved now to the feature's entry under <c>Features</c>. A table of the
    /// past: features added since are stored under <c>Features</c> from the start.
    /// </summary>
    private static readonly (string Field, string Feature, string Property)[] VersionTwoFields =
    [
        ("Coverage", "coverage", "Result"),
        ("KpiHistory", "kpi", "History"),
        ("ChannelCacs", "kpi", "ChannelCacs"),
        ("Personas", "personas", "Items"),
        ("EditingPersonaId", "personas", "EditingId"),
        ("PersonaSegment", "personas", "Segment"),
        ("Cjms", "cjm", "Maps"),
        ("CjmPersonaId", "cjm", "PersonaId"),
        ("Goals", "smart", "Goals"),
        ("Tone", "tov", "Tone"),
        ("Drafts", "tov", "Drafts"),
        ("SavedDrafts", "tov", "Saved"),
        ("InProgramme", "programme", "Active"),
        ("SectionInputs", "programme", "SectionInputs"),
        ("RemarksShown", "remarks", "Shown"),
    ];

    /// <summary>Version 2's whole-record features (their state was the record itself) and the session field that held the KPI numbers waiting.</summary>
    private static readonly (string Field, string Feature)[] VersionTwoRecords = [("Learning", "learning"), ("CheckIns", "checkins")];

    private static BsonDocument UpgradeFromVersionTwo(BsonDocument stored)
    {
        var document = new BsonDocument(stored.ToDictionary(field => field.Key, field => field.Value));
        var features = new BsonDocument();
        BsonDocument Entry(string feature) =>
            features.TryGetValue(feature, out var entry) ? entry.AsDocument : (features[feature] = new BsonDocument()).AsDocument;

        foreach (var (field, feature, property) in VersionTwoFields)
        {
            if (document.TryGetValue(field, out var value))
            {
                Entry(feature)[property] = value;
                document.Remove(field);
            }
        }

        foreach (var (field, feature) in VersionTwoRecords)
        {
            if (document.TryGetValue(field, out var value) && value.IsDocument)
            {
                features[feature] = value;
                document.Remove(field);
            }
        }

        if (document.TryGetValue("PendingKpiNumbers", out var numbers))
        {
            document[nameof(Session.MenuNote)] = numbers;
            document.Remove("PendingKpiNumbers");
        }

        document[nameof(Session.Features)] = features;
        return document;
    }

    /// <summary>
    /// Version 1 (the hand-mapped SessionDocument, until December 2026) had the same field names but kept
    /// answers as a list of {Key, Value} pairs, and stored every empty string as null; it wrote no other
    /// nulls (null properties were left out), so each null becomes "" again. It also trimmed strings,
    /// which cannot be undone.
    /// </summary>
    private static BsonDocument UpgradeFromVersionOne(BsonDocument stored)
    {
        var document = EmptyStringsBack(stored).AsDocument;
        if (document.TryGetValue(nameof(Session.Answers), out var answers) && answers.IsArray)
        {
            var byKey = new BsonDocument();
            foreach (var pair in answers.AsArray)
            {
                byKey[pair["Key"].AsString] = pair["Value"];
            }

            document[nameof(Session.Answers)] = byKey;
        }

        return document;
    }

    private static BsonValue EmptyStringsBack(BsonValue value)
    {
        if (value.IsNull)
        {
            return "";
        }

        if (value.IsDocument)
        {
            var document = new BsonDocument();
            foreach (var field in value.AsDocument)
            {
                document[field.Key] = EmptyStringsBack(field.Value);
            }

            return document;
        }

        return value.IsArray ? new BsonArray(value.AsArray.Select(EmptyStringsBack)) : value;
    }
}
