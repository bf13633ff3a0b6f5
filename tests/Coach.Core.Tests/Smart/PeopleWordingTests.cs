using Coach.Core.Domain.Smart;
using Coach.Core.Domain.Words;

namespace Coach.Core.Tests.Smart;

/// <summary>The classes of issue 12, each as a table in both languages: metrics, targets, named deadlines, the word files.</summary>
public class PeopleWordingTests
{
    // A Wednesday in spring: next Monday is 13 April 2026.
    private static readonly DateOnly Today = new(2026, 4, 8);

    [Theory]
    [InlineData("к Черной пятнице", "2026-11-27")]
    [InlineData("до Чёрной пятницы", "2026-11-27")]
    [InlineData("by Black Friday", "2026-11-27")]
    [InlineData("before Cyber Monday", "2026-11-30")]
    [InlineData("к Новому году", "2026-12-31")]
    [InlineData("by New Year's Eve", "2026-12-31")]
    [InlineData("к Рождеству", "2026-12-25")]
    [InlineData("by Christmas", "2026-12-25")]
    [InlineData("к 8 Марта", "2027-03-08")]
    [InlineData("к Международному женскому дню", "2027-03-08")]
    [InlineData("ко Дню святого Валентина", "2027-02-14")]
    [InlineData("by Valentine's Day", "2027-02-14")]
    [InlineData("к Дню знаний", "2026-09-01")]
    [InlineData("by Halloween", "2026-10-31")]
    [InlineData("by next week", "2026-04-13")]
    [InlineData("к следующей неделе", "2026-04-13")]
    [InlineData("next week", "2026-04-19")]
    [InlineData("на следующей неделе", "2026-04-19")]
    [InlineData("до конца следующей недели", "2026-04-19")]
    [InlineData("through Q2", "2026-06-30")]
    [InlineData("до конца года", "2026-12-31")]
    [InlineData("к сентябрю", "2026-09-01")]
    [InlineData("к лету", "2026-06-01")]
    [InlineData("by the end of summer", "2026-08-31")]
    public void A_named_deadline_falls_on_its_day(string text, string due)
    {
        Assert.Equal(due, DeadlineParser.Parse(text, Today)?.Due.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("с Черной пятницы")]
    [InlineData("со Дня знаний")]
    [InlineData("since Christmas")]
    [InlineData("from Black Friday")]
    public void A_named_day_as_a_start_is_no_deadline(string text)
    {
        Assert.Null(DeadlineParser.Parse(text, Today));
    }

    [Theory]
    [InlineData("Увеличить число записей на пробный урок до 60", "leads", GoalType.Customers)]
    [InlineData("Набрать 30 учеников в группу", "customers", GoalType.Customers)]
    [InlineData("Привлечь 20 пациентов в клинику", "customers", GoalType.Customers)]
    [InlineData("Grow followers to 2,000", "subscribers", GoalType.Awareness)]
    [InlineData("Increase blog visits by 30%", "visits", GoalType.Awareness)]
    [InlineData("Увеличить просмотры блога на 30%", "visits", GoalType.Awareness)]
    [InlineData("Sell 200 cakes", "sales", GoalType.Sales)]
    [InlineData("Deliver 200 cakes a month", "units", GoalType.Sales)]
    [InlineData("Отгружать 300 букетов в месяц", "units", GoalType.Sales)]
    [InlineData("Снизить стоимость привлечения клиента до 900 ₽", "cac", GoalType.Customers)]
    [InlineData("Снизить стоимость лида до 300 ₽", "cpl", GoalType.Customers)]
    [InlineData("Cut the cost per lead to $20", "cpl", GoalType.Customers)]
    [InlineData("Reduce churn to 5%", "churn", GoalType.Customers)]
    [InlineData("Снизить долю возвратов до 3%", "returns", GoalType.Sales)]
    [InlineData("Reduce the return rate to 3%", "returns", GoalType.Sales)]
    [InlineData("Снизить процент отказов на сайте до 40%", "bounce", GoalType.Awareness)]
    [InlineData("Lower the bounce rate to 40%", "bounce", GoalType.Awareness)]
    [InlineData("Повысить узнаваемость бренда до 30%", "awareness", GoalType.Awareness)]
    [InlineData("Raise brand awareness to 30%", "awareness", GoalType.Awareness)]
    [InlineData("Собрать 100 отзывов на картах", "reviews", GoalType.Awareness)]
    [InlineData("Get 100 reviews on Google Maps", "reviews", GoalType.Awareness)]
    [InlineData("Increase cake orders by 25%", "orders", GoalType.Sales)]
    [InlineData("Найти 10 новых заказчиков", "customers", GoalType.Customers)]
    public void A_counted_thing_is_a_metric_of_its_type(string goal, string metric, GoalType type)
    {
        var check = SmartGoalChecker.Check(goal, type, 100, Today);

        Assert.Equal(metric, check.Metric);
        Assert.Equal("ok", check[SmartCriterion.Relevant].Code);
        Assert.Equal("ok", check[SmartCriterion.Measurable].Code);
    }

    [Theory]
    [InlineData("Доставить 200 пицц в офисы за 3 месяца", GoalType.Sales, "пицц")]
    [InlineData("Deliver 40 hampers to offices in 3 months", GoalType.Sales, "hampers")]
    [InlineData("Собрать 300 подписей под петицией за 2 месяца", GoalType.Awareness, "подписей")]
    public void A_counted_thing_outside_the_vocabulary_is_the_metric_of_the_chosen_type(string goal, GoalType type, string name)
    {
        var check = SmartGoalChecker.Check(goal, type, 150, Today);

        Assert.Equal(GoalMetrics.Count, check.Metric);
        Assert.Equal(name, check.MetricName);
        Assert.Equal("ok", check[SmartCriterion.Relevant].Code);
        Assert.True(check[SmartCriterion.Measurable].Passed);
    }

    [Theory]
    [InlineData("Привлечь 150 новых клиентов", 120, 270)]
    [InlineData("Привлечь 150 клиентов", 120, 150)]
    [InlineData("Привлечь ещё 30 клиентов", 120, 150)]
    [InlineData("Выйти на 480 заказов", 400, 480)]
    [InlineData("Выйти на уровень 480 заказов", 400, 480)]
    [InlineData("Увеличить заказы на 80", 400, 480)]
    [InlineData("Увеличить заказы с 3 000 до 4 000 к лету", 3000, 4000)]
    [InlineData("Увеличить заказы на 20%", 400, 480)]
    [InlineData("Удвоить заказы", 400, 800)]
    [InlineData("Get 150 new customers", 120, 270)]
    [InlineData("Get 150 customers", 120, 150)]
    [InlineData("Add 30 more customers", 120, 150)]
    [InlineData("Reach 480 orders", 400, 480)]
    [InlineData("Hit 480 orders", 400, 480)]
    [InlineData("Grow orders by 80", 400, 480)]
    [InlineData("Grow orders from 3,000 to 4,000 by summer", 3000, 4000)]
    [InlineData("Grow orders by 20%", 400, 480)]
    [InlineData("Double orders", 400, 800)]
    [InlineData("Снизить CAC с 1 500 до 1 200 ₽", null, 1200)]
    [InlineData("Снизить стоимость лида на 20%", 800, 640)]
    [InlineData("Cut CAC by 300", 1500, 1200)]
    [InlineData("Halve the return rate", 8, 4)]
    public void The_target_is_read_as_a_level_or_a_change_of_the_baseline(string goal, int? baseline, int target)
    {
        var check = SmartGoalChecker.Check(goal, GoalType.Sales, baseline, Today);

        Assert.Equal(target, SmartGoal.From(check, DateTime.UnixEpoch).Target);
    }

    [Theory]
    [InlineData("Снизить стоимость лида из Директа с 800 до 600 ₽ за 3 месяца", GoalType.Customers, null, "+++++", GoalDirection.Decrease)]
    [InlineData("Повысить стоимость лида из Директа с 600 до 800 ₽ за 3 месяца", GoalType.Customers, null, "++-++", GoalDirection.Increase)]
    [InlineData("Cut the return rate of online orders from 8% to 5% in 6 months", GoalType.Sales, null, "+++++", GoalDirection.Decrease)]
    [InlineData("Reduce the bounce rate of the landing page from 60% to 45% by the end of Q3", GoalType.Awareness, null, "+++++", GoalDirection.Decrease)]
    [InlineData("Reduce the bounce rate of the landing page from 60% to 45% by the end of Q3", GoalType.Sales, null, "+++-+", GoalDirection.Decrease)]
    [InlineData("Снизить долю возвратов в интернет-магазине на 100% за месяц", GoalType.Sales, 5, "++-++", GoalDirection.Decrease)]
    public void A_goal_to_lower_a_metric_is_checked_on_all_five_criteria(string goal, GoalType type, int? baseline, string summary, GoalDirection direction)
    {
        var check = SmartGoalChecker.Check(goal, type, baseline, Today);

        Assert.Equal(summary, check.Summary);
        Assert.Equal(direction, SmartGoal.From(check, DateTime.UnixEpoch).Direction);
    }

    [Fact]
    public void Every_metric_has_words_in_every_language_and_a_name_in_both_catalogues()
    {
        var languages = WordFiles.Languages("Smart");
        Assert.Equal(["en", "ru"], languages);
        foreach (var key in GoalMetrics.Keys)
        {
            Assert.NotNull(GoalMetrics.TypeOf(key));
            foreach (var language in languages)
            {
                using var words = System.Text.Json.JsonDocument.Parse(Resource($"Coach.Smart.Words.{language}.json"));
                Assert.True(words.RootElement.GetProperty("metrics").TryGetProperty(key, out var entry), $"{language}: {key}");
                Assert.NotEmpty(entry.GetProperty("phrases").EnumerateArray());
                var texts = Coach.Core.Texts.TextCatalog.Default.For(language);
                Assert.NotEqual($"smart.metric.{key}", texts[$"smart.metric.{key}"]);
            }
        }
    }

    [Theory]
    [InlineData("стоимост* привлечени*", "стоимость привлечения", true)]
    [InlineData("стоимост* привлечени*", "стоимостью привлечения", true)]
    [InlineData("стоимост* привлечени*", "нестоимость привлечения", false)]
    [InlineData("customer? acquisition cost|costs", "acquisition costs", true)]
    [InlineData("customer? acquisition cost|costs", "customer acquisition cost", true)]
    [InlineData("customer? acquisition cost|costs", "customer  acquisition", false)]
    [InlineData("запис* на", "записей на", true)]
    [InlineData("запис* на", "записи блога", false)]
    public void A_phrase_of_the_word_files_matches_whole_words(string phrase, string text, bool matches)
    {
        Assert.Equal(matches, PhrasePattern.Compile([phrase]).IsMatch(text));
    }

    private static string Resource(string name)
    {
        using var stream = typeof(GoalMetrics).Assembly.GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
