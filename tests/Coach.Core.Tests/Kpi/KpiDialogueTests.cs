using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Flows.Kpi;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Kpi;

/// <summary>The three ways to a KPI (guided, /kpi, free text) through the dialogue engine.</summary>
public class KpiDialogueTests
{
    [Fact]
    public void Kpi_cac_answers_in_one_message_with_value_formula_and_reading()
    {
        var chat = new ChatDriver().Send("/start").Send("/kpi cac 90000 80");

        var card = Assert.Single(chat.Replies).Text;
        Assert.Contains("CAC (customer acquisition cost): 1,125", card);
        Assert.Contains("CAC = marketing spend ÷ new customers = 90,000 ÷ 80 = 1,125", card);
        Assert.Contains("Each new customer costs you 1,125", card);
    }

    [Fact]
    public void Russian_money_is_shown_in_roubles_with_spaces()
    {
        var chat = new ChatDriver("ru").Send("/kpi cac 30 000 + 25 000 + 15 000 + 20 000 80");

        Assert.Contains("(30 000 + 25 000 + 15 000 + 20 000) ÷ 80 = 90 000 ₽ ÷ 80 = 1 125 ₽", chat.Last.Text);
    }

    [Fact]
    public void The_article_cac_example_shows_the_items_then_the_total()
    {
        var chat = new ChatDriver().Send("/kpi cac 30000+25000+15000+20000 80");

        Assert.Contains("= (30,000 + 25,000 + 15,000 + 20,000) ÷ 80 = 90,000 ÷ 80 = 1,125", chat.Last.Text);
    }

    [Fact]
    public void Roi_explains_the_gross_return_it_is_not()
    {
        var chat = new ChatDriver().Send("/kpi roi 60000 50000");

        Assert.Contains("ROI (return on investment): 20%", chat.Last.Text);
        Assert.Contains("(60,000 − 50,000) ÷ 50,000 × 100% = 20%", chat.Last.Text);
        Assert.Contains("Every 100 you spent brought back 120 in gross profit (120% of the spend)", chat.Last.Text);
        Assert.Contains("so it is 20%, not 120%", chat.Last.Text);
    }

    [Fact]
    public void Ltv_converts_the_period_into_the_frequencys_unit()
    {
        var chat = new ChatDriver("ru").Send("/kpi ltv 280 2/нед 1 год");

        Assert.Contains("280 ₽ × 2 в неделю × 52 недели = 29 120 ₽", chat.Last.Text);
        Assert.Contains("За 1 год клиент приносит 29 120 ₽", chat.Last.Text);
    }

    [Fact]
    public void Payback_takes_a_yearly_profit_and_shows_the_division()
    {
        var chat = new ChatDriver().Send("/kpi payback 1125 14500/year");

        Assert.Contains("1,125 ÷ (14,500 ÷ 12) = 0.93 months", chat.Last.Text);
        Assert.Contains("pays back within a month", chat.Last.Text);
    }

    [Theory]
    [InlineData("/kpi cac 900 800", "900 ÷ 800")]
    [InlineData("/kpi cac 90 000 80", "90,000 ÷ 80")]
    [InlineData("/kpi roi 60 000 50 000", "(60,000 − 50,000)")]
    [InlineData("/kpi conversion 37 1 850", "37 ÷ 1,850")]
    [InlineData("/kpi цена клиента 90к 80", "90,000 ÷ 80")]
    [InlineData("/kpi CAC 90000, 80", "90,000 ÷ 80")]
    [InlineData("/kpi@CoachBot cac 90000 80", "90,000 ÷ 80")]
    public void One_shot_numbers_are_split_the_way_a_person_means_them(string command, string expected)
    {
        Assert.Contains(expected, new ChatDriver().Send(command).Last.Text);
    }

    [Fact]
    public void A_missing_input_is_asked_for_and_then_computed()
    {
        var chat = new ChatDriver().Send("/kpi cac 90000");

        Assert.Contains("How many new customers did it bring?", chat.Last.Text);
        Assert.Equal(KpiFlow.StateOf(KpiCatalog.Find("cac")!, KpiCatalog.Find("cac")!.Inputs[1]), chat.State);

        chat.Send("80");

        Assert.Contains("1,125", chat.Last.Text);
        Assert.Equal(DialogueStates.Menu, chat.State);
    }

