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

        Assert.Contains("“marketing spend” is too large: I take values up to 1,000,000,000,000. For example: 30 000 + 25 000", chat.Text);
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
