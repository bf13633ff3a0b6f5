using System.Globalization;
using Coach.Core.Domain.Smart;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Acceptance;

/// <summary>
/// A second unseen set (issue 12, third session): number answers, KPI lines and free text, and SMART goals written
/// before this round's changes, none of them taken from the issue or from <see cref="UnseenSentencesTests"/>. The
/// count before the changes is in the session's note; every row must pass after them.
/// </summary>
public class FreshSentencesTests
{
    // A Wednesday, as in the other goal tables.
    private static readonly DateOnly Today = new(2026, 4, 8);

    public static TheoryData<string, string, string, string?> Answers => new()
    {
        // state, language, typed, saved answer (null: refused and asked again)
        { "coverage.size", "ru", "примерно 40 тысяч семей", "40000" },
        { "coverage.size", "en", "about 2.5 million people", "2500000" },
        { "coverage.size", "ru", "тысяч 5", "5000" },
        { "coverage.size", "en", "roughly 12 thousand", "12000" },
        { "coverage.size", "ru", "половина города", null },
        { "coverage.purchases", "ru", "пару раз в месяц", "24" },
        { "coverage.purchases", "ru", "раз в два месяца", "6" },
        { "coverage.purchases", "en", "once a quarter", "4" },
        { "coverage.purchases", "en", "every other week", "26" },
        { "coverage.purchases", "ru", "ежедневно", "365" },
        { "coverage.purchases", "en", "daily", "365" },
        { "coverage.purchases", "ru", "раз в 3 месяца", "4" },
        { "coverage.check", "ru", "около 2 500 рублей", "2500" },
        { "coverage.check", "en", "£40 on average", "40" },
        { "coverage.check", "ru", "в среднем 750", "750" },
        { "coverage.target", "ru", "500 тыс. в месяц", "6000000" },
        { "coverage.target", "en", "1.2m a year", "1200000" },
        { "coverage.target", "ru", "10 млн в год", "10000000" },
        { "channels.budget", "ru", "150 тысяч в месяц", "150000" },
        { "channels.budget", "en", "$2,000 per month", "2000" },
        { "channels.budget", "ru", "1,2 млн в год", "100000" },
        { "channels.budget", "en", "30k a month", "30000" },
        { "channels.budget", "ru", "по 40 тыс ежемесячно", "40000" },
        { "smart.baseline", "ru", "сейчас примерно 60 клиентов в месяц", "60" },
        { "smart.baseline", "en", "we have around 1,200 subscribers", "1200" },
        { "smart.baseline", "ru", "на данный момент 35 заявок", "35" },
        { "persona.age", "ru", "лет 30", "30" },
        { "persona.age", "en", "from 25 to 35", "25–35" },
        { "persona.age", "ru", "им от 18 до 24", "18–24" },
        { "persona.age", "ru", "ей 200 лет", null },
        { "persona.age", "ru", "ну я же написала 41", "41" },
    };

