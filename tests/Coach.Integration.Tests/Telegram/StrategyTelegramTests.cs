namespace Coach.Integration.Tests.Telegram;

/// <summary>Personas per segment and review flags through the real Telegram.Bot client and a fake Bot API.</summary>
public sealed class StrategyTelegramTests
{
    [Fact]
    public async Task A_saved_persona_is_linked_to_a_segment_and_the_missing_one_is_offered_in_russian()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3961, languageCode: "ru");

        await chat.Send("/personas new");
        // The essentials only: six answers, then the card instead of the depth questions.
        foreach (var answer in new[] { "Аня", "25–34", "менеджер", "нет времени", "экономия времени" })
        {
            await chat.Send(answer);
        }

        var depth = Assert.Single(await chat.Send("Telegram, Поиск"));
        Assert.Contains("Главное есть", depth.Text);
        Assert.Equal(["➕ Добавить подробности", "✅ Готово, к портрету"], depth.Buttons.Select(b => b.Text).Take(2));
        var card = Assert.Single(await chat.PressButton("a:persona.depth:skip"));
        Assert.Contains("Боли и потребности: нет времени", card.Text);
        Assert.DoesNotContain("Доход", card.Text);

        foreach (var answer in new[] { "/start coverage", "Машины", "2", "1", "3", "1", "4" })
        {
            await chat.Send(answer);
        }

        await chat.Send("2", replies: 2);
        await chat.Send("2");
        await chat.Send("студенты, семьи");
        Assert.Contains("⬜ 3. Портреты клиентов", (await chat.Send("/programme"))[0].Text);

        var offer = (await chat.Send("/personas next"))[0];
        Assert.Contains("У сегмента «студенты» пока нет портрета.", offer.Text);
        var linked = await chat.PressButton("c:personas:assign", replies: 2);

        Assert.Equal("«Аня» теперь портрет сегмента «студенты».", linked[0].Text);
        Assert.Contains("• студенты → Аня\n• семьи → портрета пока нет", linked[1].Text);
        Assert.Contains(linked[1].Buttons, b => b.Text == "👤 Аня · студенты");
        var next = await chat.PressButton("c:personas:new 1", replies: 2);
        Assert.Equal("Портрет для сегмента «семьи».", next[0].Text);
        Assert.Contains("Дайте портрету имя", next[1].Text);
    }

    [Fact]
    public async Task A_changed_budget_flags_only_the_channel_plan_and_names_the_change()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3962);

        foreach (var answer in new[] { "/start", "/start coverage", "Soap", "1", "2", "2", "3", "4" })
        {
            await chat.Send(answer);
        }

        await chat.Send("2", replies: 2);
        await chat.Send("1");
        foreach (var answer in new[] { "/start channels", "100000", "6", "Telegram, Search" })
        {
            await chat.Send(answer);
        }

        await chat.Send("/start coverage", replies: 2);
        await chat.PressButton("a:coverage.product:=");
        await chat.PressButton("a:coverage.audience:everyone");
        await chat.PressButton("a:coverage.budget:limited");
        await chat.Send("keep");
        await chat.Send("keep");
        await chat.Send("keep");
        await chat.Send("keep", replies: 2);
        await chat.Send("keep");
        var card = (await chat.Send("/programme"))[0];

        Assert.Contains("✅ 1. Coverage strategy\n", card.Text);
        Assert.Contains("⚠️ 7. Channel plan and budget: worth reviewing, as the coverage budget changed from moderate to limited\n", card.Text);
        Assert.Single(card.Text.Split('\n'), line => line.StartsWith("⚠️", StringComparison.Ordinal));
        Assert.Contains(card.Buttons, b => b.CallbackData == "go:channels");
    }
}
