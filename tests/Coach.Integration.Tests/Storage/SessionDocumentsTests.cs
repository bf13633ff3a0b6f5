using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Integration.Tests.Support;
using Coach.Storage;
using LiteDB;

namespace Coach.Integration.Tests.Storage;

/// <summary>
/// A session is stored whole: every property of <see cref="Session"/> and of what it holds survives a
/// real LiteDB file, found by reflection, so a property the store loses fails here; and a file written
/// by version 1 (the hand-mapped document) still opens with every answer.
/// </summary>
public class SessionDocumentsTests
{
    [Fact]
    public void Every_property_of_a_filled_session_reads_back_after_the_file_is_reopened()
    {
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        var saved = ObjectGraph.Filled<Session>();
        using (var store = new LiteDbSessionStore(path))
        {
            store.Save(saved);
        }

        using var reopened = new LiteDbSessionStore(path);

        Assert.Empty(ObjectGraph.Differences(saved, reopened.Find(saved.Id)));
    }

    [Fact]
    public void Every_piece_of_a_sessions_state_is_a_property_the_store_can_set()
    {
        // A get-only or privately set property holding state would be left out of the document (and of the round trip above).
        Assert.Empty(ObjectGraph.StateWithoutPublicSetter<Session>());
    }

    [Fact]
    public void The_JSON_of_a_filled_session_reads_back_whole()
    {
        var saved = ObjectGraph.Filled<Session>();

        Assert.Empty(ObjectGraph.Differences(saved, SessionDocuments.FromJson(SessionDocuments.ToJson(saved))));
    }

    [Fact]
    public void Empty_strings_stay_empty_and_spaces_stay()
    {
        using var folder = new TempFolder();
        using var store = new LiteDbSessionStore(folder.File("coach.db"));
        var session = new Session { Id = "tg:5", PendingConfirmation = "", Answers = { ["persona.pains"] = "", ["tov.samples"] = "  два пробела\n" } };
        store.Save(session);

        var read = store.Find("tg:5")!;

        Assert.Equal("", read.PendingConfirmation);
        Assert.Equal("", read.Answer("persona.pains"));
        Assert.Equal("  два пробела\n", read.Answer("tov.samples"));
    }

    [Fact]
    public void The_document_keeps_answers_by_their_dotted_keys_its_version_and_no_computed_values()
    {
        var session = ObjectGraph.Filled<Session>();
        session.Answers = new() { ["coverage.budget"] = "limited" };

        var document = SessionDocuments.ToDocument(session);

        Assert.Equal(session.Id, document["_id"].AsString);
        Assert.Equal(SessionDocuments.SchemaVersion, document[SessionDocuments.VersionField].AsInt32);
        Assert.Equal("limited", document["Answers"]["coverage.budget"].AsString);
        Assert.False(document["Features"]["personas"]["Items"][0].AsDocument.ContainsKey("Name"));
        Assert.Equal(session.Tone!.Formality.ToString(), document["Features"]["tov"]["Tone"]["Formality"].AsString);
        Assert.False(document.ContainsKey("Personas"));
    }

    [Fact]
    public void A_file_written_by_version_one_opens_with_every_answer_and_result_intact()
    {
        using var folder = new TempFolder();
        var path = CopyOfVersionOneFile(folder);

        using var store = new LiteDbSessionStore(path);

        Assert.Empty(ObjectGraph.Differences(VersionOneFixture.Session(), store.Find(VersionOneFixture.ChatId)));
    }

    [Fact]
    public void A_file_written_by_version_two_opens_with_every_feature_state_intact_and_is_rewritten_in_todays_form()
    {
        using var folder = new TempFolder();
        var path = folder.File(VersionTwoFixture.FileName);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", VersionTwoFixture.FileName), path);

        using (var store = new LiteDbSessionStore(path))
        {
            Assert.Empty(ObjectGraph.Differences(VersionTwoFixture.Session(), store.Find(VersionOneFixture.ChatId)));
            Assert.Equal([new DueCheckIn(VersionOneFixture.ChatId, VersionTwoFixture.CheckInDue)], store.ChatsDue(VersionTwoFixture.CheckInDue));
        }

        using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }) { UtcDate = true };
        var document = database.GetCollection("sessions").FindById(VersionOneFixture.ChatId);
        Assert.Equal(SessionDocuments.SchemaVersion, document[SessionDocuments.VersionField].AsInt32);
        Assert.False(document.ContainsKey("Personas"), "version 2's feature fields moved under Features");
        Assert.Equal("Аня", document["Features"]["personas"]["Items"][0]["Fields"]["name"].AsString);
        Assert.True(document["Features"]["checkins"]["On"].AsBoolean);
        Assert.Equal("spend=90000", document["MenuNote"].AsString);
    }

    [Fact]
    public void The_JSON_of_a_version_two_document_reads_the_same()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "sessions-v2.json"));

        Assert.Empty(ObjectGraph.Differences(VersionTwoFixture.Session(), SessionDocuments.FromJson(json)));
    }

    [Fact]
    public void The_JSON_of_a_version_one_document_reads_the_same()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "sessions-v1.json"));

        Assert.Empty(ObjectGraph.Differences(VersionOneFixture.Session(), SessionDocuments.FromJson(json)));
    }

    [Fact]
    public void A_version_one_session_saved_again_is_written_in_the_current_version()
    {
        using var folder = new TempFolder();
        var path = CopyOfVersionOneFile(folder);
        using (var store = new LiteDbSessionStore(path))
        {
            store.Save(store.Find(VersionOneFixture.ChatId)!);
            var document = store.File.Locked(database => database.GetCollection("sessions").FindById(VersionOneFixture.ChatId));
            Assert.Equal(SessionDocuments.SchemaVersion, document[SessionDocuments.VersionField].AsInt32);
            Assert.True(document["Answers"].IsDocument);
        }

        using var reopened = new LiteDbSessionStore(path);
        Assert.Empty(ObjectGraph.Differences(VersionOneFixture.Session(), reopened.Find(VersionOneFixture.ChatId)));
    }

    [Fact]
    public void A_document_from_a_newer_version_is_refused_with_its_version()
    {
        var document = SessionDocuments.ToDocument(new Session { Id = "tg:9" });
        document[SessionDocuments.VersionField] = SessionDocuments.SchemaVersion + 1;

        var error = Assert.Throws<InvalidOperationException>(() => SessionDocuments.ToSession(document));

        Assert.Contains($"version {SessionDocuments.SchemaVersion + 1}", error.Message);
        Assert.Contains("tg:9", error.Message);
    }

    private static string CopyOfVersionOneFile(TempFolder folder)
    {
        var path = folder.File("coach.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", VersionOneFixture.FileName), path);
        return path;
    }
}
