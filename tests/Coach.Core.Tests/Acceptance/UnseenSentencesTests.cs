using System.Globalization;
using Coach.Core.Domain.Smart;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Acceptance;

/// <summary>
/// Acceptance on unseen sentences (issue 12): 60 KPI sentences and 60 SMART goals written before the last round of
/// fixes, of the kinds the issue names but none of its own sentences. Counted before the fixes: see the report of
/// branch i-words; the bar is KPI ≥ 97 % and SMART verdicts ≥ 95 %.
/// </summary>
public class UnseenSentencesTests
{
    // A Wednesday, as in WrittenGoalsTests: "next week" starts on Monday 13 April.
    private static readonly DateOnly Today = new(2026, 4, 8);

    public static TheoryData<string, string, string, string?> Answers => new()
    {
        // state, language, typed, saved answer (null: refused and asked again)
        { "coverage.size", "ru", "в районе 7 тыс. человек", "7000" },
        { "coverage.size", "en", "approximately 15k residents", "15000" },
        { "coverage.size", "ru", "порядка 1,2 млн жителей", "1200000" },
        { "coverage.size", "en", "20% of the city", null },
        { "coverage.purchases", "ru", "три раза в месяц", "36" },
        { "coverage.purchases", "ru", "раз в полгода", "2" },
        { "coverage.purchases", "en", "twice a year", "2" },
        { "coverage.purchases", "en", "every week", "52" },
        { "coverage.purchases", "ru", "каждую неделю", "52" },
        { "coverage.purchases", "en", "about 6 times a year", "6" },
        { "coverage.check", "ru", "чек примерно 3 200 ₽", "3200" },
        { "coverage.check", "en", "around $80 per visit", "80" },
        { "coverage.check", "ru", "1,5 тыс", "1500" },
        { "coverage.target", "ru", "2 млн в месяц", "24000000" },
        { "coverage.target", "en", "$300k a year", "300000" },
        { "channels.budget", "en", "$5k a month", "5000" },
        { "channels.budget", "ru", "600 тыс в год", "50000" },
        { "smart.baseline", "ru", "сейчас около 250 заявок в месяц", "250" },
        { "smart.baseline", "en", "about 90 orders a month right now", "90" },
        { "persona.age", "ru", "ему около 45", "45" },
        { "persona.age", "en", "30 to 40", "30–40" },
        { "persona.age", "ru", "мамы в декрете", null },
        { "persona.age", "en", "she is 150", null },
    };

