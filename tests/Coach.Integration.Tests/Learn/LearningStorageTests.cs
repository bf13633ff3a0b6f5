using Coach.Core.Dialogue;
using Coach.Core.Domain.Learn;
using Coach.Integration.Tests.Support;
using Coach.Storage;

namespace Coach.Integration.Tests.Learn;

public class LearningStorageTests
{
    [Fact]
    public void Practice_progress_and_the_exercise_in_progress_survive_a_reopened_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        var session = new Session { Id = "tg:7" };
        PracticeOrder.Record(session.Learning, "cac", right: false, new DateTime(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc), "en");
        session.Learning.Round = ["roi", "ltv"];
        session.Learning.RoundAnswered = 3;
        session.Learning.RoundRight = 2;
        session.Learning.Seed = 99;
        session.Learning.Current = new PracticeExercise { Topic = "smart", Seed = 5, ItemId = "sell_more", InRound = true };
        using (var store = new LiteDbSessionStore(path))
        {
            store.Save(session);
        }

        using var reopened = new LiteDbSessionStore(path);
        var learning = reopened.Find("tg:7")!.Learning;

        Assert.Equal(1, learning.Score("cac")!.Wrong);
        Assert.False(learning.Score("cac")!.LastRight);
        Assert.Equal(["2026-11-29"], learning.Days);
        Assert.Equal(["roi", "ltv"], learning.Round);
        Assert.Equal((3, 2, 99), (learning.RoundAnswered, learning.RoundRight, learning.Seed));
        Assert.Equal(("smart", 5, "sell_more", true), (learning.Current!.Topic, learning.Current.Seed, learning.Current.ItemId, learning.Current.InRound));
    }
}
