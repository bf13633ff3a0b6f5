using Coach.Core.Dialogue;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Kpi;

/// <summary>KPI answers a QA pass found wrong: absurd magnitudes, dead-end questions.</summary>
public class KpiMagnitudeTests
{
    [Fact]
    public void A_one_shot_kpi_with_an_absurd_spend_names_the_field_and_shows_an_example()
    {
        var chat = new ChatDriver().Send("/start").Send("/kpi cac 1000000000000000 80");

        Assert.Contains("“marketing spend” is too large: I take values up to 1,000,000,000,000 (for example: 30,000 + 25,000", chat.Text);
        Assert.DoesNotContain("12,500,000,000,000", chat.Text);
        Assert.Contains("How much did you spend on marketing?", chat.Last.Text);
        Assert.Contains("90,000 ÷ 80 = 1,125", chat.Send("90000").Last.Text);
    }

    [Fact]
    public void The_guided_calculator_refuses_an_absurd_value_in_russian()
    {
        var chat = new ChatDriver("ru").Send("/start").Send("/kpi cac").Send("2000000000000");

        Assert.Contains("«расходы на маркетинг» — слишком большое число", chat.Text);
        Assert.Contains("1 125 ₽", chat.Send("90000").Send("80").Last.Text);
    }

    [Fact]
    public void Free_text_with_an_absurd_spend_is_refused_too()
    {
        var chat = new ChatDriver().Send("/start").Send("spent 5000000000000 on ads, got 80 customers");

        Assert.Contains("is too large: I take values up to 1,000,000,000,000", chat.Text);
        Assert.DoesNotContain("62,500,000,000", chat.Text);
    }

    [Fact]
    public void The_cap_itself_is_still_accepted()
    {
        Assert.Contains("12,500,000,000", new ChatDriver().Send("/kpi cac 1000000000000 80").Last.Text);
    }
}

public class KpiFreeTextButtonsTests
{
    [Theory]
    [InlineData("en", "we got 1850 visitors", "Conversion", "How many purchases")]
    [InlineData("ru", "пришло 1850 посетителей", "Конверсия", "Сколько")]
    public void A_lone_number_that_is_not_a_first_input_still_gets_metric_buttons_and_is_kept(string language, string text, string metric, string question)
    {
        var chat = new ChatDriver(language).Send("/start").Send(text);

        var button = chat.Last.AllButtons.First(b => b.Label.StartsWith(metric));
        Assert.Contains(chat.Last.AllButtons, b => b.Data == ButtonData.Open("kpi"));
        chat.Press(button.Data);
        Assert.Contains(question, chat.Last.Text);
        chat.Send("37");
        Assert.Contains(chat.Last.AllButtons, b => b.Label.Contains("1") && b.Label.Contains("850"));
        chat.Press(chat.Last.AllButtons.First(b => b.Label.Contains("850")).Data);
        Assert.Contains("2", chat.Last.Text);
        Assert.Contains("37 ÷ 1", chat.Last.Text);
    }
}

public class KpiSumsAndSignsTests
{
    [Theory]
    [InlineData("en", "/kpi reach 15000 90000 8000", "113,000")]
    [InlineData("en", "/kpi reach 15 000 90 000 8 000", "113,000")]
    [InlineData("en", "/kpi reach 15000 + 90000 + 8000", "113,000")]
    [InlineData("en", "/kpi reach 1000 2000 3000 4000 5000", "15,000")]
    [InlineData("ru", "/kpi охват 15000 90000 8000", "113 000")]
    public void Reach_adds_up_any_count_of_channels(string language, string command, string total)
    {
        var chat = new ChatDriver(language).Send(command);

        Assert.Contains(total, chat.Last.Text);
        Assert.DoesNotContain("more numbers", chat.Text);
        Assert.DoesNotContain("Чисел больше", chat.Text);
    }

    [Theory]
    [InlineData("/kpi roi 40000 50000", "−20%")]
    [InlineData("/kpi nps 5 5 90", "−85")]
    public void Negative_results_are_written_with_the_minus_sign(string command, string shown)
    {
        var text = new ChatDriver().Send(command).Last.Text;

        Assert.Contains(shown, text);
        Assert.DoesNotContain("-", text.Replace("<", "").Replace("kpi-", ""));
    }
}

public class KpiRussianPluralTests
{
    [Theory]
    [InlineData("/kpi охват 15000 90000 8001", "113 001 контакт —")]
    [InlineData("/kpi охват 15000 90000 8002", "113 002 контакта —")]
    [InlineData("/kpi охват 15000 90000 8000", "113 000 контактов —")]
    [InlineData("/kpi leads 10 5 3 3", "Всего 21 лид —")]
    [InlineData("/kpi leads 10 5 3 4", "Всего 22 лида —")]
    public void Counted_kpis_agree_with_their_noun(string command, string expected)
    {
        Assert.Contains(expected, new ChatDriver("ru").Send(command).Last.Text);
    }
}

public class KpiChannelTableMagnitudeTests
{
    [Fact]
    public void A_channel_table_with_an_absurd_spend_names_the_line()
    {
        var chat = new ChatDriver().Send("/kpi channels VK 5000000000000 40 10; Context 25000 35 12");

        Assert.Contains("The line “VK 5000000000000 40 10” has a number above 1,000,000,000,000", chat.Text);
        Assert.Empty(chat.Session.KpiHistory);
    }
}