    public static TheoryData<string, string, string[], string[]> Messages => new()
    {
        // language, typed at the menu, fragments expected in the replies (texts and buttons), fragments that must not be there
        { "ru", "/kpi roi 1 500 000 1 000 000", ["1 500 000", "1 000 000", "50%"], [] },
        { "en", "/kpi cac 24,000 60", ["24,000", "400"], [] },
        { "ru", "/kpi cpm 15 000 300 000", ["15 000", "300 000", "50"], [] },
        { "en", "/kpi ctr 90 3,000", ["3%"], [] },
        { "ru", "/kpi ltv 2 000 раз в месяц 2 года", ["48 000"], [] },
        { "en", "/kpi ltv $45 weekly 1 year", ["2,340"], [] },
        { "ru", "/kpi payback 12 000 3 000", ["12 000", "3 000", "4"], [] },
        { "en", "/kpi roas 20k 5k", ["400%"], [] },
        { "ru", "/kpi каналы Авито 30 000 150 12; Яндекс Карты 10 000 50 5", ["Авито", "Яндекс Карты", "2 500", "2 000"], ["ровно три числа"] },
        { "en", "/kpi channels Google Search Ads 12,000 600 40; Instagram 5,000 500 10", ["Google Search Ads", "Instagram", "300", "500"], ["exactly three numbers"] },
        { "ru", "/kpi conversion 30 1 200", ["2,5%"], [] },
        { "ru", "за месяц потратили 60 тыс. на рекламу в ВК и получили 30 клиентов", ["CAC", "2 000"], [] },
        { "en", "we spent £4,000 on Google Ads and got 80 leads", ["÷ 80", "50"], [] },
        { "ru", "рекламный бюджет 70 000, выручка с рекламы 280 000", ["ROAS", "400%"], [] },
        { "en", "ad spend $15k, revenue from ads $45k", ["ROAS", "300%"], [] },
        { "ru", "показы 20 000, клики 600", ["CTR", "3%"], [] },
        { "en", "2,000 visitors, 40 purchases", ["40 ÷ 2,000", "2%"], [] },
        { "ru", "сайт посетили 5 000 человек, купили 100", ["100 ÷ 5 000", "2%"], [] },
        { "en", "Out of 400 MQLs, 100 turned into SQLs", ["MQL → SQL", "25%"], [] },
        { "ru", "в прошлом месяце было 8 000 визитов, в этом 10 000", ["(10 000 − 8 000) ÷ 8 000", "25%"], [] },
        { "en", "sessions grew from 4,000 last month to 5,000 this month", ["(5,000 − 4,000) ÷ 4,000", "25%"], [] },
        { "ru", "из 800 клиентов 200 вернулись за повторной покупкой", ["200 ÷ 800", "25%"], [] },
        { "en", "150 of our 500 customers bought again", ["150 ÷ 500", "30%"], [] },
        { "ru", "выручка за месяц 1,2 млн, покупателей было 400", ["Выручка на клиента", "3 000"], [] },
        { "en", "we made $90,000 from 300 customers", ["Revenue per customer", "300"], [] },
        { "ru", "потратили 40 000 ₽, 2000 кликов, 100 заявок, 20 продаж", ["Стоимость продажи", "2 000", "Построить воронку"], [] },
        { "en", "Spent $2,000: 10,000 impressions, 400 clicks, 20 sales", ["Cost per sale", "100", "CTR", "4%"], [] },
        { "ru", "вложили 25 тыс в рекламу, продаж 10", ["Стоимость продажи", "2 500"], [] },
        { "en", "the campaign cost 3k and brought 15 new clients", ["CAC", "200"], [] },
        { "ru", "15 000 ₽ за 500 кликов", ["CPC", "30"], [] },
    };

    // Written after the changes above, as a probe of the same classes; the first three failed and were fixed (a verb
    // form "зашедших", subscribers as the audience a conversion counts from, leads as the whole of customers).
    public static TheoryData<string, string, string[], string[]> ProbedAfter => new()
    {
        { "ru", "за неделю купили 30 человек из 1 500 зашедших", ["30 ÷ 1 500", "2%"], [] },
        { "ru", "из 600 подписчиков 90 купили", ["90 ÷ 600", "15%"], [] },
        { "en", "40 of 200 leads became customers", ["40 ÷ 200", "20%"], [] },
        { "en", "we spent 5k, got 25 customers", ["5,000 ÷ 25 = 200"], [] },
        { "ru", "реклама обошлась в 40 тыс, пришло 20 клиентов", ["40 000 ₽ ÷ 20 = 2 000 ₽"], [] },
        { "en", "our ads cost $1,200 and brought 300 clicks", ["$1,200 ÷ 300 = $4"], [] },
        { "ru", "в марте 3 000 посещений, в апреле 3 600", ["(3 600 − 3 000) ÷ 3 000", "20%"], [] },
        { "en", "revenue $120k, 400 orders", ["$120,000 ÷ 400 = $300"], [] },
    };

    public static TheoryData<string, string, string, string?> AnswersProbedAfter => new()
    {
        { "coverage.purchases", "ru", "через неделю", "26" },
        { "coverage.purchases", "en", "every month", "12" },
        { "coverage.purchases", "en", "a couple of times a year", "2" },
        { "coverage.size", "ru", "тысяч 20 человек", "20000" },
        { "coverage.size", "ru", "миллиона 2", "2000000" },
        { "channels.budget", "ru", "тысяч 50 в месяц", "50000" },
    };

    [Theory]
    [MemberData(nameof(ProbedAfter))]
    public void A_kpi_message_probed_after_gives_its_metrics(string language, string typed, string[] expected, string[] absent) =>
        SentenceTables.MessageGives(language, typed, expected, absent);

    [Theory]
    [MemberData(nameof(AnswersProbedAfter))]
    public void A_number_answer_probed_after_is_read(string state, string language, string typed, string? saved) =>
        SentenceTables.AnswerIsSaved(state, language, typed, saved);