    [Theory]
    [InlineData("/kpi cac -5 80", "“marketing spend” can't be negative")]
    [InlineData("/kpi cac 90000 0", "“new customers” can't be zero")]
    [InlineData("/kpi cac abc 80", "“marketing spend”: I couldn't read a number")]
    [InlineData("/kpi ltv 280 2/week 1y 150%", "“margin” is a percentage: it can't be above 100%")]
    [InlineData("/kpi conversion 120 100", "“purchases” can't be larger than “visitors”")]
    [InlineData("/kpi cac 1 2 3", "more numbers than this metric takes")]
    public void Bad_numbers_are_named_and_the_input_asked_again(string command, string problem)
    {
        var chat = new ChatDriver().Send("/start").Send(command);

        Assert.Contains(problem, chat.Replies[0].Text);
        Assert.NotEqual(DialogueStates.Menu, chat.State);
    }

    [Fact]
    public void Kpi_alone_lists_every_metric_with_its_syntax()
    {
        var chat = new ChatDriver().Send("/kpi");

        foreach (var metric in KpiCatalog.All)
        {
            Assert.Contains($"/kpi {metric.Id} ", chat.Last.Text);
        }

        Assert.Contains("&lt;marketing spend&gt;", chat.Last.Text);
    }

    [Fact]
    public void An_unknown_metric_is_named_with_the_list()
    {
        var chat = new ChatDriver().Send("/kpi frobs 1 2");

        Assert.Contains("I don't know the metric “frobs”", chat.Replies[0].Text);
    }

    [Fact]
    public void Free_text_in_russian_computes_cac()
    {
        var chat = new ChatDriver("ru").Send("/start").Send("потратили 90 000 на рекламу, пришло 80 клиентов");

        Assert.Contains("CAC (стоимость привлечения клиента): 1 125 ₽", chat.Last.Text);
        Assert.Contains("90 000 ₽ ÷ 80 = 1 125 ₽", chat.Last.Text);
    }

    [Fact]
    public void Free_text_in_english_computes_every_metric_its_numbers_give()
    {
        var chat = new ChatDriver().Send("/start").Send("spent $1.2k on ads, 37 sales from 1,850 visitors");

        // Sales are purchases, not new customers: they give conversion and the cost of a sale, never CAC.
        // One sentence, one answer: both cards in one message, in the recipes' order, with one keyboard.
        var answer = Assert.Single(chat.Replies);
        Assert.True(answer.Text.IndexOf("Conversion rate: 2%", StringComparison.Ordinal) is >= 0 and var conversion
            && answer.Text.IndexOf("Cost per sale: $32.43", StringComparison.Ordinal) > conversion, answer.Text);
        Assert.Equal(["Another metric", "Main menu"], answer.Buttons.Single().Select(b => b.Label.Split(' ', 2)[1]));
        Assert.DoesNotContain("CAC", chat.Text);
        Assert.Equal(2, chat.Session.KpiHistory.Count);
    }

    [Theory]
    [InlineData("en", "spent 30k on ads, 500 clicks from 400 impressions", "CPC (cost per click): 60", "can't be larger than", "How many clicks?")]
    [InlineData("ru", "потратили 30 000 на рекламу: 500 кликов, 400 показов", "CPC (цена клика): 60", "не может быть больше значения", "Сколько кликов?")]
    public void A_number_one_metric_refuses_is_asked_about_once_after_the_others_results(
        string language, string text, string card, string problem, string question)
    {
        var chat = new ChatDriver(language).Send("/start").Send(text);

        // The results and CTR's problem in one message, its question next, alone; the general warning stays out.
        Assert.Equal(2, chat.Replies.Count);
        Assert.Contains(card, chat.Replies[0].Text);
        Assert.Contains("CTR", chat.Replies[0].Text);
        Assert.Contains(problem, chat.Replies[0].Text);
        Assert.DoesNotContain("⚠️", chat.Text);
        Assert.Contains(question, chat.Last.Text);
    }

    [Fact]
    public void Of_two_metrics_refusing_numbers_one_asks_next_and_the_other_says_why_in_the_results()
    {
        var chat = new ChatDriver().Send("/start").Send("spent 30k on ads, 500 clicks from 400 impressions, 0 sales from 1000 visitors");

        // Both problems in the results (no sales to divide by; more clicks than impressions), CTR's question next.
        Assert.Equal(2, chat.Replies.Count);
        Assert.Contains("CPC (cost per click): 60", chat.Replies[0].Text);
        Assert.Contains("<b>Cost per sale</b> — “sales” can't be zero", chat.Replies[0].Text);
        Assert.Contains("<b>CTR (click-through rate)</b> — “clicks” can't be larger than", chat.Replies[0].Text);
        Assert.Contains("How many clicks?", chat.Last.Text);
        Assert.DoesNotContain("⚠️", chat.Text);
        Assert.Equal("kpi_ctr.clicks", chat.State);
    }

