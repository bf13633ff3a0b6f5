using System.Globalization;
using Coach.Integration.Tests.Support;

namespace Coach.Integration.Tests.Terminal;

/// <summary>Goals and voice texts as people write them (issue 12), through the terminal chat on the host's real clock.</summary>
public class TerminalWordingTests
{
    // /tov → 1) the voice: neutral, serious, «вы», the message, no words to use, "скидка" to avoid, few emoji, no samples.
    private const string PoliteVoice = "/tov\n1\n2\n1\n1\nТорты из натуральных сливок к вашему празднику\n/skip\nскидка\n2\n/skip\n";

    [Fact]
    public async Task New_customers_by_black_friday_are_added_to_todays_in_russian()
    {
        using var folder = new TempFolder();

        // /start smart → 3) new customers → 120 today → the goal.
        var output = await TerminalChatTests.Run(folder, "/start smart\n3\n120\nПривлечь 150 новых клиентов из корпоративного сегмента к Черной пятнице\n", language: "ru");

        var due = NextBlackFriday().ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"Увеличить число клиентов из корпоративного сегмента с 120 до 270 (+125%) к {due}.", output);
    }

    [Fact]
    public async Task A_cost_per_lead_to_lower_is_restated_as_a_cut_in_english()
    {
        using var folder = new TempFolder();

        var output = await TerminalChatTests.Run(folder, "/start smart\n3\n30\nCut the cost per lead from Google Ads to $25 by Black Friday\n");

        var due = NextBlackFriday().ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"Reduce the cost per lead from Google Ads from 30 to 25 (−16.7%) by {due}.", output);
    }

    [Fact]
    public async Task A_casual_text_against_a_polite_voice_and_a_topic_with_a_word_to_avoid_in_russian()
    {
        using var folder = new TempFolder();

        // Then /tov → 4) check → 5) SMS → the text; /tov → 2) draft → 5) SMS → a topic that says "скидка".
        var output = await TerminalChatTests.Run(folder, PoliteVoice + "/tov\n4\n5\nУспей заказать, братан! Торты до пятницы.\n/tov\n2\n5\nСкидка 20% на все торты до пятницы\n", language: "ru");

        var check = output.Split("> Успей заказать")[1];
        Assert.Contains("❌ Обращение: обращайтесь на «вы»: найдено «Успей».", check);
        var draft = output.Split("> Скидка 20% на все торты")[1];
        Assert.Contains("В теме есть слова-табу: «скидка».", draft);
        Assert.Contains("20% на все торты до пятницы", draft);
        Assert.DoesNotContain("Скидка", draft);
    }

    // The day after the fourth Thursday of November, this year's or, once it has passed, next year's.
    internal static DateOnly NextBlackFriday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var year in new[] { today.Year, today.Year + 1 })
        {
            var day = new DateOnly(year, 11, 22);
            while (day.DayOfWeek != DayOfWeek.Thursday)
            {
                day = day.AddDays(1);
            }

            if (day.AddDays(1) >= today)
            {
                return day.AddDays(1);
            }
        }

        throw new InvalidOperationException("unreachable");
    }
}
