using System.Diagnostics;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;
using Coach.Core.Flows;
using Coach.Core.Flows.Tov;
using Coach.Core.Texts;
using Coach.Drafting;
using Coach.Integration.Tests.Support;
using Coach.Storage;

namespace Coach.Integration.Tests.Drafting;

/// <summary>The engine with the real Semantic Kernel OpenAI connector against a fake OpenAI server on 127.0.0.1, and a real LiteDB file.</summary>
public sealed class DraftingEngineTests : IAsyncLifetime
{
    private const string ChatId = "it:1";
    private readonly TempFolder _folder = new();
    private FakeOpenAiServer _server = null!;
    private LiteDbSessionStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _store = new LiteDbSessionStore(_folder.File("coach.db"));
    }

    public async Task DisposeAsync()
    {
        _store.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    private DialogueEngine Engine(TimeSpan? timeout = null)
    {
        var prompts = PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
        var model = SemanticKernelDraftModel.ForEndpoint(new ModelSettings(new Uri(_server.Endpoint), "fake-model", "test-key", timeout ?? TimeSpan.FromSeconds(10), 250), prompts);
        return new DialogueEngine(_store, CoachFlows.Create(), TextCatalog.Default, model: model);
    }

    private static async Task<IReadOnlyList<Reply>> Run(DialogueEngine engine, string language, params string[] inputs)
    {
        IReadOnlyList<Reply> replies = [];
        foreach (var input in inputs)
        {
            var outcome = await engine.HandleAsync(input.StartsWith("go:", StringComparison.Ordinal) || input.StartsWith("a:", StringComparison.Ordinal)
                ? UserInput.Press(ChatId, input, language)
                : UserInput.Text(ChatId, input, language));
            Assert.Null(outcome.Fault);
            replies = outcome.Replies;
        }

        return replies;
    }

    private static string[] Pack(params string[] channels) =>
        ["/tov", ButtonData.Open(PackFlow.Id), .. channels.Select(c => ButtonData.Answer(PackFlow.Key("channels"), c)), ButtonData.Answer(PackFlow.Key("channels"), MultiChoiceAnswer.Done), "New rye sourdough loaf"];

    [Fact]
    public async Task A_360_pack_is_drafted_by_the_model_first_channel_then_adapted_to_the_others()
    {
        var replies = await Run(Engine(), "en", Pack("email", "sms", "telegram"));

        Assert.Equal(4, replies.Count);
        Assert.Contains("360 pack", replies[0].Text);
        Assert.Contains("Subject: Warm rye by eight", replies[1].Text);
        Assert.Contains("Warm rye by 8 am. Order today", replies[2].Text);
        Assert.Contains("Order by 8 pm, get it by 8 am.", replies[3].Text);
        Assert.DoesNotContain(replies, r => r.Text.Contains("template", StringComparison.Ordinal));

        var requests = _server.Requests;
        Assert.Equal(["email", "sms", "telegram"], requests.Select(r => r.Channel));
        Assert.All(requests, r => Assert.Equal("fake-model", r.Model));
        Assert.All(requests, r => Assert.Equal(250, r.MaxTokens));
        Assert.Contains("You write one marketing message", requests[0].System);
        Assert.Contains("[[[DRAFT\nSubject: Warm rye by eight", requests[1].User);
        Assert.Contains("Topic or offer: New rye sourdough loaf", requests[2].User);

        var saved = _store.Find(ChatId)!;
        Assert.Equal([DraftChannel.Email, DraftChannel.Sms, DraftChannel.Telegram], saved.Drafts.Select(d => d.Channel));
        Assert.All(saved.Drafts, d => Assert.False(d.FromTemplate));
    }

    [Fact]
    public async Task A_draft_too_long_for_its_channel_is_cut_to_fit_and_one_twice_too_long_gives_the_template()
    {
        _server.Answer = request => FakeAnswer.Text(request.Channel == "outdoor"
            ? "Warm rye bread baked at dawn every single morning"
            : string.Join(' ', Enumerable.Repeat("Warm rye for you.", 30)));

        var replies = await Run(Engine(), "en", Pack("outdoor", "sms"));

        var drafts = _store.Find(ChatId)!.Drafts;
        Assert.Equal("Warm rye bread baked at dawn every", drafts[0].Text);
        Assert.False(drafts[0].FromTemplate);
        Assert.True(drafts[1].FromTemplate);
        Assert.Contains("did not pass Coach’s checks", replies[2].Text);
        Assert.Empty(ChannelFit.Measure(drafts[1].Text, ChannelRules.For(DraftChannel.Sms)));
    }

    [Fact]
    public async Task A_pack_writes_its_core_message_for_the_roomiest_channel_and_adapts_the_banner_from_it()
    {
        var replies = await Run(Engine(), "en", Pack("outdoor", "social"));

        Assert.Equal("social", _server.Requests[0].Channel);
        Assert.Equal("outdoor", _server.Requests[1].Channel);
        Assert.Contains(FakeOpenAiServer.FittingDrafts["social"], _server.Requests[1].User);
        var drafts = _store.Find(ChatId)!.Drafts;
        Assert.Equal([DraftChannel.Outdoor, DraftChannel.Social], drafts.Select(d => d.Channel));
        Assert.Equal(3, replies.Count);
    }

    [Fact]
    public async Task After_a_failure_the_model_is_left_alone_for_a_while_and_drafts_come_at_once_from_templates()
    {
        _server.Answer = _ => FakeAnswer.Error(500);
        var engine = Engine();
        await Run(engine, "en", Pack("outdoor"));
        var asked = _server.Requests.Count;
        _server.Answer = _ => FakeAnswer.Text("Warm rye at dawn");

        var replies = await Run(engine, "en", Pack("sms"));

        Assert.Equal(asked, _server.Requests.Count);
        Assert.Contains("template", replies[^1].Text);
    }

    [Fact]
    public async Task A_server_error_gives_template_drafts_with_a_one_line_note_for_every_channel()
    {
        _server.Answer = _ => FakeAnswer.Error(500);

        var replies = await Run(Engine(), "ru", Pack("outdoor", "sms"));

        Assert.Equal(3, replies.Count);
        Assert.All(replies.Skip(1), r => Assert.Contains("⚠️ Языковая модель сейчас недоступна — вот черновик по шаблону Коуча.", r.Text));
        Assert.All(replies.Skip(1), r => Assert.Contains("черновик по шаблону", r.Text));
        Assert.InRange(_server.Requests.Count, 1, 2);
        foreach (var draft in _store.Find(ChatId)!.Drafts)
        {
            Assert.True(draft.FromTemplate);
            Assert.Empty(ChannelFit.Measure(draft.Text, ChannelRules.For(draft.Channel)));
        }
    }

    [Fact]
    public async Task A_server_that_never_answers_gives_the_template_after_the_timeout()
    {
        _server.Answer = _ => FakeAnswer.Never;
        var clock = Stopwatch.StartNew();

        var replies = await Run(Engine(TimeSpan.FromSeconds(1)), "en", "/tov", ButtonData.Open(DraftFlow.Id), ButtonData.Answer(DraftFlow.Key("channel"), "sms"), "New rye loaf");

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));
        Assert.Contains("The language model did not answer in time; here is Coach’s template draft.", replies.Single().Text);
        Assert.Contains("New rye loaf. Try it today", replies.Single().Text);
    }

    [Fact]
    public async Task A_quota_error_is_named_in_the_note_and_a_rewrite_button_still_answers()
    {
        _server.Answer = _ => FakeAnswer.Error(429);
        var engine = Engine();
        await Run(engine, "en", "/tov", ButtonData.Open(DraftFlow.Id), ButtonData.Answer(DraftFlow.Key("channel"), "social"), "New rye loaf");

        var replies = await Run(engine, "en", "c:tov:friendly 0 social".Replace("c:tov:", "/tov ", StringComparison.Ordinal));

        Assert.Contains("quota is used up", replies.Single().Text);
        Assert.Equal(Formality.Friendly, _store.Find(ChatId)!.Drafts[0].Formality);
    }
}