    [Fact]
    public void A_refusal_about_other_numbers_keeps_the_warning_about_these()
    {
        // Conversion refuses more sales than clicks (its visitors); the leads above the clicks are another matter.
        var chat = new ChatDriver().Send("/start").Send("spent 50k on ads: 1,200 clicks, 1,500 leads, 1,300 sales");

        Assert.Contains("more leads than clicks", chat.Replies[0].Text);
        Assert.Contains("can't be larger than", chat.Text);
    }

    [Theory]
    [InlineData("en", "spent 50k on ads: 1,200 clicks, 1,500 leads", "more leads than clicks")]
    [InlineData("ru", "потратили 50 000 на рекламу: 1 200 кликов, 1 500 заявок", "лидов больше, чем кликов")]
    public void Numbers_that_contradict_each_other_with_no_metric_refusing_them_get_the_warning_in_the_results(string language, string text, string warning)
    {
        var chat = new ChatDriver(language).Send("/start").Send(text);

        var answer = Assert.Single(chat.Replies);
        Assert.Contains("CPC", answer.Text);
        Assert.Contains("CPA", answer.Text);
        Assert.Contains(warning, answer.Text);
    }

    [Fact]
    public void Free_text_naming_a_metric_asks_for_what_is_missing()
    {
        var chat = new ChatDriver().Send("/start").Send("what's my roi if profit was 60k");

        Assert.Contains("How much did you spend on marketing?", chat.Last.Text);
        chat.Send("50k");
        Assert.Contains("ROI (return on investment): 20%", chat.Last.Text);
    }

    [Fact]
    public void Free_text_with_too_few_numbers_asks_which_metric_with_buttons()
    {
        var chat = new ChatDriver().Send("/start").Send("spent 90k on ads");

        Assert.Contains("Which metric did you mean?", chat.Last.Text);
        var cac = chat.Last.AllButtons.First(b => b.Data.StartsWith("c:kpi:cac"));
        chat.Press(cac.Data);
        Assert.Contains("How many new customers", chat.Last.Text);
        chat.Send("80");
        Assert.Contains("1,125", chat.Last.Text);
    }

