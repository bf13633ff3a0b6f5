namespace Coach.Integration.Tests.Telegram;

/// <summary>
/// One person chatting with the bot through the fake Bot API: sends texts, presses buttons of
/// the last message and waits for the exact number of replies each input should produce.
/// </summary>
public sealed class TelegramChat(FakeBotApiServer api, long chatId, string languageCode = "en")
{
    private readonly List<string> _pressedQueries = new();

    public long ChatId => chatId;

    public string LanguageCode { get; set; } = languageCode;

    /// <summary>The ids of the callback queries this chat sent.</summary>
    public IReadOnlyList<string> PressedQueries => _pressedQueries;

    /// <summary>The last message the bot sent to this chat.</summary>
    public SentMessage? Last { get; private set; }

    public static TimeSpan Timeout => FakeBotApiServer.DefaultTimeout;

    public async Task<IReadOnlyList<SentMessage>> Send(string text, int replies = 1)
    {
        api.EnqueueText(chatId, text, LanguageCode);
        return await Expect(replies);
    }

    /// <summary>Presses a button by its callback data, whether or not the last message shows it (e.g. a stale one).</summary>
    public async Task<IReadOnlyList<SentMessage>> Press(string callbackData, int replies = 1)
    {
        _pressedQueries.Add(api.EnqueueCallback(chatId, callbackData, LanguageCode));
        return await Expect(replies);
    }

    /// <summary>Presses the button of the last message whose callback data starts with the prefix.</summary>
    public Task<IReadOnlyList<SentMessage>> PressButton(string callbackPrefix, int replies = 1) =>
        Press(ButtonOfLast(callbackPrefix).CallbackData!, replies);

    /// <summary>
    /// Presses a several-options toggle of the last message: no new message comes, the message is
    /// edited in place; returns it as it stands after the edit (and it stays <see cref="Last"/>).
    /// </summary>
    public async Task<SentMessage> Toggle(string callbackPrefix)
    {
        var question = Last ?? throw new InvalidOperationException("The bot has not sent anything to this chat yet.");
        var edits = api.EditsOf(chatId, question.MessageId).Count;
        var data = ButtonOfLast(callbackPrefix).CallbackData!;
        _pressedQueries.Add(api.EnqueueCallback(chatId, data, LanguageCode));
        await api.WaitForEdits(chatId, question.MessageId, edits, Timeout);
        Last = api.Message(chatId, question.MessageId);
        return Last;
    }

    /// <summary>Presses a button by its callback data and returns the toast the press was answered with (null without one).</summary>
    public async Task<string?> PressForToast(string callbackData)
    {
        var query = api.EnqueueCallback(chatId, callbackData, LanguageCode);
        _pressedQueries.Add(query);
        return await api.WaitForCallbackAnswer(query, Timeout);
    }

    public InlineButton ButtonOfLast(string callbackPrefix)
    {
        var last = Last ?? throw new InvalidOperationException("The bot has not sent anything to this chat yet.");
        var matches = last.Buttons.Where(b => b.CallbackData?.StartsWith(callbackPrefix, StringComparison.Ordinal) == true).ToList();
        Assert.True(matches.Count == 1, $"Expected one button with callback data starting \"{callbackPrefix}\" in the last message, found {matches.Count}:\n{last}");
        return matches[0];
    }

    public async Task<IReadOnlyList<SentMessage>> Expect(int replies)
    {
        var received = await api.WaitForMessages(chatId, replies, Timeout);
        Last = received[^1];
        return received;
    }

    /// <summary>
    /// From the main menu to the strategy question: opens the coverage wizard, names the product,
    /// answers the six choice questions with buttons (the budget one by typing its label), and
    /// returns the recommendation card and the strategy question.
    /// </summary>
    public async Task<IReadOnlyList<SentMessage>> AnswerCoverageUpToStrategy(string product)
    {
        await PressButton("go:coverage");
        Assert.Contains("What do you sell?", Last!.Text);
        await Send(product);
        await PressButton("a:coverage.audience:narrow");
        Assert.Contains("What is your marketing budget like?", Last!.Text);
        await Send("Limited: every penny counts");
        Assert.Contains("How broad is your product line?", Last!.Text);
        await PressButton("a:coverage.line:single");
        await PressButton("a:coverage.needs:similar");
        await PressButton("a:coverage.stage:startup");
        var cards = await PressButton("a:coverage.niche:yes", replies: 2);
        Assert.Contains("Which strategy will you go with?", cards[1].Text);
        return cards;
    }
}
