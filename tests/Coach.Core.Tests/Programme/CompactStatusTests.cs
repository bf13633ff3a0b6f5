using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Cjm;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Programme;

/// <summary>
/// /status on a phone: one line a section (state, key result, money with its currency), details behind a
/// button a section, and one answer edited from the details without walking the section again.
/// </summary>
public class CompactStatusTests
{
    [Theory]
    [InlineData("en", "Channel plan and budget</b>: 100,000 a month for 6 months: Telegram", "Goal vs budget")]
    [InlineData("ru", "Каналы и бюджет</b>: 100 000 ₽ в месяц на 6 месяцев: Telegram", "Цель и бюджет")]
    public void A_fully_walked_programme_fits_in_25_lines_one_a_section_with_a_details_button_each(string language, string channels, string goalButton)
    {
        var chat = StrategyScript.Everything(language);

        var status = chat.Send("/status").Replies[0];

        var lines = status.Text.Split('\n');
        Assert.InRange(lines.Length, 8, 25);
        Assert.Contains(lines, line => line.Contains(channels, StringComparison.Ordinal));
        Assert.Single(chat.Replies); // no main menu below it: the card has its own way home
        var sections = status.AllButtons.Where(b => b.Data.StartsWith("c:status:", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, sections.Count);
        Assert.Contains(sections, b => b.Label.Contains(goalButton, StringComparison.Ordinal));
        Assert.All(status.Buttons, row => Assert.InRange(row.Count, 1, 2));
        Assert.All(status.AllButtons, b => Assert.True(b.Label.Length <= 20, b.Label));
    }

    [Fact]
    public void Journey_lines_name_their_stages_and_the_growth_point()
    {
        var chat = StrategyScript.Everything("ru");

        Assert.Contains("Anna: точка роста — Интерес", chat.Send("/status").Replies[0].Text);
        var details = chat.Press(ButtonData.Command("status", CjmFlow.Id)).Replies[0].Text;

        Assert.Contains("• Осведомлённость: reads reviews; search, friends; 🙂 +1", details);
        Assert.Contains("• Интерес: reads reviews; search, friends; 😡 −2\n  ⛔ no prices on the site", details);
    }

    [Fact]
    public void Russian_money_on_status_and_in_its_details_carries_the_rouble_sign()
    {
        var chat = StrategyScript.Everything("ru");

        var status = chat.Send("/status").Replies[0].Text;
        var channels = chat.Press(ButtonData.Command("status", ChannelPlanFlow.Id)).Replies[0].Text;
        var goal = chat.Press(ButtonData.Command("status", "goal")).Replies[0].Text;

        Assert.Contains("CAC 1 125 ₽", status);
        Assert.Contains("нужно 337 500 ₽ в месяц, в бюджете 100 000 ₽", status);
        Assert.Contains("• Бюджет в месяц: 100 000 ₽", channels);
        Assert.Contains("100 000 ₽ / 1 125 ₽", goal);
    }

    [Theory]
    [InlineData("en", "⚠️ <b>📢 Channel plan and budget</b>", "the coverage budget changed from moderate to limited")]
    [InlineData("ru", "⚠️ <b>📢 Каналы и бюджет</b>", "бюджет в стратегии охвата изменился: был средний, стал ограниченный")]
    public void One_coverage_answer_edited_from_status_flags_only_the_channel_plan_and_returns_to_the_details(string language, string flagged, string change)
    {
        var chat = StrategyScript.Everything(language);
        var details = chat.Send("/status").Press(ButtonData.Command("status", CoverageFlow.Id)).Replies[0];
        var budget = details.AllButtons.Single(b => b.Data == ButtonData.Command("status", "e " + CoverageFlow.Key("budget")));

        chat.Press(budget.Data);
        Assert.Equal(CoverageFlow.Key("budget"), chat.State);
        chat.Choose(":limited");

        // No re-walk: the section's details come back, with the new answer, and Coach is in the menu.
        Assert.Equal(DialogueStates.Menu, chat.State);
        Assert.Contains(language == "ru" ? "Бюджет: Ограниченный" : "Budget: Limited", chat.Last.Text);
        Assert.Contains(chat.Last.AllButtons, b => b.Data == budget.Data);

        var status = chat.Send("/status").Replies[0].Text;
        var marks = status.Split('\n').Where(line => line.StartsWith("⚠️", StringComparison.Ordinal)).ToList();
        Assert.Equal([flagged], marks.Select(line => line[..line.IndexOf(':')]).ToList());
        Assert.Contains(change, chat.Press(ButtonData.Command("status", ChannelPlanFlow.Id)).Replies[0].Text);
        Assert.Equal([$"⚠️ 7. {(language == "ru" ? "Каналы и бюджет: стоит пересмотреть — " : "Channel plan and budget: worth reviewing, as ")}{change}"], StrategyScript.ReviewLines(chat));
    }

    [Fact]
    public void A_typed_answer_edited_from_status_keeps_the_others_and_a_journey_stage_is_edited_in_its_map()
    {
        var chat = StrategyScript.Everything();
        chat.Press(ButtonData.Command("status", "e " + StrategyScript.Key("mix_4p", "price"))).Send("premium");
        Assert.Equal(DialogueStates.Menu, chat.State);
        Assert.Contains("• Price: premium", chat.Last.Text);
        Assert.Contains("• Place: shops", chat.Last.Text);

        var anna = chat.Session.Personas[0].Id;
        var stage = chat.Press(ButtonData.Command(CjmHub.Command, $"edit {anna} ask")).Last;
        var touchpoints = stage.AllButtons.Single(b => b.Data == ButtonData.Command("status", $"e {CjmFlow.Key("ask", "touchpoints")} {anna}"));
        chat.Press(touchpoints.Data).Send("a webinar");

        Assert.Equal(DialogueStates.Menu, chat.State);
        Assert.Equal("a webinar", chat.Session.Cjms.Single().Steps[2].Touchpoints);
        Assert.Equal("no prices on the site", chat.Session.Cjms.Single().Steps[1].Barriers);
        Assert.Contains("• Ask: reads reviews; a webinar; 🙂 +1", chat.Last.Text);
    }

    [Fact]
    public void A_stale_edit_button_says_so_and_shows_the_status()
    {
        var chat = StrategyScript.Everything();

        chat.Press(ButtonData.Command("status", $"e {CjmFlow.Key("ask", "touchpoints")} nobody"));

        Assert.Contains("earlier step", chat.Replies[0].Text);
        Assert.Contains("Where you are", chat.Last.Text);
        Assert.Equal(DialogueStates.Menu, chat.State);
    }
}