    [Fact]
    public void The_guided_calculator_walks_a_metric_input_by_input()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(KpiFlow.Id));
        Assert.Contains("Which metric shall we compute?", chat.Last.Text);

        chat.Choose(":funnel");
        Assert.Contains("<b>Sales funnel</b> · 1/4", chat.Last.Text);
        chat.Send("100 000").Send("2 000").Send("150").Send("30");

        // A 2% CTR, 7.5% click → lead and 20% lead → sale are all normal: no step is singled out.
        Assert.Contains("Every step is within or above its typical range", chat.Last.Text);
        Assert.Contains("impressions → clicks 2% (0.5%–2%), clicks → leads 7.5% (2%–5%), leads → sales 20% (10%–30%)", chat.Last.Text);
        var chart = Assert.IsType<FunnelChart>(Assert.Single(chat.Last.Charts));
        Assert.Equal(["impressions", "clicks", "leads", "sales"], chart.Stages.Select(s => s.Label));
        Assert.Null(chart.BottleneckIndex);
        Assert.Equal("The funnel: every step is within its typical range.", chart.Caption);
        Assert.Equal("→ 7.5%", chart.StepConversions[1]);
    }

    [Fact]
    public void Recomputing_a_metric_offers_the_previous_inputs_to_keep()
    {
        var chat = new ChatDriver().Send("/kpi cac 90000 80").Press(ButtonData.Open(KpiFlow.Id)).Choose(":cac");

        Assert.Contains("Keep: 90,000", chat.Last.AllButtons.Select(b => b.Label));
        chat.Choose(ButtonData.Keep).Send("90");

        Assert.Contains("90,000 ÷ 90 = 1,000", chat.Last.Text);
    }

    [Fact]
    public void Channels_are_compared_and_the_cheapest_with_volume_named()
    {
        var chat = new ChatDriver().Send("/kpi channels VK 30 000 40 10; Context 25 000 35 12; Bloggers 35 000 20 5; SEO 10 000 15 1");

        var card = chat.Replies[0].Text;
        Assert.Contains("<b>Context</b>: CAC 2,083.33", card);
        Assert.Contains("Move budget from <b>SEO</b>", card);
        Assert.Contains("to <b>Context</b>", card);
        Assert.Contains("Blended CAC = 100,000 ÷ 28 = <b>3,571.43</b>", card);
        var chart = Assert.IsType<ComparisonChart>(Assert.Single(chat.Replies[0].Charts));
        Assert.True(chart.LowerIsBetter);
        Assert.Equal(4, chart.Bars.Count);
    }

    [Theory]
    [InlineData("/kpi channels VK 30000", "needs exactly three numbers")]
    [InlineData("/kpi channels VK 30000 40 10", "from 2 to 10 channels")]
    [InlineData("/kpi channels VK 30000 10 40; B 1 1 1", "more customers than leads")]
    [InlineData("/kpi channels 30000 10 4; B 1 1 1", "no channel name")]
    public void A_bad_channel_table_is_explained(string command, string problem)
    {
        var chat = new ChatDriver().Send(command);

        Assert.Contains(problem, chat.Replies[0].Text);
        Assert.Equal(KpiFlow.ChannelsState, chat.State);
    }

    [Theory]
    [InlineData("en", "Latest KPIs</b>: CAC 1,125, ROI 20%", "CAC: 687.50")]
    [InlineData("ru", "Последние KPI</b>: CAC 1 125 ₽, ROI 20%", "CAC: 687,50 ₽")]
    public void The_status_line_names_a_metric_computed_twice_once_at_its_latest_value(string language, string line, string older)
    {
        var chat = new ChatDriver(language).Send("/kpi roi 60000 50000").Send("/kpi cac 55000 80").Send("/kpi cac 90000 80").Send("/status");
        Assert.Contains(line, chat.Replies[0].Text);

        // The KPI part keeps the history, the older value with its date.
        var status = chat.Press(ButtonData.Command("status", "kpi")).Replies[0].Text;
        Assert.Contains(older, status);
    }

    [Fact]
    public void Status_lists_the_latest_kpis()
    {
        var chat = new ChatDriver().Send("/kpi cac 90000 80").Send("/kpi roi 60000 50000").Send("/status");
        Assert.Contains("Latest KPIs</b>: ROI 20%, CAC 1,125", chat.Replies[0].Text);

        var status = chat.Press(ButtonData.Command("status", "kpi")).Replies[0].Text;
        Assert.Contains("Latest KPIs", status);
        Assert.Contains("ROI: 20%", status);
        Assert.Contains("CAC: 1,125", status);
        Assert.True(status.IndexOf("ROI", StringComparison.Ordinal) < status.IndexOf("CAC:", StringComparison.Ordinal), "newest first");
    }

    [Fact]
    public void A_kpi_one_shot_in_the_middle_of_the_wizard_keeps_the_wizard_paused()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("Bread");

        chat.Send("/kpi cac 90000 80");

        Assert.Contains("1,125", chat.Last.Text);
        Assert.Equal(CoverageFlow.Key("audience"), chat.State);
    }
}

public class KpiOneShotRecoveryTests
{
    [Fact]
    public void A_bad_first_number_keeps_the_good_second_one()
    {
        var chat = new ChatDriver().Send("/kpi cac -5 80");

        Assert.Contains("How much did you spend on marketing?", chat.Last.Text);
        chat.Send("90000");
        Assert.Contains("90,000 ÷ 80 = 1,125", chat.Last.Text);
    }

    [Fact]
    public void A_value_refused_for_contradicting_another_is_not_offered_to_keep()
    {
        var chat = new ChatDriver().Send("/kpi conversion 120 100");

        Assert.DoesNotContain(chat.Last.AllButtons, b => b.Label.StartsWith("Keep"));
    }

    [Fact]
    public void Free_text_naming_the_missing_input_asks_for_it()
    {
        var chat = new ChatDriver().Send("/start").Send("spent 90k on ads, got clients");

        Assert.Contains("How many new customers did it bring?", chat.Last.Text);
        Assert.Contains("1,125", chat.Send("80").Last.Text);
    }

    [Fact]
    public void Metric_buttons_carry_the_numbers_already_given()
    {
        var chat = new ChatDriver().Send("/start").Send("spent 90k on ads");

        var metricButtons = chat.Last.AllButtons.Where(b => b.Data != ButtonData.Command("menu")).ToList();
        Assert.NotEmpty(metricButtons);
        Assert.All(metricButtons, b => Assert.Contains("90000", b.Data));
    }

    [Theory]
    [InlineData("ru", "около 90к", "90 000 ₽ ÷ 80")]
    [InlineData("ru", "90к на таргет", "90 000 ₽ ÷ 80")]
    [InlineData("en", "about 90k", "90,000 ÷ 80")]
    public void A_kpi_question_takes_its_number_inside_a_phrase(string language, string spend, string formula)
    {
        var chat = new ChatDriver(language).Send("/kpi cac").Send(spend).Send("80");

        Assert.Contains(formula, chat.Text);
    }
}
