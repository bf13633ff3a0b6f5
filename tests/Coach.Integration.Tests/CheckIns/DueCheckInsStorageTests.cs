using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Integration.Tests.Telegram;
using Coach.Storage;

namespace Coach.Integration.Tests.CheckIns;

/// <summary>The scheduler's question to a real LiteDB file: which chats have a check-in due, after a reopen too.</summary>
public sealed class DueCheckInsStorageTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Only_chats_with_check_ins_on_and_due_are_found_after_the_file_is_reopened()
    {
        using var storage = new TempStorage();
        using (var store = new LiteDbSessionStore(storage.FilePath))
        {
            store.Save(Session("tg:1", on: true, Now.AddMinutes(-1)));
            store.Save(Session("tg:2", on: true, Now.AddDays(7)));
            store.Save(Session("tg:3", on: false, null));
            store.Save(new Session { Id = "tg:4" });
            store.Save(Session("tg:5", on: true, Now));
        }

        using var reopened = new LiteDbSessionStore(storage.FilePath);
        Assert.Equal([new DueCheckIn("tg:1", Now.AddMinutes(-1)), new DueCheckIn("tg:5", Now)], reopened.ChatsDue(Now).OrderBy(due => due.ChatId));
        Assert.Equal(["tg:1", "tg:2", "tg:5"], reopened.ChatsDue(Now.AddDays(8)).Select(due => due.ChatId).Order());
        Assert.Equal(Now.AddDays(7), reopened.Find("tg:2")!.CheckIns.NextDueUtc);
    }

    private static Session Session(string id, bool on, DateTime? due) =>
        new() { Id = id, CheckIns = new CheckInSettings { On = on, NextDueUtc = due, OffsetMinutes = 180 } };
}
