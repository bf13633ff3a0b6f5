namespace Coach.Integration.Tests.Telegram;

/// <summary>The KPI calculator end to end: /kpi, free text and the guided flow, through the real Telegram.Bot client and a fake Bot API.</summary>
public sealed class KpiTelegramTests
{
    /// <summary>How long to watch for a reply that should not come, once the update is confirmed (all its replies are out by then).</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Kpi_cac_one_shot_is_answered_in_exactly_one_message_with_the_value_and_the_formula()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3001);

        var result = Assert.Single(await chat.Send("/kpi cac 90000 80"));

        Assert.Contains("1,125", result.Text);
        Assert.Contains("90,000 ÷ 80", result.Text);
        Assert.Contains("CAC = marketing spend ÷ new customers = 90,000 ÷ 80 = 1,125", result.Text);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Kpi_cac_for_a_Russian_client_shows_the_value_in_roubles_grouped_with_a_space()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3002, languageCode: "ru");

        var result = Assert.Single(await chat.Send("/kpi cac 90000 80"));

        Assert.Contains("1 125 ₽", result.Text);
        Assert.Contains("90 000 ₽ ÷ 80", result.Text);
        Assert.DoesNotContain("1,125", result.Text);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Kpi_cac_with_the_articles_spend_items_shows_them_added_up_in_the_formula()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3003);

        var result = Assert.Single(await chat.Send("/kpi cac 30 000 + 25 000 + 15 000 + 20 000 80"));

        Assert.Contains("(30,000 + 25,000 + 15,000 + 20,000) ÷ 80 = 90,000 ÷ 80 = 1,125", result.Text);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Kpi_roi_gives_20_percent_and_explains_that_the_gross_120_percent_is_not_ROI()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3004);

        var result = Assert.Single(await chat.Send("/kpi roi 60000 50000"));

        Assert.Contains("ROI (return on investment): 20%", result.Text);
        Assert.Contains("(60,000 − 50,000) ÷ 50,000 × 100% = 20%", result.Text);
        Assert.Contains("Every 100 you spent brought back 120 in gross profit (120% of the spend)", result.Text);
        Assert.Contains("so it is 20%, not 120%", result.Text);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Russian_free_text_from_the_main_menu_gives_the_CAC_in_roubles_with_the_formula()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3005, languageCode: "ru");
        await chat.Send("/start");

        var result = Assert.Single(await chat.Send("потратили 90 000 на рекламу, пришло 80 клиентов"));

        Assert.Contains("1 125 ₽", result.Text);
        Assert.Contains("CAC = расходы на маркетинг ÷ новые клиенты = 90 000 ₽ ÷ 80 = 1 125 ₽", result.Text);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task English_free_text_with_spend_sales_and_visitors_gives_both_CAC_in_dollars_and_conversion()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3006);
        await chat.Send("/start");

        // New customers, not sales: sales are purchases and never give CAC.
        // Both results in one message (one notification, one keyboard): the team's "answer in one message".
        var answer = Assert.Single(await chat.Send("spent $1.2k on ads, 37 customers from 1,850 visitors"));

        Assert.Contains("CAC (customer acquisition cost): $32.43", answer.Text);
        Assert.Contains("$1,200 ÷ 37", answer.Text);
        Assert.Contains("Conversion rate: 2%", answer.Text);
        Assert.Contains("37 ÷ 1,850 × 100% = 2%", answer.Text);
        Assert.True(answer.Text.IndexOf("CAC", StringComparison.Ordinal) < answer.Text.IndexOf("Conversion rate", StringComparison.Ordinal));
        Assert.Equal(2, Assert.Single(answer.Keyboard).Count);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Kpi_cac_missing_the_customers_asks_for_them_and_the_typed_answer_completes_it()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3007);

        var question = Assert.Single(await chat.Send("/kpi cac 90000"));
        Assert.Contains("How many new customers did it bring?", question.Text);

        var result = Assert.Single(await chat.Send("80"));
        Assert.Contains("CAC (customer acquisition cost): 1,125", result.Text);
        Assert.Contains("90,000 ÷ 80 = 1,125", result.Text);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Free_text_lacking_the_number_of_customers_asks_for_them_and_the_typed_answer_completes_it()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3008);
        await chat.Send("/start");

        var question = Assert.Single(await chat.Send("spent 90k on ads, got clients"));
        Assert.Contains("How many new customers did it bring?", question.Text);

        var result = Assert.Single(await chat.Send("80"));
        Assert.Contains("CAC (customer acquisition cost): 1,125", result.Text);
        Assert.Contains("90,000 ÷ 80 = 1,125", result.Text);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Free_text_lacking_a_number_offers_the_metrics_and_the_CAC_button_asks_for_the_customers()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3016);
        await chat.Send("/start");

        var which = Assert.Single(await chat.Send("spent 90k on ads"));
        Assert.Contains("Which metric did you mean?", which.Text);

        var question = Assert.Single(await chat.PressButton("c:kpi:cac "));
        Assert.Contains("How many new customers did it bring?", question.Text);
        var result = Assert.Single(await chat.Send("80"));
        Assert.Contains("CAC (customer acquisition cost): 1,125", result.Text);
        Assert.Contains("90,000 ÷ 80 = 1,125", result.Text);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Kpi_funnel_names_the_step_furthest_below_its_typical_range_and_uploads_a_PNG_chart_after_the_upload_photo_action()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3009);

        // The 1.4% CTR is the lowest rate but a normal one; 1.4% of clicks becoming leads is the weak step.
        var result = Assert.Single(await chat.Send("/kpi funnel 100000 1400 20 5"));
        await api.WaitForCall("sendPhoto", c => c["chat_id"] == "3009", TelegramChat.Timeout);

        Assert.Contains("Sales funnel: 0.01%", result.Text);
        Assert.Contains("The weak step is clicks → leads: 1.43% against a typical 2%–5% (typical industry range)", result.Text);
        Assert.Contains("impressions → clicks 1.4% (0.5%–2%), clicks → leads 1.43% (2%–5%), leads → sales 25% (10%–30%)", result.Text);
        var photo = Assert.Single(api.Files, f => f.ChatId == chat.ChatId);
        Assert.Equal("sendPhoto", photo.Method);
        Assert.Equal("funnel.png", photo.FileName);
        AssertIsPng(photo);
        Assert.Equal("The funnel: the highlighted stage follows the step furthest below its typical range.", photo.Caption);
        // The chart goes before the message that carries the buttons, so the buttons stay at the bottom.
        Assert.Equal(["sendChatAction", "sendPhoto", "sendMessage"], CallsToChat(api, chat).Select(c => c.Method));
        Assert.Equal("upload_photo", CallsToChat(api, chat)[0]["action"]);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Kpi_channels_tells_to_move_budget_to_the_cheapest_channel_with_volume_and_sends_the_CAC_chart()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3010);

        // The card, then the CACs kept for the channel plan (both names read clearly: VK, Context is search).
        var replies = await chat.Send("/kpi channels VK 30000 40 10; Context 25000 35 12", replies: 2);
        var result = replies[0];
        await api.WaitForCall("sendPhoto", c => c["chat_id"] == "3010", TelegramChat.Timeout);

        Assert.Contains("Channel comparison", result.Text);
        Assert.Contains("• <b>VK</b>: CAC 3,000", result.Text);
        Assert.Contains("• <b>Context</b>: CAC 2,083.33", result.Text);
        Assert.Contains("Blended CAC = 55,000 ÷ 22 = <b>2,500</b>", result.Text);
        Assert.Contains("Move budget from <b>VK</b> (CAC 3,000) to <b>Context</b>", result.Text);
        var photo = Assert.Single(api.Files, f => f.ChatId == chat.ChatId);
        Assert.Equal(("sendPhoto", "channels-cac.png"), (photo.Method, photo.FileName));
        AssertIsPng(photo);
        Assert.Equal("CAC by channel: the lowest is green.", photo.Caption);
        Assert.Contains("“Context” → Search: CAC 2,083.33", replies[1].Text);
        Assert.Equal(["sendChatAction", "sendPhoto", "sendMessage", "sendMessage"], CallsToChat(api, chat).Select(c => c.Method));
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Negative_spend_is_named_refused_and_asked_for_again()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3011);

        var replies = await chat.Send("/kpi cac -5 80", replies: 2);

        Assert.Contains("“marketing spend” can't be negative.", replies[0].Text);
        Assert.Contains("How much did you spend on marketing?", replies[1].Text);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task More_purchases_than_visitors_is_refused_as_a_part_larger_than_its_whole()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3012);

        var replies = await chat.Send("/kpi conversion 120 100", replies: 2);

        Assert.Contains("“purchases” can't be larger than “visitors”", replies[0].Text);
        Assert.Contains("How many purchases (or target actions) were there?", replies[1].Text);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Kpi_alone_lists_the_syntax_of_every_metric()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3013);

        var syntax = Assert.Single(await chat.Send("/kpi"));

        Assert.Contains("<code>/kpi cac &lt;marketing spend&gt; &lt;new customers&gt;</code>", syntax.Text);
        Assert.Contains("/kpi roi", syntax.Text);
        Assert.Contains("/kpi funnel", syntax.Text);
        Assert.Contains("/kpi channels", syntax.Text);
        Assert.Equal("go:kpi", chat.ButtonOfLast("go:kpi").CallbackData);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Guided_KPI_from_the_menu_computes_CAC_from_typed_answers_and_status_lists_it()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3014);
        await chat.Send("/start");

        await chat.PressButton("go:kpi");
        Assert.Contains("Which metric shall we compute?", chat.Last!.Text);
        await chat.PressButton("a:kpi.metric:cac");
        Assert.Contains("How much did you spend on marketing?", chat.Last!.Text);
        await chat.Send("90 000");
        Assert.Contains("How many new customers did it bring?", chat.Last!.Text);
        var result = Assert.Single(await chat.Send("80"));
        Assert.Contains("CAC (customer acquisition cost): 1,125", result.Text);
        Assert.Contains("90,000 ÷ 80 = 1,125", result.Text);

        // In the menu the status card comes alone, with its own way home; the KPI details behind its button.
        var status = Assert.Single(await chat.Send("/status"));
        Assert.Contains("Latest KPIs</b>: CAC 1,125", status.Text);
        Assert.Contains(status.Buttons, b => b.CallbackData == "c:menu");
        var kpis = Assert.Single(await chat.Press("c:status:kpi"));
        Assert.Contains("• CAC: 1,125", kpis.Text);
        Assert.Equal(chat.PressedQueries.Order(), api.CallsTo("answerCallbackQuery").Select(c => c["callback_query_id"]).Order());
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    [Fact]
    public async Task Every_KPI_reply_is_sent_as_HTML_Telegram_accepts_even_with_html_in_channel_names()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3015);

        await chat.Send("/kpi");
        await chat.Send("/kpi cac 30 000 + 25 000 + 15 000 + 20 000 80");
        await chat.Send("/kpi roi 60000 50000");
        await chat.Send("/kpi cac -5 80", replies: 2);
        await chat.Send("/kpi funnel 100000 2000 150 30");
        // "A&B" is no channel Coach knows, so the card is followed by the question which channel it is.
        var replies = await chat.Send("/kpi channels <b>VK 30000 40 10; A&B 25000 35 12", replies: 3);
        var channels = replies[0];
        Assert.Contains("“A&amp;B”", string.Join("\n", replies.Skip(1).Select(r => r.Text)));
        await api.WaitForCall("sendPhoto", c => c.Method == "sendPhoto" && c["caption"]!.Contains("CAC"), TelegramChat.Timeout);

        Assert.Contains("&lt;b&gt;VK", channels.Text);
        Assert.Contains("A&amp;B", channels.Text);
        Assert.Equal(2, api.Files.Count);
        Assert.All(api.Files, AssertIsPng);
        await AssertNoFurtherMessages(api, chat);
        AssertAllSentAsAcceptedHtml(api, bot);
    }

    /// <summary>The bot confirmed every update (so it sent all their replies), and nothing else comes within a short wait.</summary>
    private static async Task AssertNoFurtherMessages(FakeBotApiServer api, TelegramChat chat)
    {
        await api.WaitUntilUpdatesConfirmed(TelegramChat.Timeout);
        await api.AssertNothingMoreTo(chat.ChatId);
    }

    /// <summary>Every text and caption went out with parse_mode HTML that Telegram would parse, nothing was refused and nothing failed.</summary>
    private static void AssertAllSentAsAcceptedHtml(FakeBotApiServer api, CoachBotHost bot)
    {
        Assert.Empty(api.Rejections);
        Assert.NotEmpty(api.Messages);
        Assert.All(api.Messages, m => Assert.Equal("HTML", m.ParseMode, ignoreCase: true));
        Assert.All(api.Files, f =>
        {
            Assert.Equal("HTML", f.ParseMode, ignoreCase: true);
            Assert.Null(TelegramHtml.Check(f.Caption ?? "", out _));
        });
        Assert.True(bot.Log.Errors.Count == 0, bot.Log.ToString());
    }

    private static IReadOnlyList<BotApiCall> CallsToChat(FakeBotApiServer api, TelegramChat chat) =>
        api.Calls.Where(c => c["chat_id"] == chat.ChatId.ToString()).ToList();

    /// <summary>The PNG signature, an IHDR chunk first with a non-empty size, and the IEND chunk last.</summary>
    private static void AssertIsPng(SentFile file)
    {
        var bytes = file.Content;
        Assert.True(bytes.Length > 100, $"{file.FileName}: only {bytes.Length} bytes uploaded");
        Assert.Equal(file.Length, bytes.Length);
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        Assert.True(width > 0 && height > 0, $"{file.FileName}: {width}×{height}");
        Assert.Equal("IEND"u8.ToArray(), bytes[^8..^4]);
    }
}
