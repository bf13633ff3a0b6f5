using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Persona;
using Coach.Core.Parsing;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Parsing;

/// <summary>
/// Tables for every class of issue 12 (numbers) in both languages: the phrase reader, number
/// questions that know what they ask, ages, /kpi splits, channel tables and free-text metrics.
/// </summary>
public class NumbersInContextTableTests
{
    // text, language, value, high (0: none), per amount (0: none), period, approximate
    public static TheoryData<string, string, decimal, decimal, decimal, Period, bool> Phrases => new()
    {
        { "около 3к человек", "ru", 3000m, 0m, 0m, Period.Year, true },
        { "примерно 40 тыс. семей", "ru", 40000m, 0m, 0m, Period.Year, true },
        { "где-то 250", "ru", 250m, 0m, 0m, Period.Year, true },
        { "порядка 1,5 млн", "ru", 1500000m, 0m, 0m, Period.Year, true },
        { "~500 клиентов", "ru", 500m, 0m, 0m, Period.Year, true },
        { "раз в неделю", "ru", 1m, 0m, 1m, Period.Week, false },
        { "4 раза в месяц", "ru", 4m, 0m, 1m, Period.Month, false },
        { "два раза в месяц", "ru", 2m, 0m, 1m, Period.Month, false },
        { "раз в 2 недели", "ru", 1m, 0m, 2m, Period.Week, false },
        { "раз в квартал", "ru", 1m, 0m, 1m, Period.Quarter, false },
        { "трижды в год", "ru", 3m, 0m, 1m, Period.Year, false },
        { "300 заказов в месяц", "ru", 300m, 0m, 1m, Period.Month, false },
        { "80 тыс в месяц", "ru", 80000m, 0m, 1m, Period.Month, false },
        { "1,2 млн в год", "ru", 1200000m, 0m, 1m, Period.Year, false },
        { "50 000 ₽ ежемесячно", "ru", 50000m, 0m, 1m, Period.Month, false },
        { "каждый день по 3", "ru", 3m, 0m, 0m, Period.Year, false },
        { "25-35 лет", "ru", 25m, 35m, 0m, Period.Year, false },
        { "от 30 до 45", "ru", 30m, 45m, 0m, Period.Year, false },
        { "пришло 12 человек", "ru", 12m, 0m, 0m, Period.Year, false },
        { "ей 29", "ru", 29m, 0m, 0m, Period.Year, false },
        { "about 3k people", "en", 3000m, 0m, 0m, Period.Year, true },
        { "roughly 12,500", "en", 12500m, 0m, 0m, Period.Year, true },
        { "nearly $2m", "en", 2000000m, 0m, 0m, Period.Year, true },
        { "once a week", "en", 1m, 0m, 1m, Period.Week, false },
        { "twice a month", "en", 2m, 0m, 1m, Period.Month, false },
        { "3 times a month", "en", 3m, 0m, 1m, Period.Month, false },
        { "every 2 weeks", "en", 2m, 0m, 0m, Period.Year, false },
        { "once every 3 months", "en", 1m, 0m, 3m, Period.Month, false },
        { "4 times per quarter", "en", 4m, 0m, 1m, Period.Quarter, false },
        { "80k a month", "en", 80000m, 0m, 1m, Period.Month, false },
        { "$1.2m a year", "en", 1200000m, 0m, 1m, Period.Year, false },
        { "40 leads a week", "en", 40m, 0m, 1m, Period.Week, false },
        { "2/week", "en", 2m, 0m, 1m, Period.Week, false },
        { "5000 monthly", "en", 5000m, 0m, 1m, Period.Month, false },
        { "25 to 34", "en", 25m, 34m, 0m, Period.Year, false },
        { "30–40 years old", "en", 30m, 40m, 0m, Period.Year, false },
        { "she's around 40", "en", 40m, 0m, 0m, Period.Year, true },
        { "$45 per order", "en", 45m, 0m, 0m, Period.Year, false },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_phrase_gives_its_number_period_and_range(string text, string language, decimal value, decimal high, decimal per, Period period, bool approximate)
    {
        var quantity = PhraseReader.ReadOne(text, language);

        Assert.NotNull(quantity);
        Assert.Equal(value, quantity.Value.Value);
        Assert.Equal(high == 0 ? null : high, quantity.Value.High);
        Assert.Equal(per == 0 ? null : new PeriodAmount(per, period), quantity.Value.Per);
        Assert.Equal(approximate, quantity.Value.Approximate);
    }

    [Theory]
    [InlineData("5 and 7", "en")]
    [InlineData("1e309", "en")]
    [InlineData("5kg", "en")]
    [InlineData("young mums", "en")]
    [InlineData("много", "ru")]
    [InlineData("2 по 300", "ru")]
    public void A_phrase_without_exactly_one_number_gives_none(string text, string language)
    {
        Assert.Null(PhraseReader.ReadOne(text, language));
    }

    [Fact]
    public void Every_language_names_every_period_and_number_words_as_data()
    {
        Assert.Equal(["en", "ru"], WordTables.Numbers.Keys.Order());
        Assert.Equal(["en", "ru"], WordTables.Kpi.Keys.Order());
        foreach (var table in WordTables.Numbers.Values)
        {
            Assert.Equal(Enum.GetValues<Period>(), table.Periods.Keys.Order());
            Assert.Equal(Enum.GetValues<Period>(), table.EveryPeriod.Keys.Order());
            Assert.NotEmpty(table.Times);
            Assert.NotEmpty(table.Per);
            Assert.NotEmpty(table.Age);
        }

        foreach (var table in WordTables.Kpi.Values)
        {
            Assert.Superset(new HashSet<string> { KpiSlots.Spend, KpiSlots.Customers, KpiSlots.Sales, KpiSlots.Mql, KpiSlots.Sql, KpiSlots.Returning }, table.Stems.Keys.ToHashSet());
        }
    }

    // state, language, typed, saved (null: refused and asked again)
    public static TheoryData<string, string, string, string?> NumberQuestions => new()
    {
        { "coverage.size", "ru", "около 3к человек", "3000" },
        { "coverage.size", "ru", "в городе примерно 40 тыс. семей", "40000" },
        { "coverage.size", "ru", "150 000 ₽", null },
        { "coverage.size", "ru", "30%", null },
        { "coverage.size", "ru", "много", null },
        { "coverage.size", "en", "around 8,000 households", "8000" },
        { "coverage.size", "en", "$3k", null },
        { "coverage.purchases", "ru", "раз в неделю", "52" },
        { "coverage.purchases", "ru", "4 раза в месяц", "48" },
        { "coverage.purchases", "ru", "ежемесячно", "12" },
        { "coverage.purchases", "ru", "раз в год", "1" },
        { "coverage.purchases", "ru", "трижды в год", "3" },
        { "coverage.purchases", "en", "twice a month", "24" },
        { "coverage.purchases", "en", "once every 3 months", "4" },
        { "coverage.purchases", "en", "$40", null },
        { "coverage.purchases", "en", "12", "12" },
        { "coverage.check", "ru", "примерно 1 800 ₽", "1800" },
        { "coverage.check", "ru", "15%", null },
        { "coverage.check", "en", "about $60 an order", "60" },
        { "coverage.target", "ru", "500 тыс в месяц", "6000000" },
        { "coverage.target", "en", "1.2m a year", "1200000" },
        { "channels.budget", "ru", "80 тыс в месяц", "80000" },
        { "channels.budget", "ru", "600 тыс в квартал", "200000" },
        { "channels.budget", "en", "60k a year", "5000" },
        { "channels.budget", "en", "20%", null },
        { "smart.baseline", "ru", "300 заказов в месяц", "300" },
        { "smart.baseline", "en", "about 1,200 visits a week", "1200" },
    };

    [Theory]
    [MemberData(nameof(NumberQuestions))]
    public void A_number_question_reads_the_phrase_and_refuses_what_it_is_not(string state, string language, string typed, string? saved)
    {
        var chat = At(state, language).Send(typed);

        Assert.Equal(saved, chat.Session.Answers.GetValueOrDefault(state));
        if (saved is null)
        {
            Assert.Equal(state, chat.State);
        }
    }

    [Theory]
    [InlineData("ru", "150 000 ₽", "Похоже на сумму или процент, а здесь нужно количество")]
    [InlineData("en", "$3k", "That looks like money or a percentage, and here I need how many")]
    [InlineData("ru", "много", "Напишите количество цифрами или как говорите")]
    [InlineData("en", "lots", "Write how many, as a number or as you'd say it")]
    public void A_refused_count_says_why_with_an_example(string language, string typed, string why)
    {
        var chat = At("coverage.size", language).Send(typed);

        Assert.Contains(why, chat.Replies[0].Text);
    }

    // typed, language, saved age (null: refused)
    public static TheoryData<string, string, string?> Ages => new()
    {
        { "34", "ru", "34" },
        { "ну я же написала 34", "ru", "34" },
        { "ей 29", "ru", "29" },
        { "25-35 лет", "ru", "25–35" },
        { "от 30 до 45", "ru", "30–45" },
        { "около 40 лет", "ru", "40" },
        { "ну где-то 300", "ru", null },
        { "0", "ru", null },
        { "молодые мамы", "ru", null },
        { "34,5", "ru", null },
        { "25–34", "en", "25–34" },
        { "she's around 40", "en", "40" },
        { "30 to 45", "en", "30–45" },
        { "45 years old", "en", "45" },
        { "young mums", "en", null },
        { "150", "en", null },
        { "25 and 30", "en", null },
    };

    [Theory]
    [MemberData(nameof(Ages))]
    public void An_age_is_a_whole_number_or_a_range_within_1_to_120(string typed, string language, string? saved)
    {
        var chat = At("persona.age", language).Send(typed);

        Assert.Equal(saved, chat.Session.Answers.GetValueOrDefault("persona.age"));
        if (saved is null)
        {
            Assert.Contains(language == "ru" ? "Возраст — это целое число или диапазон от 1 до 120" : "An age is a whole number or a range between 1 and 120", chat.Replies[0].Text);
        }
    }

    // typed name, language, saved name, age kept (null: none)
    public static TheoryData<string, string, string, string?> Names => new()
    {
        { "Алсу, 34", "ru", "Алсу", "34" },
        { "Марина 41 год", "ru", "Марина", "41" },
        { "Студенты, 18-22", "ru", "Студенты", "18–22" },
        { "Мама двоих детей", "ru", "Мама двоих детей", null },
        { "Anna, 32", "en", "Anna", "32" },
        { "Tom — 45 years old", "en", "Tom", "45" },
        { "Founder of 3 shops", "en", "Founder of 3 shops", null },
        { "Bob, 300", "en", "Bob, 300", null },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_persona_name_with_an_age_keeps_the_age(string typed, string language, string name, string? age)
    {
        var chat = At("persona.name", language).Send(typed);

        Assert.Equal(name, chat.Session.Answers["persona.name"]);
        Assert.Equal(age, chat.Session.Answers.GetValueOrDefault("persona.age"));
    }

    // metric, args, language, the values taken (input order) or "ask" when the readings are offered
    public static TheoryData<string, string, string, string> Splits => new()
    {
        { "romi", "375 500 250 000", "ru", "375500 250000" },
        { "romi", "1 200 000 800 000", "ru", "1200000 800000" },
        { "roi", "60 000 50 000", "en", "60000 50000" },
        { "roi", "100 200 300", "en", "ask" },
        { "roas", "480 000 120 000", "ru", "480000 120000" },
        { "payback", "3 200 800", "ru", "3200 800" },
        { "payback", "4 500 1 500", "en", "4500 1500" },
        { "ltv", "3 500 раз в квартал 3 года", "ru", "3500 1 3" },
        { "ltv", "1 200 2 раза в месяц 1 год", "ru", "1200 2 1" },
        { "ltv", "2 400 twice a month 2y", "en", "2400 2 2" },
        { "cac", "1 500 000 300", "en", "1500000 300" },
        { "cac", "90000 ₽ 80", "ru", "90000 80" },
        { "conversion", "37 1 850", "en", "37 1850" },
        { "ctr", "540 36 000", "en", "540 36000" },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void A_kpi_line_takes_the_one_plausible_split_or_asks(string metric, string args, string language, string expected)
    {
        var split = KpiCommand.ReadSplit(KpiCatalog.Find(metric)!, args, language);

        if (expected == "ask")
        {
            Assert.True(split.Readings.Count > 1);
            return;
        }

        Assert.Empty(split.Readings);
        Assert.Null(split.Problem);
        Assert.Equal(expected, string.Join(' ', KpiCatalog.Find(metric)!.Inputs.Where(i => split.Values.ContainsKey(i.Key))
            .Select(i => split.Values[i.Key].Parts[0].ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("en", "/kpi roi 100 200 300", "100 and 200,300", "roi 100 200300", "(100 − 200,300)")]
    [InlineData("ru", "/kpi roi 100 200 300", "100 и 200 300", "roi 100 200300", "(100 ₽ − 200 300 ₽)")]
    public void Several_plausible_or_no_plausible_splits_are_offered_as_buttons(string language, string typed, string label, string command, string formula)
    {
        var chat = new ChatDriver(language).Send("/start").Send(typed);

        var button = Assert.Single(chat.Last.AllButtons, b => b.Label == label);
        Assert.Equal(ButtonData.Command("kpi", command), button.Data);
        Assert.Equal(2, chat.Last.AllButtons.Count());

        chat.Press(button.Data);

        Assert.Contains(formula, chat.Text);
    }

    // table, channel names and spends read (null: the problem code)
    public static TheoryData<string, string> ChannelTables => new()
    {
        { "Яндекс Директ 48 000 120 16; Telegram 22 500 90 15", "Яндекс Директ=48000/120/16|Telegram=22500/90/15" },
        { "Посевы в Telegram 30 000 100 12\nVK Реклама 25 000 80 10", "Посевы в Telegram=30000/100/12|VK Реклама=25000/80/10" },
        { "Google Ads 12 000 300 24; Meta Ads 8 000 200 10", "Google Ads=12000/300/24|Meta Ads=8000/200/10" },
        { "VK 30 000 40 10; Context 25 000 35 12", "VK=30000/40/10|Context=25000/35/12" },
        { "Контекст: 25 000, 35, 12; Таргет: 18 000, 40, 9", "Контекст=25000/35/12|Таргет=18000/40/9" },
        { "Email 1 200 300 40; SEO 5 000 60 6", "Email=1200/300/40|SEO=5000/60/6" },
        { "VK 30000; Context 25000 35 12", "numbers" },
    };

    [Theory]
    [MemberData(nameof(ChannelTables))]
    public void A_channel_table_reads_multi_word_names_and_spaced_thousands(string table, string expected)
    {
        var ok = ChannelRowsAnswer.TryRead(table, out var rows, out var problem, out _);

        Assert.Equal(expected, ok ? string.Join('|', rows.Select(r => $"{r.Name}={r.Spend}/{r.Leads}/{r.Customers}")) : problem);
    }

    // language, free text, the metrics it gives (sorted ids)
    public static TheoryData<string, string, string> FreeText => new()
    {
        { "en", "Ad revenue was $36k on $9k ad spend", "roas" },
        { "en", "We spent $4k on Facebook ads and they brought $14k in sales", "roas" },
        { "ru", "на рекламу ушло 60 тыс, выручка с рекламы 240 тыс", "roas" },
        { "ru", "потратили 120 тыс на таргет, пришло 95 клиентов, выручка 480 000", "cac revenue_per_customer roas" },
        { "en", "spent 50k on ads, 40 customers, revenue 200k", "cac revenue_per_customer roas" },
        { "ru", "выручка 900 тыс, 300 клиентов", "revenue_per_customer" },
        { "en", "revenue 500k, 1250 orders", "average_check" },
        { "en", "230 MQLs and 46 of them became SQLs", "mql_sql" },
        { "ru", "из 400 MQL в SQL перешли 88", "mql_sql" },
        { "ru", "из 1 040 клиентов 312 купили повторно", "repeat_rate" },
        { "en", "out of 800 customers, 200 bought again", "repeat_rate" },
        { "ru", "из 2 500 покупателей 600 вернулись за повторной покупкой", "repeat_rate" },
        { "en", "traffic went from 12,500 visits to 15,000", "traffic_growth" },
        { "en", "sessions grew from 4,000 in May to 5,000 in June", "traffic_growth" },
        { "ru", "в ноябре 2000 посетителей, в декабре 2600", "traffic_growth" },
        { "ru", "в марте было 8 000 визитов, в апреле 10 000", "traffic_growth" },
        { "en", "last month 3,000 visitors, this month 3,600", "traffic_growth" },
        { "ru", "вложили 50к в директ, 1200 кликов, 60 заявок, 18 продаж", "conversion cost_per_sale cpa cpc" },
        { "en", "spent 30k on Google Ads: 1,500 clicks, 75 leads, 15 sales", "conversion cost_per_sale cpa cpc" },
        { "ru", "100 000 показов, 2 000 кликов, 80 заявок, 20 продаж", "conversion ctr funnel" },
        { "en", "spent 1.5m on ads, revenue 4m, 300 orders", "average_check cost_per_sale roas" },
        { "ru", "потратили 90 000 на рекламу, пришло 80 клиентов", "cac" },
    };

    [Theory]
    [MemberData(nameof(FreeText))]
    public void Free_text_gives_the_metrics_its_numbers_name(string language, string text, string metrics)
    {
        var reading = KpiRecognizer.Read(text, language);

        Assert.Equal(metrics, string.Join(' ', KpiRecognizer.Complete(reading).Select(x => x.Metric.Id).Order()));
    }

    [Theory]
    [InlineData("ru", "вложили 50к в директ, 1200 кликов, 60 заявок, 18 продаж", "клики → лиды → продажи", "Добавьте показы", "1200|")]
    [InlineData("en", "spent 30k on Google Ads: 1,500 clicks, 75 leads, 15 sales", "clicks → leads → sales", "Add the impressions", "1500|")]
    public void Three_funnel_steps_offer_the_funnel_with_the_missing_step(string language, string text, string steps, string missing, string clicks)
    {
        var chat = new ChatDriver(language).Send("/start").Send(text);

        // The offer rides in the one message of results, its button above the cards' keyboard.
        var offer = chat.Replies.Single(r => r.Text.Contains(steps));
        Assert.Contains(missing, offer.Text);
        chat.Press(offer.Buttons[0].Single().Data);

        Assert.Equal("kpi_funnel.impressions", chat.State);
        Assert.StartsWith(clicks, chat.Session.Answers["kpi_funnel.clicks"]);
    }

    private static ChatDriver At(string state, string language)
    {
        var chat = new ChatDriver(language);
        chat.Store.Save(new Session { Id = chat.ChatId, Language = language, LanguageChosen = true, State = state });
        return chat;
    }
}
