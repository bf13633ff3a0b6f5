using Coach.Core.Dialogue;
using Coach.Core.Flows.Mix;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Mix;

public class MixFlowTests
{
    [Theory]
    [InlineData("goods", "4p")]
    [InlineData("services", "7p")]
    [InlineData("digital", "save")]
    [InlineData("app", "2p2c")]
    public void The_business_type_proposes_its_model(string business, string model)
    {
        var chat = new ChatDriver().Send("/start mix").Choose(":" + business);

        Assert.Contains(chat.Last.AllButtons, b => b.Data.EndsWith(":" + model) && b.Label.StartsWith("⭐"));
        Assert.Equal(model, MixFlow.Recommend(business));
    }

    [Fact]
    public void Services_walk_the_seven_elements_and_the_card_lists_them()
    {
        var chat = new ChatDriver().Send("/start mix").Choose(":services");
        Assert.Contains("7P adds people, process and physical evidence", chat.Replies[0].Text);

        chat.Choose(":7p");
        Assert.Contains("<b>🧩 Marketing mix 7P</b> · 1/7", chat.Last.Text);
        foreach (var answer in new[] { "haircuts", "mid price", "two salons", "local groups", "friendly masters", "online booking", "reviews" })
        {
            chat.Send(answer);
        }

        Assert.Contains("Your marketing mix (7P)", chat.Last.Text);
        Assert.Contains("<b>People</b>: friendly masters", chat.Last.Text);
        Assert.Equal("7p", MixFlow.Saved(chat.Session)!.Value.Model);
    }

    [Fact]
    public void The_customers_view_can_be_chosen_for_any_business_in_russian()
    {
        var chat = new ChatDriver("ru").Send("/start mix").Choose(":goods").Choose(":4c");

        Assert.Contains("Какую ценность получает клиент", chat.Last.Text);
        Assert.Contains("<b>🧩 Маркетинг-микс 4C</b> · 1/4", chat.Last.Text);
    }

    [Fact]
    public void An_empty_element_is_re_asked()
    {
        var chat = new ChatDriver().Send("/start mix").Choose(":goods").Choose(":4p").Send("x");

        Assert.Contains("too short", chat.Replies[0].Text);
        Assert.Equal(DialogueStates.Of("mix_4p", "product"), chat.State);
    }
    [Theory]
    [InlineData("en", "Product", "Promotion")]
    [InlineData("ru", "Продукт", "Продвижение")]
    public void A_finished_model_shows_the_mix_as_done_in_status_and_the_menu_with_its_answers(string language, string product, string promotion)
    {
        var chat = new ChatDriver(language).Send("/start mix").Choose(":goods").Choose(":4p");
        chat.Send("rye bread").Send("fair price").Send("corner shops");
        chat.Send("/status");
        Assert.Contains("⏳ <b>🧩", chat.Replies[0].Text);

        chat.Send("/resume").Send("leaflets");
        chat.Press(ButtonData.Command("status", MixFlow.Id));

        var status = chat.Replies[0].Text;
        Assert.Contains("✅ <b>🧩", status);
        Assert.Contains($"{product}: rye bread", status);
        Assert.Contains($"{promotion}: leaflets", status);
        chat.Send("/menu");
        Assert.Contains(chat.Last.AllButtons, b => b.Label.StartsWith("✅ 🧩", StringComparison.Ordinal));
    }
}
