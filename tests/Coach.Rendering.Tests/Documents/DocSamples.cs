using Coach.Rendering.Documents;

namespace Coach.Rendering.Tests.Documents;

/// <summary>Realistic report content (Russian and English) shared by the document tests and the saved samples.</summary>
internal static class DocSamples
{
    public static readonly string[] Headings =
    [
        "1. Резюме / Summary",
        "2. Воронка продаж",
        "2.1 Каналы привлечения",
        "Детали по каналам",
        "3. Customer Journey Map",
        "4. Рекомендации и план действий",
        "5. Appendix: methodology",
    ];

    public const string LongParagraph =
        "Конверсия из заявки в продажу остаётся узким местом воронки: из 1 200 заявок до оплаты доходят только 40, " +
        "то есть 3,3 %. Менеджеры перезванивают в среднем через 26 часов, а половина клиентов к этому моменту уже " +
        "выбрала конкурента. The same pattern shows up in the English-speaking segment: leads that wait longer than " +
        "one hour convert three times worse than those contacted within fifteen minutes. Сократив время первого " +
        "контакта до одного часа, можно ожидать роста конверсии до 6–8 % без увеличения рекламного бюджета.";

    public static readonly string[] ChannelHeaders = ["Канал", "Бюджет, ₽", "Заявки", "CAC, ₽", "Комментарий / Comment"];

    public static readonly IReadOnlyList<string>[] ChannelRows =
    [
        ["Контекстная реклама", "450 000", "400", "1 125", "Стабильный источник, но стоимость клика выросла на 18 % за квартал; стоит пересобрать семантику."],
        ["Таргетированная реклама во ВКонтакте", "702 000", "300", "2 340", "Дорогие заявки: аудитории слишком широкие, креативы не обновлялись с января."],
        ["SEO", "96 000", "150", "640", "Самый дешёвый канал. Long-tail articles bring steady organic traffic."],
        ["Email-рассылки по базе клиентов", "49 000", "50", "980", "Открываемость 31 %, кликабельность 4 %."],
        ["Блогеры", "390 000", "100", "3 900", "Один удачный интеграционный ролик дал 70 % всех заявок канала; остальные не окупились."],
    ];

    public static readonly string[] CjmHeaders = ["", "Осознание", "Выбор", "Покупка", "Использование", "Лояльность"];

    public static readonly IReadOnlyList<string>[] CjmRows =
    [
        ["Цели клиента", "Понять, как решить проблему с продажами", "Сравнить 2–3 подрядчика по цене и кейсам", "Быстро и прозрачно оплатить", "Увидеть первые результаты за месяц", "Получать пользу и скидки"],
        ["Точки контакта", "Поиск, статьи в блоге, реклама ВКонтакте", "Сайт, отзывы, звонок менеджера", "Договор, счёт, личный кабинет", "Отчёты, чат поддержки", "Email-рассылка, программа рекомендаций"],
        ["Эмоции", "Любопытство, тревога", "Сомнение: «а вдруг не сработает?»", "Раздражение из-за долгого согласования договора", "Радость от первых заявок", "Доверие"],
        ["Боли", "Много одинаковых предложений", "Нет цен на сайте", "Перезванивают через 26 часов", "Непонятные отчёты", "Нет персональных предложений"],
        ["Точки роста", "Контент с реальными цифрами", "Калькулятор стоимости на сайте", "Перезвон в течение часа, онлайн-оплата", "Простой дашборд KPI", "Реферальная программа"],
    ];

    // Pains and negative emotions red, growth points green: what the CJM is meant to make visible.
    public static readonly IReadOnlyList<int>[] CjmTones =
    [
        [0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0],
        [0, -1, -1, -2, 2, 1],
        [0, -1, -2, -2, -1, -1],
        [0, 1, 2, 2, 1, 1],
    ];

    public static DocModel Report()
    {
        byte[] funnel = KpiCharts.Funnel("Воронка продаж за март", Samples.FunnelStages, Samples.Conversions, Samples.Bottleneck);
        byte[] cjm = TableImage.Render("Customer Journey Map: B2B-клиент", CjmHeaders, CjmRows, CjmTones);
        var blocks = new List<DocBlock>
        {
            new DocHeading(1, Headings[0]),
            new DocParagraph(LongParagraph),
            new DocBullets(["Время первого контакта: 26 ч → цель 1 ч", "CAC в среднем 1 650 ₽ (target: 1 200 ₽)",
                "Блогеры и таргет — самые дорогие каналы; SEO — самый дешёвый"]),
            new DocHeading(1, Headings[1]),
            new DocParagraph("Ниже — воронка за март.\nКаждый этап подписан абсолютным числом, стрелки показывают конверсию."),
            new DocImage(funnel, "Рис. 1. Воронка продаж: показы → клики → заявки → продажи"),
            new DocHeading(2, Headings[2]),
            new DocTable(ChannelHeaders, ChannelRows),
            new DocHeading(3, Headings[3]),
        };
        for (int i = 1; i <= 6; i++)
            blocks.Add(new DocParagraph($"Канал {i}. " + LongParagraph));
        blocks.Add(new DocHeading(1, Headings[4]));
        blocks.Add(new DocImage(cjm, "Рис. 2. Карта пути клиента (красным — боли, зелёным — точки роста)"));
        blocks.Add(new DocHeading(1, Headings[5]));
        blocks.Add(new DocBullets(Enumerable.Range(1, 12).Select(i =>
            $"Шаг {i}: назначить ответственного, срок — {i} нед., метрика успеха — конверсия заявки в продажу не ниже {3 + i * 0.5:0.0} %.").ToArray()));
        blocks.Add(new DocHeading(1, Headings[6]));
        blocks.Add(new DocParagraph("Data: CRM export for March.\n\nAll amounts are in roubles, VAT included."));
        return new DocModel("Отчёт по маркетингу — март 2025", "Проект «Альфа» · Marketing report", blocks);
    }
}