    [Theory]
    [MemberData(nameof(Answers))]
    public void A_fresh_number_answer_is_read(string state, string language, string typed, string? saved) =>
        SentenceTables.AnswerIsSaved(state, language, typed, saved);

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_fresh_kpi_message_gives_its_metrics(string language, string typed, string[] expected, string[] absent) =>
        SentenceTables.MessageGives(language, typed, expected, absent);

    // Six rows were written expecting another verdict and corrected to the documented rules: growth faster than doubling
    // in a quarter is not achievable (150 → 250 in two months, 30 → 50 a week in three weeks, 100 → 300 tickets in five
    // weeks); selling a number of things is sales, as in UnseenSentencesTests; "на маркетплейсах" says of what, and
    // "продажи в 10 раз" does not.
    [Theory]
    [InlineData("Увеличить число записей на пробное занятие в йога-студии с 40 до 60 в месяц к июню", GoalType.Customers, null, "+++++", "leads", "up", 40, 60, "2026-06-01")]
    [InlineData("Привлечь 25 новых корпоративных клиентов к концу года", GoalType.Customers, 50, "+++++", "customers", "up", 50, 75, "2026-12-31")]
    [InlineData("Снизить стоимость клика в Яндекс Директе с 40 до 30 ₽ к концу мая", GoalType.Customers, null, "+++++", "cpc", "down", 40, 30, "2026-05-31")]
    [InlineData("Выйти на 1 000 заказов в месяц на Wildberries к Чёрной пятнице", GoalType.Sales, 700, "+++++", "orders", "up", 700, 1000, "2026-11-27")]
    [InlineData("Увеличить выручку салона на 20% к концу третьего квартала", GoalType.Sales, 1000000, "+++++", "revenue", "up", 1000000, 1200000, "2026-09-30")]
    [InlineData("Набрать 500 новых подписчиков в Telegram-канал пекарни к сентябрю", GoalType.Awareness, 1500, "+++++", "subscribers", "up", 1500, 2000, "2026-09-01")]
    [InlineData("Повысить долю повторных покупок с 20% до 30% к концу года", GoalType.Sales, null, "+++++", "repeat", "up", 20, 30, "2026-12-31")]
    [InlineData("Увеличить количество звонков из 2ГИС в 1,5 раза к июлю", GoalType.Customers, 40, "+++++", "leads", "up", 40, 60, "2026-07-01")]
    [InlineData("Довести охват Reels до 100 000 в месяц к концу лета", GoalType.Awareness, 60000, "+++++", "reach", "up", 60000, 100000, "2026-08-31")]
    [InlineData("Снизить CPL во ВКонтакте до 350 ₽ к концу квартала", GoalType.Customers, 500, "+++++", "cpl", "down", 500, 350, "2026-06-30")]
    [InlineData("Продать 200 абонементов в бассейн к 1 сентября", GoalType.Sales, 120, "+++++", "sales", "up", 120, 200, "2026-09-01")]
    [InlineData("Увеличить продажи на маркетплейсах", GoalType.Sales, null, "+--+-", "sales", "up", null, null, null)]
    [InlineData("Хочу больше клиентов", GoalType.Customers, null, "---+-", "customers", "up", null, null, null)]
    [InlineData("Увеличить средний чек с 1 200 до 1 500 ₽ к концу года", GoalType.Sales, null, "+++++", "average_check", "up", 1200, 1500, "2026-12-31")]
    [InlineData("Увеличить конверсию из корзины в покупку с 30% до 40% за квартал", GoalType.Customers, null, "+++++", "conversion", "up", 30, 40, "2026-07-08")]
    [InlineData("Увеличить число подписчиков YouTube-канала школы с 10 000 до 12 000 к концу лета", GoalType.Awareness, null, "+++++", "subscribers", "up", 10000, 12000, "2026-08-31")]
    [InlineData("Снизить процент возвратов с 8% до 5% к концу года", GoalType.Sales, null, "+++++", "returns", "down", 8, 5, "2026-12-31")]
    [InlineData("Привлечь 100 новых клиентов из Авито за 2 месяца", GoalType.Customers, 150, "++-++", "customers", "up", 150, 250, "2026-06-08")]
    [InlineData("Выйти на 50 заявок в неделю к маю", GoalType.Customers, 30, "++-++", "leads", "up", 30, 50, "2026-05-01")]
    [InlineData("К Новому году увеличить продажи подарочных наборов на 50%", GoalType.Sales, 200, "+++++", "sales", "up", 200, 300, "2026-12-31")]
    [InlineData("Увеличить продажи в 10 раз к следующей неделе", GoalType.Sales, 100, "-+-++", "sales", "up", 100, 1000, "2026-04-13")]
    [InlineData("Поднять NPS с 30 до 45 к концу года", GoalType.Customers, null, "+++++", "nps", "up", 30, 45, "2026-12-31")]
    [InlineData("Увеличить вовлечённость в сообществе ВКонтакте с 2% до 4% к осени", GoalType.Awareness, null, "+++++", "engagement", "up", 2, 4, "2026-09-01")]
    [InlineData("Поднять ROMI таргетированной рекламы со 120% до 180% к концу второго квартала", GoalType.Sales, null, "+++++", "romi", "up", 120, 180, "2026-06-30")]
    [InlineData("Increase trial sign-ups from the landing page from 200 to 260 a month by the end of June", GoalType.Customers, null, "+++++", "leads", "up", 200, 260, "2026-06-30")]
    [InlineData("Win 15 new B2B clients through cold email by the end of Q3", GoalType.Customers, 40, "+++++", "customers", "up", 40, 55, "2026-09-30")]
    [InlineData("Lower the cost per click on Google Ads from $2 to $1.50 by July", GoalType.Customers, null, "+++++", "cpc", "down", 2, 1.5, "2026-07-01")]
    [InlineData("Reach 2,000 orders a month on Shopify by Cyber Monday", GoalType.Sales, 1500, "+++++", "orders", "up", 1500, 2000, "2026-11-30")]
    [InlineData("Grow revenue of the bike shop by 30% by the end of the year", GoalType.Sales, 100000, "+++++", "revenue", "up", 100000, 130000, "2026-12-31")]
    [InlineData("Gain 1,000 new Instagram followers by September", GoalType.Awareness, 4000, "+++++", "subscribers", "up", 4000, 5000, "2026-09-01")]
    [InlineData("Increase the repeat purchase rate from 25% to 35% by the end of the year", GoalType.Sales, null, "+++++", "repeat", "up", 25, 35, "2026-12-31")]
    [InlineData("Get 1.5 times more calls from Google Business Profile by July", GoalType.Customers, 40, "+++++", "leads", "up", 40, 60, "2026-07-01")]
    [InlineData("Sell 300 tickets to the spring concert by May 15", GoalType.Sales, 100, "++-++", "sales", "up", 100, 300, "2026-05-15")]
    [InlineData("Get more customers", GoalType.Customers, null, "---+-", "customers", "up", null, null, null)]
    [InlineData("Increase the average check at the cafe from $12 to $14 by the end of summer", GoalType.Sales, null, "+++++", "average_check", "up", 12, 14, "2026-08-31")]
    [InlineData("Reduce CAC from Facebook ads by 10% by the end of next quarter", GoalType.Customers, 50, "+++++", "cac", "down", 50, 45, "2026-09-30")]
    [InlineData("Increase leads from the website by 25% through Q2", GoalType.Customers, 80, "+++++", "leads", "up", 80, 100, "2026-06-30")]
    [InlineData("By the end of May, get 20 new members for the coworking space", GoalType.Customers, 80, "+++++", "customers", "up", 80, 100, "2026-05-31")]
    [InlineData("Increase visits to the blog from 3,000 to 4,500 a month in 3 months", GoalType.Awareness, null, "+++++", "visits", "up", 3000, 4500, "2026-07-08")]
    [InlineData("Raise the click-through rate of our Google Ads from 2% to 3% by June", GoalType.Awareness, null, "+++++", "ctr", "up", 2, 3, "2026-06-01")]
    [InlineData("Improve our NPS from 40 to 55 by the end of the year", GoalType.Customers, null, "+++++", "nps", "up", 40, 55, "2026-12-31")]
    [InlineData("Increase the engagement rate on Instagram from 3% to 5% by autumn", GoalType.Awareness, null, "+++++", "engagement", "up", 3, 5, "2026-09-01")]
    [InlineData("Grow customer lifetime value from $300 to $400 by the end of the year", GoalType.Sales, null, "+++++", "ltv", "up", 300, 400, "2026-12-31")]
    public void A_fresh_goal_gets_the_verdict_and_the_reading(
        string goal, GoalType type, int? baseline, string summary, string? metric, string direction, object? from, object? to, string? due) =>
        SentenceTables.GoalReads(Today, goal, type, baseline, summary, metric, direction, Decimal(from), Decimal(to), due);

    // InlineData holds whole numbers as int and the fractions as double.
    private static decimal? Decimal(object? value) => value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
}
