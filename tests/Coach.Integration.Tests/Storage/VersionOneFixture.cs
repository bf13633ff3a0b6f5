using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Core.Domain.Cjm;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Learn;
using Coach.Core.Domain.Persona;
using Coach.Core.Domain.Programme;
using Coach.Core.Domain.Smart;
using Coach.Core.Domain.Tov;

namespace Coach.Integration.Tests.Storage;

/// <summary>
/// The session in Fixtures/sessions-v1.db: written at commit c6bb4f4 by the hand-mapped
/// SessionDocument (schema version 1, before sessions were stored whole), with every property of
/// Session and of what it holds set. Version 1 stored empty strings as null (LiteDB's
/// EmptyStringToNull); the empty answer, persona field and section value check they come back as "".
/// Do not change the values: the file was written from them.
/// </summary>
public static class VersionOneFixture
{
    public const string FileName = "sessions-v1.db";

    public const string ChatId = "tg:1001";

    public static Session Session() => new()
    {
        Id = ChatId,
        Language = "ru",
        LanguageChosen = true,
        State = "kpi.spend",
        PausedState = "persona.age",
        PendingConfirmation = "forget",
        LastSequence = 4242,
        Selection = ["vk", "telegram"],
        SelectionState = "persona.channels",
        EditOnly = "persona.name",
        Answers = { ["coverage.product"] = "Хлеб <b>&Co</b>", ["coverage.budget"] = "limited", ["kpi.spend"] = "90000", ["coverage.note"] = "" },
        CompletedFlows = ["coverage", "kpi"],
        InProgramme = true,
        RemarksShown = ["ltv_cac_low:00ff00ff00ff00ff"],
        CompletedUtc = { ["coverage"] = Utc(2026, 11, 20, 9, 15, 30, 123), ["kpi"] = Utc(2026, 11, 21, 10, 0, 0, 0) },
        SectionInputs = [new SectionInput { Section = "channels", Read = "budget", Value = "limited" }, new SectionInput { Section = "channels", Read = "cac", Value = "" }],
        Coverage = new CoverageResult
        {
            Product = "Хлеб",
            Recommended = CoverageStrategy.Differentiated,
            Chosen = CoverageStrategy.Concentrated,
            Segments = ["студенты", "семьи"],
            NicheCustomers = 2000,
            PurchasesPerYear = 24,
            AverageCheck = 350.5m,
            RevenueTarget = 1_000_000m,
            YearlyPotential = 16_824_000.123456m,
            CompletedUtc = Utc(2026, 11, 20, 9, 15, 30, 123),
        },
        KpiHistory =
        [
            new KpiRecord
            {
                Metric = "cac",
                Value = 1125.75m,
                Inputs = { ["spend"] = 90000, ["new.customers"] = 80 },
                Periods = { ["frequency"] = "Week" },
                Currency = "Rub",
                Utc = Utc(2026, 11, 21, 10, 0, 0, 0),
            },
        ],
        Personas =
        [
            new Persona { Id = "p1", Segment = "студенты", Fields = { ["name"] = "Аня", ["age"] = "21", ["pains"] = "" }, UpdatedUtc = Utc(2026, 11, 22, 8, 0, 0, 500) },
        ],
        EditingPersonaId = "p1",
        PersonaSegment = "семьи",
        Cjms =
        [
            new CjmMap
            {
                PersonaId = "p1",
                PersonaName = "Аня",
                Steps = [new CjmStage { Stage = "aware", Actions = "видит пост", Touchpoints = "VK", Emotion = -2, Barriers = "не доверяет", Helps = "отзывы" }],
                UpdatedUtc = Utc(2026, 11, 22, 9, 0, 0, 0),
            },
        ],
        CjmPersonaId = "p1",
        Goals =
        [
            new SmartGoal
            {
                Text = "Снизить CAC до 900 ₽ к 31.12.2026",
                Type = GoalType.Customers,
                Metric = "cac",
                Baseline = 1125.75m,
                Target = 900,
                ChangePercent = -20.05m,
                Due = Utc(2026, 12, 31, 0, 0, 0, 0),
                Ambitious = true,
                Direction = GoalDirection.Decrease,
                MetricName = "пицц",
                CreatedUtc = Utc(2026, 11, 23, 7, 30, 0, 0),
            },
        ],
        Learning = new LearningProgress
        {
            Scores = [new TopicScore { Topic = "cac", Right = 3, Wrong = 1, LastRight = true, LastUtc = Utc(2026, 11, 24, 6, 0, 0, 0) }],
            Days = ["2026-11-23", "2026-11-24"],
            Round = ["ltv", "smart"],
            RoundAnswered = 2,
            RoundRight = 1,
            Current = new PracticeExercise { Topic = "ltv", Seed = 17, ItemId = "case-3", InRound = true },
            LastItemId = "case-2",
            Seed = 99,
        },
        Tone = new ToneProfile
        {
            Formality = Formality.Friendly,
            Humor = Humor.Humorous,
            Address = Address.Casual,
            BrandMessage = "Хлеб как у бабушки",
            WordsToUse = ["тёплый", "свежий"],
            WordsToAvoid = ["дешёвый"],
            Emoji = EmojiPolicy.Many,
            Samples = "Доброе утро!\nСвежий хлеб уже ждёт.",
            UpdatedUtc = Utc(2026, 11, 25, 12, 0, 0, 0),
        },
        Drafts = [Draft(DraftChannel.Telegram, "акция", 2, Formality.Formal, Utc(2026, 11, 25, 12, 1, 0, 0))],
        SavedDrafts = [Draft(DraftChannel.Email, "рассылка", 1, Formality.Neutral, Utc(2026, 11, 25, 12, 2, 0, 0))],
        PendingKpiNumbers = "spend=90000",
        CreatedUtc = Utc(2026, 11, 20, 8, 0, 0, 0),
        UpdatedUtc = Utc(2026, 11, 25, 12, 3, 0, 0),
    };

