using Coach.Bot.Rendering;
using Coach.Core.Dialogue;

namespace Coach.Integration.Tests.CheckIns;

/// <summary>The monthly review's chart drawn for real (ScottPlot, the shipped font): a PNG, with a skipped week and Cyrillic names.</summary>
public sealed class PlanActualChartTests
{
    [Theory]
    [InlineData("Клиенты по неделям", "ВКонтакте")]
    [InlineData("Customers a week", "VK")]
    public void The_plan_against_actual_chart_is_a_png(string title, string channel)
    {
        var chart = new PlanActualChart(
            "month.png", title, null, "New customers a week", ["30.11", "07.12", "14.12", "21.12"],
            [new ChartSeriesSpec(channel, [9, null, 8, 10]), new ChartSeriesSpec("Search", [2, null, 1, 3])],
            new ChartSeriesSpec("All", [11, null, 9, 13]), 4.9m, "Plan", 20.8m, "Goal");

        var png = ReplyAttachments.Render(chart);

        Assert.True(png.Length > 5000);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png.Take(4).ToArray());
    }

    [Fact]
    public void A_chart_with_no_line_at_all_still_draws()
    {
        var chart = new PlanActualChart("empty.png", "Nothing yet", null, "", ["30.11"], [], new ChartSeriesSpec("All", [null]), null, "Plan", null, "Goal");

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], ReplyAttachments.Render(chart).Take(4).ToArray());
    }
}
