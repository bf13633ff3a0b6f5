using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Mix;

namespace Coach.Core.Tests.Programme;

/// <summary>A section is flagged for review only when a value it reads changed since it was finished.</summary>
public class ReviewFlagTests
{
    [Theory]
    [InlineData("en", "🎉 Every section is done")]
    [InlineData("ru", "🎉 Все разделы пройдены")]
    public void Walking_earlier_sections_again_keeping_every_answer_flags_nothing(string language, string complete)
    {
        var chat = StrategyScript.Everything(language);
        Assert.Contains("8/8", chat.Send("/programme").Last.Text);

        StrategyScript.KeepEverything(chat, ButtonData.Open(CoverageFlow.Id));
        StrategyScript.KeepEverything(chat, ButtonData.Open(MixFlow.Id));
        StrategyScript.KeepEverything(chat, ButtonData.Open(ChannelPlanFlow.Id));

        Assert.Empty(StrategyScript.ReviewLines(chat));
        Assert.Contains(complete, chat.Last.Text);
    }

    [Theory]
    [InlineData("en", "⚠️ 7. Channel plan and budget: worth reviewing, as the coverage budget changed from moderate to limited", "Every section is filled in, but the ones marked ⚠️ rest on answers that have changed since")]
    [InlineData("ru", "⚠️ 7. Каналы и бюджет: стоит пересмотреть — бюджет в стратегии охвата изменился: был средний, стал ограниченный", "Все разделы заполнены, но отмеченные ⚠️ опираются на ответы, которые с тех пор изменились")]
    public void A_changed_budget_flags_only_the_channel_plan_and_names_the_change(string language, string flag, string complete)
    {
        var chat = StrategyScript.Everything(language);

        StrategyScript.KeepEverything(chat, ButtonData.Open(CoverageFlow.Id), (CoverageFlow.Key("budget"), "3"));

        Assert.Equal([flag], StrategyScript.ReviewLines(chat));
        Assert.Contains(complete, chat.Last.Text);
        Assert.DoesNotContain("🎉", chat.Last.Text);
        Assert.Contains("✅ 8.", chat.Last.Text);
    }

    [Fact]
    public void Walking_the_flagged_section_again_clears_its_flag()
    {
        var chat = StrategyScript.Everything();
        StrategyScript.KeepEverything(chat, ButtonData.Open(CoverageFlow.Id), (CoverageFlow.Key("budget"), "3"));
        Assert.Single(StrategyScript.ReviewLines(chat));

        StrategyScript.KeepEverything(chat, ButtonData.Open(ChannelPlanFlow.Id));

        Assert.Empty(StrategyScript.ReviewLines(chat));
        Assert.Contains("🎉 Every section is done", chat.Last.Text);
    }

    [Fact]
    public void A_new_product_flags_the_mix_and_nothing_else()
    {
        var chat = StrategyScript.Everything();

        StrategyScript.KeepEverything(chat, ButtonData.Open(CoverageFlow.Id), (CoverageFlow.Key("product"), "Liquid soap"));

        Assert.Equal(["⚠️ 2. Marketing mix: worth reviewing, as the product changed from “Soap” to “Liquid soap”"], StrategyScript.ReviewLines(chat));
    }

    [Fact]
    public void A_new_cac_and_a_persona_s_new_channels_flag_the_channel_plan_with_both_changes()
    {
        var chat = StrategyScript.Everything();
        var anna = chat.Session.Personas[0];

        chat.Send("/kpi cac 120000 80");
        chat.Send($"/personas field {anna.Id} channels").Choose(":search").Choose(":vk").Choose(":" + MultiChoiceAnswer.Done);

        var lines = StrategyScript.ReviewLines(chat);
        Assert.Equal(2, lines.Count);
        Assert.Equal("⚠️ 4. Customer journey map: worth reviewing, as a persona with a journey map has changed", lines[0]);
        Assert.Equal("⚠️ 7. Channel plan and budget: worth reviewing, as the personas' channels changed from Telegram, Search to VK, Telegram; the last CAC changed from 1,125 to 1,500", lines[1]);
    }

    [Fact]
    public void The_voice_reads_nothing_of_the_coverage_wizard()
    {
        var chat = StrategyScript.Everything();

        StrategyScript.KeepEverything(chat, ButtonData.Open(CoverageFlow.Id), (CoverageFlow.Key("budget"), "1"), (CoverageFlow.Key("product"), "Liquid soap"));

        Assert.DoesNotContain(StrategyScript.ReviewLines(chat), line => line.Contains("Tone of voice"));
        Assert.Contains("✅ 8. Tone of voice", chat.Last.Text);
    }
}