    private static TovDraft Draft(DraftChannel channel, string topic, int variant, Formality formality, DateTime created) => new()
    {
        Channel = channel,
        Topic = topic,
        Text = $"Текст: {topic}",
        FromTemplate = true,
        Variant = variant,
        Shorter = true,
        Formality = formality,
        CreatedUtc = created,
    };

    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second, int millisecond) =>
        new(year, month, day, hour, minute, second, millisecond, DateTimeKind.Utc);
}

/// <summary>
/// The session in Fixtures/sessions-v2.db and sessions-v2.json: written at commit a70a37c (schema version 2, the
/// session whole with each feature's state a field of its own) from <see cref="VersionOneFixture.Session"/> with
/// check-ins on and due and a team's mark. Do not change the values: the files were written from them.
/// </summary>
public static class VersionTwoFixture
{
    public const string FileName = "sessions-v2.db";

    public static readonly DateTime CheckInDue = new(2026, 12, 4, 15, 0, 0, DateTimeKind.Utc);

    public static Session Session()
    {
        var s = VersionOneFixture.Session();
        s.CheckIns.On = true;
        s.CheckIns.Day = DayOfWeek.Friday;
        s.CheckIns.Hour = 18;
        s.CheckIns.OffsetMinutes = 180;
        s.CheckIns.NextDueUtc = CheckInDue;
        s.CheckIns.SentWeek = "2026-W48";
        s.CheckIns.Budgets = new() { ["vk"] = 12000m };
        s.CheckIns.Weeks = [new CheckInWeek("2026-W48", [new CheckInRow("vk", 11500m, 9m)], new DateTime(2026, 11, 27, 15, 30, 0, DateTimeKind.Utc))];
        s.Team = new TeamState { LastAnswer = new TeamMark { UserId = 77, Name = "Оля", After = 3 } };
        return s;
    }
}
