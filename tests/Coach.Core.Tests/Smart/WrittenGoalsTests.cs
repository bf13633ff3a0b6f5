using Coach.Core.Domain.Smart;
using Coach.Core.Domain.Tov;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Smart;

/// <summary>
/// Forty goals and voice texts as people write them (issue 12), written before the fix: every SMART row checks the
/// verdict and the restated goal (metric, direction, baseline → target, due day); every voice row the register.
/// </summary>
public class WrittenGoalsTests
{
    // A Wednesday: "next week" starts on Monday 13 April.
    private static readonly DateOnly Today = new(2026, 4, 8);

    [Theory]
    [InlineData("Увеличить число записей на пробный урок с сайта школы до 60 к сентябрю", GoalType.Customers, 40, "+++++", "leads", "up", 40, 60, "2026-09-01")]
    [InlineData("Набрать 30 новых учеников в группу английского для детей к сентябрю", GoalType.Customers, 45, "+++++", "customers", "up", 45, 75, "2026-09-01")]
    [InlineData("Grow Instagram followers of the bakery from 1,200 to 2,000 by the end of summer", GoalType.Awareness, null, "+++++", "subscribers", "up", 1200, 2000, "2026-08-31")]
    [InlineData("Increase blog visits from organic search by 30% through Q2", GoalType.Awareness, 4000, "+++++", "visits", "up", 4000, 5200, "2026-06-30")]
    [InlineData("Sell 200 birthday cakes a month through the website by Black Friday", GoalType.Sales, 120, "+++++", "sales", "up", 120, 200, "2026-11-27")]
    [InlineData("Снизить стоимость привлечения клиента из таргета ВКонтакте с 1 500 до 1 200 ₽ к лету", GoalType.Customers, null, "+++++", "cac", "down", 1500, 1200, "2026-06-01")]
    [InlineData("Привлечь 150 новых клиентов из корпоративного сегмента к концу года", GoalType.Customers, 120, "+++++", "customers", "up", 120, 270, "2026-12-31")]
    [InlineData("Выйти на 480 заказов в месяц через маркетплейс Wildberries к 1 июля", GoalType.Sales, 400, "+++++", "orders", "up", 400, 480, "2026-07-01")]
    [InlineData("Увеличить продажи тортов на заказ с 3 000 до 4 000 к лету", GoalType.Sales, 3000, "+++++", "sales", "up", 3000, 4000, "2026-06-01")]
    [InlineData("Снизить стоимость лида из Яндекс Директа на 20% к Новому году", GoalType.Customers, 800, "+++++", "cpl", "down", 800, 640, "2026-12-31")]
    [InlineData("Reduce the return rate of online orders from 8% to 5% by the end of Q3", GoalType.Sales, null, "+++++", "returns", "down", 8, 5, "2026-09-30")]
    [InlineData("Cut cost per lead from Google Ads from $30 to $25 by next week", GoalType.Customers, null, "+++++", "cpl", "down", 30, 25, "2026-04-13")]
    [InlineData("Увеличить узнаваемость бренда среди жителей Казани с 12% до 20% к концу года", GoalType.Awareness, null, "+++++", "awareness", "up", 12, 20, "2026-12-31")]
    [InlineData("Increase brand awareness among young parents in Leeds to 25% by Christmas", GoalType.Awareness, 15, "+++++", "awareness", "up", 15, 25, "2026-12-25")]
    [InlineData("Получить 200 новых подписчиков в Telegram-канал кофейни к 8 Марта", GoalType.Awareness, 500, "+++++", "subscribers", "up", 500, 700, "2027-03-08")]
    [InlineData("Gain 300 new newsletter subscribers by Black Friday", GoalType.Awareness, 1200, "+++++", "subscribers", "up", 1200, 1500, "2026-11-27")]
    [InlineData("Increase cake orders from the Instagram shop by 25% by September", GoalType.Sales, 80, "+++++", "orders", "up", 80, 100, "2026-09-01")]
    [InlineData("Double the number of students in the evening yoga classes by autumn", GoalType.Customers, 40, "+++++", "customers", "up", 40, 80, "2026-09-01")]
    [InlineData("Снизить отток подписчиков онлайн-школы с 9% до 6% в течение полугода", GoalType.Customers, null, "+++++", "churn", "down", 9, 6, "2026-10-08")]
    [InlineData("Увеличить посещаемость блога о ремонте на 40% за 4 месяца", GoalType.Awareness, 5000, "+++++", "visits", "up", 5000, 7000, "2026-08-08")]
    [InlineData("Увеличить количество отзывов на Яндекс Картах с 40 до 100 до конца года", GoalType.Awareness, null, "+++++", "reviews", "up", 40, 100, "2026-12-31")]
    [InlineData("Reach 480 orders a month from the online store by the end of June", GoalType.Sales, 400, "+++++", "orders", "up", 400, 480, "2026-06-30")]
    [InlineData("Add 150 new clients from partner referrals by the end of the year", GoalType.Customers, 120, "+++++", "customers", "up", 120, 270, "2026-12-31")]
    [InlineData("Grow webinar sign-ups from 3,000 to 4,000 by summer", GoalType.Customers, 3000, "+++++", "leads", "up", 3000, 4000, "2026-06-01")]
    [InlineData("Снизить долю возвратов в интернет-магазине до 3% к осени", GoalType.Sales, 5, "+++++", "returns", "down", 5, 3, "2026-09-01")]
    [InlineData("Deliver 200 cakes a month to offices in the city centre by Black Friday", GoalType.Sales, 120, "+++++", "units", "up", 120, 200, "2026-11-27")]
    [InlineData("Продать 60 свадебных тортов к 8 Марта", GoalType.Sales, 40, "+++++", "sales", "up", 40, 60, "2027-03-08")]
    [InlineData("Стать популярнее в городе", GoalType.Awareness, null, "-----", null, "up", null, null, null)]
    public void A_goal_as_people_write_it_gets_the_verdict_and_the_reading(
        string goal, GoalType type, int? baseline, string summary, string? metric, string direction, int? from, int? to, string? due) =>
        SentenceTables.GoalReads(Today, goal, type, baseline, summary, metric, direction, from, to, due);

