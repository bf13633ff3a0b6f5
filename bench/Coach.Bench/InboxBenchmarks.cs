using BenchmarkDotNet.Attributes;
using Coach.Core.Dialogue;
using Coach.Storage;

namespace Coach.Bench;

/// <summary>
/// What the Telegram transport adds to every update on disk: the inbox entry written before the
/// update is confirmed, the session saved, and the entry marked done; on a real LiteDB file.
/// </summary>
[MemoryDiagnoser]
public class InboxBenchmarks
{
    private const string Payload = "{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":1764547200,\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"spent 90000 on ads, got 80 clients\"}}";

    private string _folder = "";
    private LiteDbFile _file = null!;
    private LiteDbUpdateInbox _inbox = null!;
    private LiteDbSessionStore _store = null!;
    private Session _session = null!;
    private long _id;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "coach-bench-" + Guid.NewGuid().ToString("N"));
        _file = new LiteDbFile(Path.Combine(_folder, "coach.db"));
        _inbox = new LiteDbUpdateInbox(_file);
        _store = new LiteDbSessionStore(_file);
        _session = new Session { Id = "tg:42" };
        _session.Answers["coverage.product"] = "Organic bread";
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _file.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public int Inbox_accept_and_mark_done()
    {
        var id = ++_id;
        var accepted = _inbox.Accept([new InboxEntry { Id = id, ChatId = 42, Payload = Payload, ReceivedUtc = DateTime.UtcNow }]);
        _inbox.MarkDone(id, DateTime.UtcNow);
        return accepted.Count;
    }

    [Benchmark]
    public void Session_save() => _store.Save(_session);
}
