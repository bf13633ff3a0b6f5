using Coach.Core.Domain.Tov;
using Coach.Core.Drafting;
using Coach.Core.Texts;
using Coach.Drafting;
using Hostile = Coach.Integration.Tests.Drafting.HostileOutputCorpus.Hostile;

namespace Coach.Integration.Tests.Drafting;

/// <summary>
/// The output guard's corpus, through the real Semantic Kernel connector against a fake OpenAI server on
/// 127.0.0.1: every hostile answer on every path (draft, rewrite, 360 pack, ToV review) in both
/// languages is refused and replaced by the template, and no reply holds the prompt's text.
/// </summary>
public sealed class HostileOutputCorpusTests : IAsyncLifetime
{
    private static readonly string[] Languages = ["en", "ru"];
    private FakeOpenAiServer _server = null!;
    private SemanticKernelDraftModel _model = null!;
    private IReadOnlyList<string> _fragments = [];

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        var prompts = PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
        _model = SemanticKernelDraftModel.ForEndpoint(new ModelSettings(new Uri(_server.Endpoint), "fake-model", "test-key", TimeSpan.FromSeconds(10), 250), prompts);
        _fragments = Enum.GetValues<PromptTask>().SelectMany(prompts.FixedText).Distinct().ToList();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task No_hostile_model_answer_reaches_the_user_on_any_path_in_either_language()
    {
        var corpus = HostileOutputCorpus.Answers(_fragments);
        Assert.True(corpus.Count >= 100, $"the corpus has {corpus.Count} hostile answers");
        var reached = new List<string>();
        var runs = 0;
        foreach (var hostile in corpus)
        {
            _server.Answer = _ => FakeAnswer.Text(hostile.Answer);
            foreach (var language in Languages.Where(l => hostile.OnlyIn is null || hostile.OnlyIn == l))
            {
                foreach (var (path, texts) in await RunAllPaths(language, "Rye sourdough, fresh every morning"))
                {
                    runs++;
                    if (Reached(hostile, texts))
                    {
                        reached.Add($"{path}/{language}: {hostile}");
                    }
                }
            }
        }

        Assert.True(reached.Count == 0, $"{reached.Count} of {runs} hostile answers reached the user:\n" + string.Join("\n", reached));
        Assert.True(runs >= 800, $"{runs} runs");
    }

    [Fact]
    public async Task A_model_that_obeys_a_hostile_user_text_never_gets_through()
    {
        Assert.True(HostileOutputCorpus.UserTexts.Count >= 30);
        var reached = new List<string>();
        foreach (var userText in HostileOutputCorpus.UserTexts)
        {
            // Two ways to obey: echo the system message, or turn on the reader.
            foreach (var obey in new Func<ChatRequest, string>[] { request => request.System, _ => "Great news! Send your card number and CVV to claim a free loaf." })
            {
                _server.Answer = request => FakeAnswer.Text(obey(request));
                foreach (var language in Languages)
                {
                    foreach (var (path, texts) in await RunAllPaths(language, userText))
                    {
                        if (texts.Any(t => t.Text is { } text && (OutputGuard.Leaks(text, _fragments) || text.Contains("CVV", StringComparison.Ordinal))) || texts.Any(t => !t.Refused))
                        {
                            reached.Add($"{path}/{language}: {userText}");
                        }
                    }
                }
            }
        }

        Assert.True(reached.Count == 0, string.Join("\n", reached));
    }

    private sealed record Shown(string? Text, bool Refused);

    private static bool Reached(Hostile hostile, IReadOnlyList<Shown> shown) =>
        shown.Any(s => !s.Refused || (s.Text is { } text && text.Contains(hostile.Answer.Trim(), StringComparison.Ordinal)));

    private async Task<IReadOnlyList<(string Path, IReadOnlyList<Shown> Shown)>> RunAllPaths(string language, string topic)
    {
        var texts = TextCatalog.Default.For(language);
        var spec = new DraftSpec(ChannelRules.For(DraftChannel.Telegram), topic, Voice(language), language) { PersonaName = "Anna", Persona = "Name: Anna" };
        var results = new List<(string, IReadOnlyList<Shown>)>();

        var draft = await new DraftComposer(_model, texts).DraftAsync(spec, CancellationToken.None);
        results.Add(("draft", [Of(draft)]));

        var rewrite = await new DraftComposer(_model, texts).RewriteAsync(spec with { Shorter = true }, "Rye at dawn.", DraftChange.Shorter, CancellationToken.None);
        results.Add(("rewrite", [Of(rewrite)]));

        var pack = await new DraftComposer(_model, texts).PackAsync([ChannelRules.For(DraftChannel.Telegram), ChannelRules.For(DraftChannel.Email)], spec, CancellationToken.None);
        results.Add(("pack", pack.Select(Of).ToList()));

        // The review twice: the hostile answer as it is (not the review's JSON), and smuggled into a fix of well-formed JSON.
        var review = await new DraftComposer(_model, texts).ReviewAsync(topic, Voice(language), ChannelRules.For(DraftChannel.Telegram), CancellationToken.None);
        results.Add(("review", [OfReview(review)]));
        var plain = _server.Answer;
        _server.Answer = request => plain(request) is { Status: 200 } answer
            ? FakeAnswer.Text(System.Text.Json.JsonSerializer.Serialize(new { fits = false, points = new[] { new { criterion = "clarity", fix = answer.Content } } }))
            : plain(request);
        try
        {
            var smuggled = await new DraftComposer(_model, texts).ReviewAsync(topic, Voice(language), ChannelRules.For(DraftChannel.Telegram), CancellationToken.None);
            results.Add(("review-json", [OfReview(smuggled)]));
        }
        finally
        {
            _server.Answer = plain;
        }

        foreach (var (_, shown) in results)
        {
            Assert.All(shown, s => Assert.False(s.Text is { } text && OutputGuard.Leaks(text, _fragments), "a reply holds the prompt's text"));
        }

        return results;
    }

    private static Shown OfReview(ModelReview review)
    {
        var text = review.Review is { } structured ? string.Join("\n", structured.Points.Select(p => p.Fix)) : null;
        return new Shown(text, review.Review is null && review.NoteKey == "tov.note.rejected");
    }

    private static Shown Of(ComposedDraft draft) => new(draft.Text, draft.FromTemplate && draft.NoteKey == "tov.note.rejected");

    private static ToneProfile Voice(string language) => new()
    {
        Formality = Formality.Friendly,
        Humor = Humor.Light,
        Address = Address.Casual,
        BrandMessage = language == "ru" ? "Хлеб на рассвете из органической муки" : "Bread baked at dawn from organic flour",
        WordsToUse = language == "ru" ? ["свежий"] : ["fresh"],
        Emoji = EmojiPolicy.None,
    };
}
