using Coach.Bot;
using Coach.Core.Dialogue;
using Coach.Integration.Tests.Support;
using Coach.Integration.Tests.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Integration.Tests.Drafting;

/// <summary>Drafting over Telegram: the real host and Telegram.Bot client against the fake Bot API, the real SK connector against the fake OpenAI server.</summary>
public class DraftingTelegramTests
{
    private static Dictionary<string, string?> Llm(FakeOpenAiServer llm, string timeoutSeconds = "10") => new()
    {
        ["Llm:Endpoint"] = llm.Endpoint,
        ["Llm:Model"] = "fake-model",
        ["Llm:ApiKey"] = "test-key",
        ["Llm:TimeoutSeconds"] = timeoutSeconds,
    };

    private static async Task<IReadOnlyList<SentMessage>> DraftSms(TelegramChat chat, string topic)
    {
        await chat.Send("/tov");
        var question = await chat.PressButton("go:draft", replies: 2);
        Assert.Contains("No tone of voice saved yet", question[0].Text);
        await chat.PressButton("a:draft.channel:sms");
        return await chat.Send(topic);
    }

    [Fact]
    public async Task A_draft_comes_from_the_model_after_typing_and_its_buttons_rewrite_and_save_it()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var llm = await FakeOpenAiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, Llm(llm));
        var chat = new TelegramChat(api, chatId: 6001);

        var draft = await DraftSms(chat, "New rye loaf, 20% off");

        Assert.Contains("✍️ <b>💬 SMS</b>", draft[0].Text);
        Assert.Contains("Warm rye by 8 am. Order today", draft[0].Text);
        Assert.DoesNotContain("template", draft[0].Text);
        var calls = api.Calls.ToList();
        var typing = calls.FindIndex(c => c.Method == "sendChatAction" && c["action"] == "typing" && c["chat_id"] == "6001");
        var sent = calls.FindIndex(c => c.Method == "sendMessage" && c.Parameters.ToJsonString().Contains("Warm rye by 8 am", StringComparison.Ordinal));
        Assert.InRange(typing, 0, sent - 1);
        Assert.Contains("Topic or offer: New rye loaf, 20% off", llm.Requests.Single().User);

        llm.Answer = _ => FakeAnswer.Text("Rye by 8. Order");
        var shorter = await chat.PressButton("c:tov:shorter 0 sms");
        Assert.Contains("Rye by 8. Order", shorter[0].Text);
        Assert.Contains("noticeably shorter", llm.Requests[^1].System);
        Assert.Contains("Draft: Warm rye by 8 am. Order today", llm.Requests[^1].User);

        await chat.PressButton("c:tov:save 0 sms");
        Assert.Contains("💾 Saved", chat.Last!.Text);
        var saved = await chat.PressButton("c:tov:saved");
        Assert.Contains("Rye by 8. Order", saved[0].Text);

        await chat.Send("/export");
        await api.WaitForCall("sendDocument", c => c.Parameters.ToString().Contains(".md", StringComparison.Ordinal), TelegramChat.Timeout);
        var markdown = api.Files.Single(f => f.ChatId == chat.ChatId && f.FileName!.EndsWith(".md", StringComparison.Ordinal));
        Assert.Contains("Rye by 8. Order", System.Text.Encoding.UTF8.GetString(markdown.Content));
        Assert.Empty(bot.Log.Errors);
    }

    [Fact]
    public async Task The_voice_from_buttons_then_a_360_pack_one_message_per_channel_over_telegram()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var llm = await FakeOpenAiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, Llm(llm));
        var chat = new TelegramChat(api, chatId: 6005);
        await chat.Send("/tov");
        await chat.Press("go:tov");
        await chat.PressButton("a:tov.formality:friendly");
        await chat.PressButton("a:tov.humor:light");
        await chat.PressButton("a:tov.address:casual");
        await chat.Send("Bread baked at dawn from organic flour");
        await chat.Send("fresh, warm");
        await chat.Send("cheap");
        await chat.PressButton("a:tov.emoji:few");
        var saved = await chat.Send("/skip");
        Assert.Contains("Your tone of voice is saved", saved[0].Text);

        await chat.PressButton("go:pack");
        await chat.Toggle("a:pack.channels:social");
        await chat.Toggle("a:pack.channels:video");
        await chat.PressButton("a:pack.channels:!");
        var pack = await chat.Send("New rye sourdough loaf", replies: 3);

        Assert.Contains("360 pack", pack[0].Text);
        Assert.Contains("Rye out of the oven at six.", pack[1].Text);
        Assert.Contains("Hook: the oven door opens at six.", pack[2].Text);
        Assert.All(pack.Skip(1), m => Assert.Contains(m.Buttons, b => b.CallbackData!.StartsWith("c:tov:save", StringComparison.Ordinal)));
        Assert.Equal(["social", "video"], llm.Requests.Select(r => r.Channel));
        Assert.Contains("formality: friendly", llm.Requests[0].System);
        Assert.Contains("casual register", llm.Requests[0].System);
        Assert.Contains("Words to avoid: cheap", llm.Requests[0].User);
        Assert.Contains("[[[DRAFT\nRye out of the oven at six.", llm.Requests[1].User);
        Assert.Contains(api.CallsTo("sendChatAction"), c => c["action"] == "typing");
        Assert.Empty(bot.Log.Errors);
    }

    [Fact]
    public async Task A_failing_model_over_telegram_gives_the_template_draft_and_the_note()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var llm = await FakeOpenAiServer.StartAsync();
        llm.Answer = _ => FakeAnswer.Error(503);
        await using var bot = await CoachBotHost.StartAsync(api, Llm(llm));
        var chat = new TelegramChat(api, chatId: 6002, languageCode: "ru");
        await chat.Send("/tov");
        await chat.PressButton("go:draft", replies: 2);
        await chat.PressButton("a:draft.channel:outdoor");

        var draft = await chat.Send("Новый ржаной хлеб на закваске каждое утро к восьми");

        Assert.Contains("черновик по шаблону", draft[0].Text);
        Assert.Contains("⚠️ Языковая модель сейчас недоступна", draft[0].Text);
        Assert.Contains("Попробуйте сегодня", draft[0].Text);
        Assert.Contains(api.CallsTo("sendChatAction"), c => c["action"] == "typing");
        Assert.Contains(bot.Log.Entries, e => e.StartsWith("Warning", StringComparison.Ordinal) && e.Contains("The language model failed (Unavailable)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typing_is_repeated_while_a_slow_model_works_and_the_template_follows_its_timeout()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var llm = await FakeOpenAiServer.StartAsync();
        llm.Answer = _ => FakeAnswer.Never;
        // The host's clock is the test's: typing every 4 s and the model's 9 s deadline happen when the test moves it,
        // each move made once the code waits on that timer, so a slow machine cannot reorder them.
        var time = new WatchedTime(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        var deadline = TimeSpan.FromSeconds(9);
        await using var bot = await CoachBotHost.StartAsync(api, Llm(llm, timeoutSeconds: "9"), time);
        var chat = new TelegramChat(api, chatId: 6004);
        await chat.Send("/tov");
        await chat.PressButton("go:draft", replies: 2);
        await chat.PressButton("a:draft.channel:sms");
        time.Watch(DialogueEngine.BusyInterval);
        time.Watch(deadline);

        api.EnqueueText(chat.ChatId, "New rye loaf");
        await time.SetAsync(deadline);
        await time.SetAsync(DialogueEngine.BusyInterval);
        Assert.Single(Typing(api));
        time.Advance(DialogueEngine.BusyInterval);
        await time.SetAsync(DialogueEngine.BusyInterval);
        Assert.Equal(2, Typing(api).Count);
        time.Advance(deadline - DialogueEngine.BusyInterval);
        var draft = await api.WaitForMessages(chat.ChatId, 1, FakeBotApiServer.DefaultTimeout);

        Assert.Contains("did not answer in time", draft[0].Text);
        Assert.InRange(Typing(api).Count, 2, 3);
    }

    private static List<BotApiCall> Typing(FakeBotApiServer api) =>
        api.CallsTo("sendChatAction").Where(c => c["action"] == "typing").ToList();

    [Fact]
    public async Task Without_a_model_the_telegram_draft_is_labelled_as_a_template()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 6003);

        var draft = await DraftSms(chat, "New rye loaf");

        Assert.Contains("📝 template draft", draft[0].Text);
        Assert.Contains("No language model is configured", draft[0].Text);
        Assert.Contains("New rye loaf. Try it today", draft[0].Text);
    }

    [Fact]
    public async Task A_broken_prompt_file_stops_start_up_with_a_message_naming_it()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var prompts = Path.Combine(storage.Folder, "prompts");
        Directory.CreateDirectory(prompts);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "prompts")))
        {
            File.Copy(file, Path.Combine(prompts, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(prompts, "tov-review.yaml"), "name: tov-review\ntemplate: [unclosed");

        var error = await StartFails(api, storage, new() { ["Llm:PromptsFolder"] = prompts });

        Assert.Contains("prompts/tov-review.yaml", error.Message);
    }

    [Fact]
    public async Task An_endpoint_that_is_not_a_url_stops_start_up_naming_the_key()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();

        var error = await StartFails(api, storage, new() { ["Llm:Endpoint"] = "localhost:11434", ["Llm:Model"] = "llama3.1" });

        Assert.Contains("Llm:Endpoint must be an absolute http(s) URL", error.Message);
    }

    // The host as Program.cs builds it; starting it must fail before any update is handled.
    private static async Task<Exception> StartFails(FakeBotApiServer api, TempStorage storage, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = CoachBotHost.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Storage:Path"] = storage.FilePath,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCoach();
        builder.Logging.ClearProviders();
        using var host = builder.Build();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        Assert.Equal(0, api.GetUpdatesCalls);
        return error;
    }
}
