using Coach.Core.Dialogue;
using Coach.Core.Domain.Smart;
using Coach.Integration.Tests.Support;
using Coach.Storage;

namespace Coach.Integration.Tests.Storage;

/// <summary>A SMART goal's direction and counted-thing name (issue 12) survive the LiteDB file.</summary>
public class SmartGoalStorageTests
{
    [Fact]
    public void A_goal_to_lower_a_metric_and_a_counted_thing_read_back_from_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        var session = new Session { Id = "tg:4204", Language = "ru" };
        session.Goals.Add(new SmartGoal { Text = "Снизить стоимость лида до 640 ₽", Type = GoalType.Customers, Metric = "cpl", Baseline = 800, Target = 640, ChangePercent = -20, Direction = GoalDirection.Decrease, Due = new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc) });
        session.Goals.Add(new SmartGoal { Text = "Доставить 200 пицц", Type = GoalType.Sales, Metric = GoalMetrics.Count, MetricName = "пицц", Baseline = 150, Target = 200, Direction = GoalDirection.Increase });
        using (var store = new LiteDbSessionStore(path))
        {
            store.Save(session);
        }

        using var reopened = new LiteDbSessionStore(path);
        var goals = reopened.Find("tg:4204")!.Goals;

        Assert.Equal([GoalDirection.Decrease, GoalDirection.Increase], goals.Select(g => g.Direction));
        Assert.Equal(["cpl", GoalMetrics.Count], goals.Select(g => g.Metric));
        Assert.Equal(["", "пицц"], goals.Select(g => g.MetricName));
        Assert.Equal(640m, goals[0].Target);
    }
}