    public static TheoryData<string, string, string[], string[]> Messages => new()
    {
        // language, typed at the menu, fragments expected in the replies (texts and buttons), fragments that must not be there
        { "ru", "/kpi roas 540 000 180 000", ["540 000", "180 000", "300%"], [] },
        { "en", "/kpi romi 250 000 100 000", ["250,000", "100,000", "150%"], [] },
        { "ru", "/kpi cac 90 000 45", ["90 000", "2 000"], [] },
        { "en", "/kpi cac 12 500 50", ["12,500", "250"], [] },
        { "ru", "/kpi payback 6 000 1 500", ["6 000 ₽ ÷ 1 500 ₽ = 4"], [] },
        { "ru", "/kpi ltv 1 800 два раза в месяц 1 год", ["1 800 ₽ × 2 в месяц", "43 200 ₽"], [] },
        { "en", "/kpi ltv 60 twice a month 2 years", ["2,880"], [] },
        { "en", "/kpi conversion 45 1 500", ["45 ÷ 1,500", "3%"], [] },
        { "ru", "/kpi каналы ВКонтакте реклама 40 000 200 10; Яндекс Директ 90 000 300 30", ["ВКонтакте реклама", "Яндекс Директ", "4 000", "3 000"], ["ровно три числа"] },
        { "en", "/kpi channels Facebook Ads 9 000 450 30; TikTok 4 000 400 8", ["Facebook Ads", "TikTok", "300", "500"], [] },
        { "en", "/kpi roi 500 600 700", ["500 and 600,700", "500,600 and 700"], [] },
        { "ru", "/kpi cpc 30 000 1 500", ["30 000", "1 500", "20"], [] },
        { "ru", "/kpi ctr 350 10 000", ["350 ÷ 10 000", "3,5%"], [] },
        { "en", "We put $2.5k into Instagram ads and made $10k in sales", ["ROAS", "400%"], [] },
        { "ru", "потратили на рекламу 80 тыс, продажи с неё на 320 тыс", ["ROAS", "400%"], [] },
        { "en", "Spent $12,000 on ads last month, got 60 new customers and $48,000 revenue", ["CAC", "$200", "Revenue per customer", "$800", "ROAS", "400%"], [] },
        { "ru", "бюджет 200 000, клиентов 50, выручка 600 000", ["CAC", "4 000", "Выручка на клиента", "12 000", "ROAS", "300%"], [] },
        { "ru", "из 500 MQL до SQL дошли 125", ["MQL → SQL", "25%"], [] },
        { "en", "Marketing passed 300 MQLs to sales, 75 were accepted as SQLs", ["MQL → SQL", "25%"], [] },
        { "ru", "у нас было 150 MQL, из них 45 стали SQL", ["MQL → SQL", "30%"], [] },
        { "ru", "из 3 000 покупателей повторно купили 450", ["450 ÷ 3 000", "15%"], [] },
        { "en", "of 1,200 customers, 360 came back and ordered again", ["360 ÷ 1,200", "30%"], [] },
        { "en", "repeat customers: 90 out of 600", ["90 ÷ 600", "15%"], [] },
        { "ru", "в январе было 5 000 посещений, в феврале 6 000", ["(6 000 − 5 000) ÷ 5 000", "20%"], [] },
        { "en", "visits went up from 20,000 in March to 25,000 in April", ["(25,000 − 20,000) ÷ 20,000", "25%"], [] },
        { "ru", "трафик вырос с 40 000 до 50 000 визитов", ["(50 000 − 40 000) ÷ 40 000", "25%"], [] },
        { "en", "in Q1 we had 9,000 sessions and in Q2 10,800", ["(10,800 − 9,000) ÷ 9,000", "20%"], [] },
        { "ru", "вложили 100к в таргет, 4000 кликов, 200 заявок, 40 продаж", ["Стоимость продажи", "2 500", "40 ÷ 4 000", "Построить воронку"], [] },
        { "en", "spent $6k on Facebook: 3,000 clicks, 150 leads and 30 sales", ["Cost per sale", "$200", "Build the funnel"], [] },
        { "ru", "на контекст ушло 45 000 ₽, получили 90 заявок", ["45 000", "÷ 90", "500"], [] },
        { "en", "we spent $3,000 and got 120 leads", ["$3,000", "÷ 120", "$25"], [] },
        { "ru", "выручка 900 тыс, клиентов 300", ["Выручка на клиента", "3 000"], [] },
        { "en", "revenue was $50k from 250 customers", ["Revenue per customer", "$200"], [] },
        { "ru", "потратили 30 000 на рекламу, пришло 15 продаж", ["Стоимость продажи", "2 000"], [] },
        { "en", "Our ad spend was 8k and it brought 20 sales", ["Cost per sale", "400"], [] },
        { "ru", "1000 показов, 50 кликов", ["CTR", "5%"], [] },
        { "en", "10,000 impressions and 250 clicks", ["CTR", "2.5%"], [] },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void An_unseen_number_answer_is_read(string state, string language, string typed, string? saved) =>
        SentenceTables.AnswerIsSaved(state, language, typed, saved);

    [Theory]
    [MemberData(nameof(Messages))]
    public void An_unseen_kpi_message_gives_its_metrics(string language, string typed, string[] expected, string[] absent) =>
        SentenceTables.MessageGives(language, typed, expected, absent);

    [Theory]
    [InlineData("Увеличить количество заявок с сайта студии с 80 до 120 в месяц к июлю", GoalType.Customers, null, "+++++", "leads", "up", 80, 120, "2026-07-01")]
    [InlineData("Привлечь 50 новых клиентов через партнёрскую программу к концу квартала", GoalType.Customers, 100, "+++++", "customers", "up", 100, 150, "2026-06-30")]
    [InlineData("Снизить стоимость заявки из Яндекс Директа с 900 до 700 ₽ к августу", GoalType.Customers, null, "+++++", "cpl", "down", 900, 700, "2026-08-01")]
    [InlineData("Довести продажи курса по фотографии в Instagram до 120 в месяц к осени", GoalType.Sales, 90, "+++++", "sales", "up", 90, 120, "2026-09-01")]
    [InlineData("Увеличить выручку интернет-магазина косметики на 15% к концу года", GoalType.Sales, 2000000, "+++++", "revenue", "up", 2000000, 2300000, "2026-12-31")]
    [InlineData("Довести число подписчиков Telegram-канала о путешествиях с 1 500 до 2 000 к 1 сентября", GoalType.Awareness, null, "+++++", "subscribers", "up", 1500, 2000, "2026-09-01")]
    [InlineData("Сократить отток клиентов фитнес-клуба с 12% до 8% к концу года", GoalType.Customers, null, "+++++", "churn", "down", 12, 8, "2026-12-31")]
    [InlineData("Увеличить средний чек в кофейне на Арбате с 450 до 520 ₽ к лету", GoalType.Sales, null, "+++++", "average_check", "up", 450, 520, "2026-06-01")]
    [InlineData("Получить 80 новых отзывов на Яндекс Картах к концу лета", GoalType.Awareness, 120, "+++++", "reviews", "up", 120, 200, "2026-08-31")]
    [InlineData("Увеличить посещаемость сайта клиники из поиска на 25% за 3 месяца", GoalType.Awareness, 8000, "+++++", "visits", "up", 8000, 10000, "2026-07-08")]
    [InlineData("Поднять конверсию сайта в заявку с 2% до 3% к июлю", GoalType.Customers, null, "+++++", "conversion", "up", 2, 3, "2026-07-01")]
    [InlineData("Выйти на 300 продаж тортов в месяц через сайт к Новому году", GoalType.Sales, 200, "+++++", "sales", "up", 200, 300, "2026-12-31")]
    [InlineData("Увеличить число учеников онлайн-школы рисования в 2 раза к сентябрю", GoalType.Customers, 60, "+++++", "customers", "up", 60, 120, "2026-09-01")]
    [InlineData("Снизить долю отказов на сайте магазина с 60% до 45% к концу июня", GoalType.Awareness, null, "+++++", "bounce", "down", 60, 45, "2026-06-30")]
    [InlineData("Увеличить продажи букетов через Instagram на 30% к 14 февраля", GoalType.Sales, 200, "+++++", "sales", "up", 200, 260, "2027-02-14")]
    [InlineData("Продать 500 билетов на фестиваль через соцсети к 1 августа", GoalType.Sales, 300, "+++++", "sales", "up", 300, 500, "2026-08-01")]
    [InlineData("Увеличить охват публикаций в ВКонтакте с 20 000 до 30 000 к июлю", GoalType.Awareness, null, "+++++", "reach", "up", 20000, 30000, "2026-07-01")]
    [InlineData("Увеличить количество упоминаний бренда в СМИ с 5 до 10 в месяц к концу года", GoalType.Awareness, null, "+++++", "mentions", "up", 5, 10, "2026-12-31")]
    [InlineData("Привлечь 40 новых пациентов в стоматологию из 2ГИС к концу июля", GoalType.Customers, 60, "+++++", "customers", "up", 60, 100, "2026-07-31")]
    [InlineData("Снизить CAC в таргете ВКонтакте на 15% к концу квартала", GoalType.Customers, 2000, "+++++", "cac", "down", 2000, 1700, "2026-06-30")]
    [InlineData("Увеличить прибыль пекарни с 300 до 360 тыс. ₽ в месяц к осени", GoalType.Sales, null, "+++++", "profit", "up", 300000, 360000, "2026-09-01")]
    [InlineData("Удвоить число записей на консультацию с сайта к концу лета", GoalType.Customers, 30, "+++++", "leads", "up", 30, 60, "2026-08-31")]
    [InlineData("Повысить узнаваемость бренда в Екатеринбурге до 30% к концу года", GoalType.Awareness, 18, "+++++", "awareness", "up", 18, 30, "2026-12-31")]
    [InlineData("Увеличить продажи", GoalType.Sales, null, "---+-", "sales", "up", null, null, null)]
    [InlineData("Стать лучшей кофейней района", GoalType.Awareness, null, "-----", null, "up", null, null, null)]
    [InlineData("Увеличить количество заказов с сайта на 20%", GoalType.Sales, 100, "++++-", "orders", "up", 100, 120, null)]
    [InlineData("Привлечь 1 000 новых клиентов из рекламы за месяц", GoalType.Customers, 50, "++-++", "customers", "up", 50, 1050, "2026-05-08")]
    [InlineData("Увеличить число подписчиков в Instagram салона с 3 000 до 4 000 к концу июня", GoalType.Sales, null, "+++-+", "subscribers", "up", 3000, 4000, "2026-06-30")]
    [InlineData("Снизить возвраты в интернет-магазине обуви с 10% до 7% к сентябрю", GoalType.Sales, null, "+++++", "returns", "down", 10, 7, "2026-09-01")]
    [InlineData("Увеличить количество регистраций на вебинар из email-рассылки с 200 до 260 в следующем месяце", GoalType.Customers, null, "+++++", "leads", "up", 200, 260, "2026-05-31")]
    [InlineData("Increase online orders from the Shopify store from 250 to 300 a month by August", GoalType.Sales, null, "+++++", "orders", "up", 250, 300, "2026-08-01")]
    [InlineData("Get 40 new customers from LinkedIn outreach by the end of June", GoalType.Customers, 60, "+++++", "customers", "up", 60, 100, "2026-06-30")]
    [InlineData("Lower the customer acquisition cost for Facebook ads from $80 to $60 by the end of Q3", GoalType.Customers, null, "+++++", "cac", "down", 80, 60, "2026-09-30")]
    [InlineData("Grow newsletter subscribers from the blog by 20% by July", GoalType.Awareness, 5000, "+++++", "subscribers", "up", 5000, 6000, "2026-07-01")]
    [InlineData("Raise the conversion rate of the checkout page from 1.5% to 2% by September", GoalType.Customers, null, "+++++", "conversion", "up", 1.5, 2, "2026-09-01")]
    [InlineData("Reduce churn of the meal-kit subscription from 7% to 5% by the end of the year", GoalType.Customers, null, "+++++", "churn", "down", 7, 5, "2026-12-31")]
    [InlineData("Increase revenue from corporate catering by 25% by the end of Q4", GoalType.Sales, 40000, "+++++", "revenue", "up", 40000, 50000, "2026-12-31")]
    [InlineData("Double the number of trial class bookings from Instagram by September", GoalType.Customers, 25, "+++++", "leads", "up", 25, 50, "2026-09-01")]
    [InlineData("Reach 10,000 monthly website visitors from organic search by the end of summer", GoalType.Awareness, 7000, "+++++", "visits", "up", 7000, 10000, "2026-08-31")]
    [InlineData("Sell 150 gift boxes through Etsy by Valentine's Day", GoalType.Sales, 100, "+++++", "sales", "up", 100, 150, "2027-02-14")]
    [InlineData("Cut the cost per lead on Google Ads by 20% by next month", GoalType.Customers, 40, "+++++", "cpl", "down", 40, 32, "2026-05-31")]
    [InlineData("Increase average order value in the online store from $45 to $55 by the end of the year", GoalType.Sales, null, "+++++", "average_check", "up", 45, 55, "2026-12-31")]
    [InlineData("Get 50 new Google reviews for the dental clinic by Christmas", GoalType.Awareness, 150, "+++++", "reviews", "up", 150, 200, "2026-12-25")]
    [InlineData("Increase brand awareness in Manchester from 10% to 15% by the end of Q4", GoalType.Awareness, null, "+++++", "awareness", "up", 10, 15, "2026-12-31")]
    [InlineData("Reduce the bounce rate of the landing page from 70% to 55% by June", GoalType.Awareness, null, "+++++", "bounce", "down", 70, 55, "2026-06-01")]
    [InlineData("Increase mentions of the brand in local media from 4 to 8 a month by the end of the year", GoalType.Awareness, null, "+++++", "mentions", "up", 4, 8, "2026-12-31")]
    [InlineData("Grow Instagram reach of the salon to 50,000 a month by autumn", GoalType.Awareness, 35000, "+++++", "reach", "up", 35000, 50000, "2026-09-01")]
    [InlineData("Increase profit of the coffee cart from $4,000 to $5,000 a month by the end of summer", GoalType.Sales, null, "+++++", "profit", "up", 4000, 5000, "2026-08-31")]
    [InlineData("Add 30 new gym members from the corporate programme by the end of May", GoalType.Customers, 200, "+++++", "customers", "up", 200, 230, "2026-05-31")]
    [InlineData("Reach 600 orders a month on Amazon by Black Friday", GoalType.Sales, 450, "+++++", "orders", "up", 450, 600, "2026-11-27")]
    [InlineData("Increase webinar registrations from LinkedIn by 50% within 3 months", GoalType.Customers, 100, "+++++", "leads", "up", 100, 150, "2026-07-08")]
    [InlineData("Sell more", GoalType.Sales, null, "---+-", "sales", "up", null, null, null)]
    [InlineData("Be the best bakery in town", GoalType.Awareness, null, "-----", null, "up", null, null, null)]
    [InlineData("Increase sales from the website by 10%", GoalType.Sales, 500, "++++-", "sales", "up", 500, 550, null)]
    [InlineData("Grow followers of the shop's TikTok from 2,000 to 3,000 by July", GoalType.Sales, null, "+++-+", "subscribers", "up", 2000, 3000, "2026-07-01")]
    [InlineData("Get 5,000 new customers from Facebook ads by next week", GoalType.Customers, 100, "++-++", "customers", "up", 100, 5100, "2026-04-13")]
    [InlineData("Reduce the refund rate of the online course from 6% to 4% by the end of Q2", GoalType.Sales, null, "+++++", "returns", "down", 6, 4, "2026-06-30")]
    [InlineData("Increase visits to the restaurant's website from Google Maps by 40% by the end of the year", GoalType.Awareness, 2000, "+++++", "visits", "up", 2000, 2800, "2026-12-31")]
    [InlineData("Increase bookings for the spa from the hotel website from 120 to 150 a month by Halloween", GoalType.Customers, null, "+++++", "leads", "up", 120, 150, "2026-10-31")]
    [InlineData("Sell 80 wedding bouquets through the florist's website by the end of September", GoalType.Sales, 50, "+++++", "sales", "up", 50, 80, "2026-09-30")]
    public void An_unseen_goal_gets_the_verdict_and_the_reading(
        string goal, GoalType type, int? baseline, string summary, string? metric, string direction, object? from, object? to, string? due) =>
        SentenceTables.GoalReads(Today, goal, type, baseline, summary, metric, direction, Decimal(from), Decimal(to), due);

    // InlineData holds whole numbers as int and the one fraction as double.
    private static decimal? Decimal(object? value) => value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
}
