using Coach.Integration.Tests.Drafting;
using Coach.Integration.Tests.Support;

namespace Coach.Integration.Tests.Terminal;

/// <summary>The ToV section through the terminal chat: numbered buttons, typed answers, drafts printed as plain text.</summary>
public class TerminalDraftingTests
{
    // /tov → 1) set up the voice: friendly, humorous, «ты», the message, words, no emoji, no samples.
    private const string Voice = "/tov\n1\n3\n3\n2\nХлеб из органической муки, испечённый на рассвете\nсвежий, тёплый\nскидка\n1\n/skip\n";

    [Fact]
    public async Task The_voice_and_a_template_draft_go_through_the_terminal_without_a_model()
    {
        using var folder = new TempFolder();

        // Then: /tov → 2) draft → 5) SMS → the topic; 5) save.
        var output = await TerminalChatTests.Run(folder, Voice + "/tov\n2\n5\nНовый ржаной хлеб на закваске, скидка двадцать процентов на первый заказ\n5\n", language: "ru");

        Assert.Contains("Тон бренда сохранён", output);
        var draft = output.Split("> Новый ржаной хлеб")[1];
        Assert.Contains("✍️ 💬 SMS · 📝 черновик по шаблону", draft);
        Assert.Contains("Языковая модель не подключена", draft);
        // "скидка" is on the voice's list: the draft leaves it out and says so (issue 12); the offer then fills the SMS.
        Assert.Contains("В теме есть слова-табу: «скидка»", draft);
        Assert.Contains("Новый ржаной хлеб на закваске, двадцать процентов на первый заказ.", draft);
        Assert.DoesNotContain("скидка", draft.Split("✍️")[1]);
        Assert.Contains("💾 Сохранено. Черновиков: 1", output);
        Assert.DoesNotContain("<i>", output);
    }

    [Fact]
    public async Task A_check_and_a_model_draft_go_through_the_terminal_with_the_fake_model()
    {
        using var folder = new TempFolder();
        await using var llm = await FakeOpenAiServer.StartAsync();
        var settings = new Dictionary<string, string?> { ["Llm:Endpoint"] = llm.Endpoint, ["Llm:Model"] = "fake-model" };

        var output = await TerminalChatTests.Run(folder, "/tov\n2\n1\nNew rye loaf\n/tov\n4\n5\nHey guys!!! Cheap bread lol 😂\n", settings: settings);

        var draft = output.Split("> New rye loaf")[1];
        Assert.StartsWith("\n…\n", draft);
        Assert.Contains("✍️ 🪧 Outdoor banner", draft);
        Assert.Contains("Warm rye at dawn", draft);
        var check = output.Split("> Hey guys!!!")[1];
        Assert.Contains("ToV check:", check);
        // The SMS takes no emoji: the emoji criterion says so, and the channel limits do not count it twice.
        Assert.True(check.Contains("❌ Emoji: remove the emoji (1): this channel does not take them."), check);
        Assert.Contains("✅ Channel limits", check);
        Assert.Contains("The language model’s review", check);
        Assert.Contains(FakeOpenAiServer.ReviewShown, check);
        Assert.Contains("• Emoji: One exclamation mark is enough.", check);
        Assert.Equal(2, llm.Requests.Count);
    }

    [Fact]
    public async Task Every_draft_of_a_360_pack_can_be_saved_by_its_own_number()
    {
        using var folder = new TempFolder();

        // /tov → 3) 360 pack → outdoor and SMS, Done → the topic; then 5) saves the first draft (the banner), not the last.
        var output = await TerminalChatTests.Run(folder, "/tov\n3\n1\n5\n9\nFresh rye sourdough loaf this week\n5\n");

        var pack = output.Split("> Fresh rye sourdough loaf this week")[1];
        Assert.Contains("  5) 💾 Save", pack);
        Assert.Contains("  10) 💾 Save", pack);
        Assert.Contains("💾 Saved. Drafts kept: 1", output.Split("> 5\n")[^1]);
        using var store = new Coach.Storage.LiteDbSessionStore(folder.File("coach.db"));
        var draft = Assert.Single(store.Find("term:local")!.SavedDrafts);
        Assert.Equal(Coach.Core.Domain.Tov.DraftChannel.Outdoor, draft.Channel);
    }

    [Fact]
    public async Task After_saving_one_draft_of_a_pack_the_others_are_one_press_away_and_can_be_saved_too()
    {
        using var folder = new TempFolder();

        // Pack of outdoor + SMS; 5) saves the banner; 1) back to the drafts; 10) saves the SMS.
        var output = await TerminalChatTests.Run(folder, "/tov\n3\n1\n5\n9\nFresh rye sourdough loaf this week\n5\n1\n10\n");

        Assert.Contains("📣 Back to the drafts (2)", output);
        Assert.Contains("💾 Saved. Drafts kept: 2", output);
        using var store = new Coach.Storage.LiteDbSessionStore(folder.File("coach.db"));
        Assert.Equal([Coach.Core.Domain.Tov.DraftChannel.Outdoor, Coach.Core.Domain.Tov.DraftChannel.Sms], store.Find("term:local")!.SavedDrafts.Select(d => d.Channel));
    }
}