    [Theory]
    [InlineData("ru", Address.Polite, "Успей заказать, братан! Торты до пятницы.", "Успей")]
    [InlineData("ru", Address.Polite, "Закажи торт к празднику сегодня.", "Закажи")]
    [InlineData("ru", Address.Polite, "Твоя любимая кофейня открыта до полуночи.", "Твоя")]
    [InlineData("ru", Address.Polite, "Получишь подарок за каждый заказ.", "Получишь")]
    [InlineData("ru", Address.Polite, "Друзья, приходите на дегустацию в субботу.", null)]
    [InlineData("ru", Address.Casual, "Уважаемые клиенты, приглашаем на дегустацию.", "Уважаемые")]
    [InlineData("ru", Address.Casual, "Успейте записаться на пробный урок.", "Успейте")]
    [InlineData("ru", Address.Casual, "Заходи в субботу на дегустацию, будет вкусно.", null)]
    [InlineData("en", Address.Polite, "Hey guys, grab a cake before Friday!", "Hey")]
    [InlineData("en", Address.Polite, "Don't miss the spring menu, bro.", "Don't")]
    [InlineData("en", Address.Casual, "Dear customer, we kindly invite you to our tasting.", "Dear customer")]
    [InlineData("en", Address.Polite, "Order your birthday cake today and collect it tomorrow.", null)]
    public void A_text_in_the_other_register_names_the_word_that_gives_it_away(string language, Address address, string text, string? word)
    {
        var voice = new ToneProfile { Address = address, Formality = Formality.Neutral };

        var register = TovChecker.Check(text, voice, null, language).Findings.Single(f => f.Criterion == "register");

        Assert.Equal(word is null, register.Passed);
        Assert.Equal(word, register.FixArgs?.Single(a => a.Name == "word").Value as string);
    }
}
