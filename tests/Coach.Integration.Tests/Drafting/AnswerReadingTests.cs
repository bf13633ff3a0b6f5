using Coach.Integration.Tests.Support;
using Coach.Integration.Tests.Telegram;
using Coach.Integration.Tests.Terminal;

namespace Coach.Integration.Tests.Drafting;

/// <summary>
/// The model as the reader of last resort, through the real Semantic Kernel OpenAI connector against the fake OpenAI
/// server: an answer the rules cannot read goes out with a JSON schema, the rewrite is checked by the rules and shown;
/// junk, a refusal or a failure leaves the usual answer. In Telegram (fake Bot API) and in the terminal.
/// </summary>
public class AnswerReadingTests
{
    private const string Age = "тридцать с хвостиком";

    private static Dictionary<string, string?> Llm(FakeOpenAiServer llm) => new()
    {
        ["Llm:Endpoint"] = llm.Endpoint,
        ["Llm:Model"] = "fake-model",
        ["Llm:TimeoutSeconds"] = "10",
    };

    private static FakeAnswer Reading(string answer) => FakeAnswer.Text($$"""{"understood": true, "answer": "{{answer}}"}""");

    [Fact]
    public async Task An_age_in_words_is_read_by_the_model_checked_and_shown_over_telegram()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var llm = await FakeOpenAiServer.StartAsync();
        llm.Answer = _ => Reading("30–35");
        await using var bot = await CoachBotHost.StartAsync(api, Llm(llm));
        var chat = new TelegramChat(api, chatId: 6301, languageCode: "ru");
        await chat.Send("/personas new");
        await chat.Send("Алсу");

        var replies = await chat.Send(Age, replies: 2);

        Assert.StartsWith("Понял ваш ответ так: «30–35»", replies[0].Text);
        var request = llm.Requests.Single();
        Assert.Equal("json_schema", request.ResponseFormat);
        Assert.Contains("Answer: " + Age, request.User);
        Assert.Contains("Сколько лет этому клиенту", request.System);
        Assert.DoesNotContain(Age, request.System);
        Assert.Empty(bot.Log.Errors);
    }

    [Fact]
    public async Task Junk_a_refusal_or_a_failure_of_the_model_leaves_the_usual_answer_over_telegram()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var llm = await FakeOpenAiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, Llm(llm));
        var chat = new TelegramChat(api, chatId: 6302, languageCode: "ru");
        await chat.Send("/personas new");
        await chat.Send("Алсу");

        foreach (var answer in new[] { FakeAnswer.Text("Конечно! Ей около тридцати."), FakeAnswer.Text("""{"understood": false, "answer": ""}"""), Reading("250"), FakeAnswer.Error(500) })
        {
            llm.Answer = _ => answer;
            var replies = string.Join("\n", (await chat.Send(Age, replies: 2)).Select(r => r.Text));

            Assert.Contains("Возраст — это целое число или диапазон от 1 до 120", replies);
            Assert.DoesNotContain("Понял ваш ответ так", replies);
        }

        await api.AssertNothingMoreTo(chat.ChatId);
    }

    [Fact]
    public async Task A_budget_in_words_is_read_by_the_model_in_the_terminal_and_a_failure_leaves_the_usual_answer()
    {
        using var folder = new TempFolder();
        await using var llm = await FakeOpenAiServer.StartAsync();
        llm.Answer = request => request.User.Contains("eighty grand a month", StringComparison.Ordinal) ? Reading("80k a month") : FakeAnswer.Error(500);

        var output = await TerminalChatTests.Run(folder, "/start channels\neighty grand a month, whatever the boss signs off\n/personas new\nAnna\nno idea, honestly\n", settings: Llm(llm));

        var budget = output.Split("> eighty grand a month")[1];
        Assert.Contains("I read your answer as “80k a month”", budget);
        Assert.Contains("How many months shall we plan for?", budget);
        Assert.Contains("An age is a whole number or a range between 1 and 120", output.Split("> no idea, honestly")[1]);
        Assert.Contains(llm.Requests, r => r.User.Contains("Answer: no idea, honestly", StringComparison.Ordinal));
        Assert.All(llm.Requests, r => Assert.Equal("json_schema", r.ResponseFormat));
    }
}
