using Coach.Integration.Tests.Support;

namespace Coach.Integration.Tests.Terminal;

/// <summary>Numbers as people write them (issue 12) in the terminal chat, in both languages.</summary>
public class TerminalNumbersInContextTests
{
    [Fact]
    public async Task A_russian_terminal_reads_spaced_thousands_channel_names_and_free_text()
    {
        using var folder = new TempFolder();

        var output = await TerminalChatTests.Run(folder, string.Join('\n',
            "/kpi romi 375 500 250 000",
            "/kpi каналы Яндекс Директ 48 000 120 16; Telegram 22 500 90 15",
            "потратили 120 тыс на таргет, пришло 95 клиентов, выручка 480 000",
            "вложили 50к в директ, 1200 кликов, 60 заявок, 18 продаж",
            "/personas new",
            "Алсу, 34",
            "") + "\n", language: "ru");

        Assert.Contains("Читаю числа так: 375 500 и 250 000", output);
        Assert.Contains("= 50,2%", output);
        Assert.Contains("Яндекс Директ: CAC 3 000 ₽", output);
        Assert.Contains("480 000 ₽ ÷ 95", output);
        Assert.Contains("480 000 ₽ ÷ 120 000 ₽ × 100% = 400%", output);
        Assert.Contains("50 000 ₽ ÷ 18 = 2 777,78 ₽", output);
        Assert.Contains("Добавьте показы", output);
        Assert.Contains("Возраст: 34 — взято из вашего ответа.", output);
        Assert.Contains("Чем занимается?", output);
    }

    [Fact]
    public async Task An_english_terminal_reads_free_text_metrics_and_a_frequency_in_words()
    {
        using var folder = new TempFolder();

        var output = await TerminalChatTests.Run(folder, string.Join('\n',
            "Ad revenue was $36k on $9k ad spend",
            "230 MQLs and 46 of them became SQLs",
            "traffic went from 12,500 visits to 15,000",
            "/kpi payback 3 200 800",
            "/start channels",
            "80k a month",
            "") + "\n");

        Assert.Contains("$36,000 ÷ $9,000 × 100% = 400%", output);
        Assert.Contains("46 ÷ 230 × 100% = 20%", output);
        Assert.Contains("(15,000 − 12,500) ÷ 12,500 × 100% = 20%", output);
        Assert.Contains("I read the numbers as 3,200 and 800", output);
        Assert.Contains("3,200 ÷ 800 = 4 months", output);
        Assert.Contains("How many months shall we plan for?", output);
    }

    [Fact]
    public async Task The_second_unseen_set_reads_in_the_terminal_in_both_languages()
    {
        using var en = new TempFolder();
        var english = await TerminalChatTests.Run(en, string.Join('\n',
            "150 of our 500 customers bought again",
            "the campaign cost 3k and brought 15 new clients",
            "/kpi ltv $45 weekly 1 year",
            "/start smart",
            "3",
            "40",
            "Lower the cost per click on Google Ads from $2 to $1.50 by July",
            "") + "\n");

        Assert.Contains("150 ÷ 500 × 100% = 30%", english);
        Assert.Contains("3,000 ÷ 15 = 200", english);
        Assert.Contains("$45 × 1 a week × 52 weeks = $2,340", english);
        Assert.Contains("Starting point: 2, as your goal says (you gave 40 earlier).", english);
        Assert.Contains("Your goal is SMART", english);

        using var ru = new TempFolder();
        var russian = await TerminalChatTests.Run(ru, string.Join('\n',
            "сайт посетили 5 000 человек, купили 100",
            "15 000 ₽ за 500 кликов",
            "/start channels",
            "1,2 млн в год",
            "") + "\n", language: "ru");

        Assert.Contains("100 ÷ 5 000 × 100% = 2%", russian);
        Assert.Contains("15 000 ₽ ÷ 500 = 30 ₽", russian);
        Assert.Contains("На сколько месяцев", russian);
    }
}

