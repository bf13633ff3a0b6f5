using Coach.Core.Dialogue;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Kpi;

/// <summary>A number typed after free text that was not enough for a metric completes it instead of being lost.</summary>
public class PendingKpiNumbersTests
{
    private static IEnumerable<Button> Buttons(Reply reply) => reply.Buttons.SelectMany(row => row);

    [Theory]
    [InlineData("ru", "потратили 90 000 на рекламу", "90 000 ₽ ÷ 80 = 1 125 ₽")]
    [InlineData("en", "spent 90000 on ads", "90,000 ÷ 80 = 1,125")]
    public void A_count_after_ad_spend_is_read_as_new_customers(string language, string spend, string cac)
    {
        var chat = new ChatDriver(language).Send("/start").Send(spend);
        Assert.Contains(Buttons(chat.Last), b => b.Data == ButtonData.Command("menu"));

        chat.Send("80");

        Assert.Contains(cac, chat.Text);
        Assert.Contains("CAC", chat.Text);
        Assert.Null(chat.Session.PendingKpiNumbers);
    }

    [Theory]
    [InlineData("ru", "4000 кликов", "Какую метрику дополняет 200 000?")]
    [InlineData("en", "4000 clicks", "Which metric does 200,000 complete?")]
    public void A_number_with_no_usual_reading_gets_the_buttons_carrying_both_numbers(string language, string clicks, string question)
    {
        var chat = new ChatDriver(language).Send("/start").Send(clicks).Send("200000");

        Assert.Contains(question, chat.Last.Text);
        Assert.Contains(Buttons(chat.Last), b => b.Data == ButtonData.Command("kpi", "ctr 4000 200000"));
        Assert.Contains(Buttons(chat.Last), b => b.Data == ButtonData.Command("menu"));

        chat.Press(ButtonData.Command("kpi", "ctr 4000 200000"));

        Assert.Contains("4000", chat.Text.Replace(" ", "").Replace(",", ""));
        Assert.Contains("2%", chat.Text);
    }

    [Fact]
    public void The_numbers_wait_only_for_the_next_message()
    {
        var chat = new ChatDriver("ru").Send("/start").Send("потратили 90 000 на рекламу").Send("привет").Send("80");

        Assert.DoesNotContain("CAC", chat.Text);
        Assert.Null(chat.Session.PendingKpiNumbers);
    }

    [Fact]
    public void The_waiting_numbers_are_kept_in_the_saved_session()
    {
        var chat = new ChatDriver("en").Send("/start").Send("spent 90000 on ads");

        Assert.Equal("spend=90000:None", chat.Session.PendingKpiNumbers);
    }
}

public class PendingKpiNumbersExpiryTests
{
    [Fact]
    public void Going_back_to_the_menu_forgets_the_waiting_numbers()
    {
        var chat = new ChatDriver("ru").Send("/start").Send("потратили 90 000 на рекламу").Press(ButtonData.Command("menu")).Send("80");

        Assert.DoesNotContain("CAC", chat.Text);
        Assert.Null(chat.Session.PendingKpiNumbers);
    }
}
