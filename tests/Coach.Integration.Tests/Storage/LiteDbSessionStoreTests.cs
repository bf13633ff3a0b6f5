using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Integration.Tests.Support;
using Coach.Storage;

namespace Coach.Integration.Tests.Storage;

public class LiteDbSessionStoreTests
{
    private static Session FilledSession() => new()
    {
        Id = "tg:42",
        Language = "ru",
        LanguageChosen = true,
        State = "coverage.size",
        PausedState = "coverage.check",
        Answers = { ["coverage.product"] = "Хлеб <b>&Co</b>", ["coverage.budget"] = "limited", ["coverage.check"] = "350.5" },
        CompletedFlows = { "coverage" },
        SectionInputs = [new Coach.Core.Domain.Programme.SectionInput { Section = "mix", Read = "product", Value = "Хлеб" }],
        RemarksShown = { "ltv_cac_low:00ff00ff00ff00ff" },
        LastSequence = 77,
        Selection = ["vk", "telegram"],
        SelectionState = "persona.channels",
        EditOnly = "persona.name",
        PendingConfirmation = "forget",
        KpiHistory = [new Coach.Core.Domain.Kpi.KpiRecord { Metric = "cac", Value = 1125, Inputs = { ["spend"] = 90000 }, Currency = "Rub", Utc = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc) }],
        ChannelCacs =
        [
            new Coach.Core.Domain.Kpi.ChannelCac { Name = "Яндекс Директ", Channel = "search", Spend = 48_000.5m, Customers = 16, Currency = "Rub", Utc = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc) },
            new Coach.Core.Domain.Kpi.ChannelCac { Name = "Яндекс", Channel = null, Spend = 30_000, Customers = 20, Utc = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc) },
        ],
        CreatedUtc = new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc),
        UpdatedUtc = new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc),
        Coverage = new CoverageResult
        {
            Product = "Хлеб",
            Recommended = CoverageStrategy.Concentrated,
            Chosen = CoverageStrategy.Concentrated,
            Segments = ["a", "b"],
            NicheCustomers = 2000,
            AverageCheck = 350.5m,
            YearlyPotential = 16_824_000.123456m,
        },
    };

    [Fact]
    public void A_saved_session_reads_back_whole_after_the_file_is_reopened()
    {
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        using (var store = new LiteDbSessionStore(path))
        {
            store.Save(FilledSession());
        }

        using var reopened = new LiteDbSessionStore(path);
        var session = reopened.Find("tg:42")!;

        Assert.Equal("ru", session.Language);
        Assert.True(session.LanguageChosen);
        Assert.Equal("coverage.size", session.State);
        Assert.Equal("coverage.check", session.PausedState);
        Assert.Equal("Хлеб <b>&Co</b>", session.Answer("coverage.product"));
        Assert.Equal(3, session.Answers.Count);
        Assert.Equal(["coverage"], session.CompletedFlows);
        Assert.Equal(["ltv_cac_low:00ff00ff00ff00ff"], session.RemarksShown);
        var coverage = session.Coverage!;
        Assert.Equal(16_824_000.123456m, coverage.YearlyPotential);
        Assert.Equal(["a", "b"], coverage.Segments);
        Assert.Equal(CoverageStrategy.Concentrated, coverage.Chosen);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(FilledSession()), System.Text.Json.JsonSerializer.Serialize(session));
    }

    [Fact]
    public void The_reads_a_section_remembered_and_the_personas_segments_read_back_after_reopening()
    {
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        var saved = new Session
        {
            Id = "tg:43",
            Coverage = new CoverageResult { Chosen = CoverageStrategy.Differentiated, Segments = ["студенты", "семьи"] },
            Personas = [new Coach.Core.Domain.Persona.Persona { Id = "p1", Segment = "студенты", Fields = { ["name"] = "Аня" } }, new Coach.Core.Domain.Persona.Persona { Id = "p2", Segment = "офисы" }],
            SectionInputs =
            [
                new Coach.Core.Domain.Programme.SectionInput { Section = "channels", Read = "budget", Value = "moderate" },
                new Coach.Core.Domain.Programme.SectionInput { Section = "personas", Read = "segments", Value = "студенты\nсемьи" },
                new Coach.Core.Domain.Programme.SectionInput { Section = "channels", Read = "cac", Value = "" },
            ],
        };
        using (var store = new LiteDbSessionStore(path))
        {
            store.Save(saved);
        }

        using var reopened = new LiteDbSessionStore(path);
        var session = reopened.Find("tg:43")!;

        Assert.Equal(["channels/budget=moderate", "personas/segments=студенты\nсемьи", "channels/cac="], session.SectionInputs.Select(i => $"{i.Section}/{i.Read}={i.Value}"));
        Assert.Equal(["студенты", "офисы"], session.Personas.Select(p => p.Segment));
        Assert.Empty(Coach.Core.Flows.Programme.SectionReads.Changes(session, "personas"));
        Assert.False(Coach.Core.Flows.Persona.PersonaFlow.Definition.IsDone(session));
    }

    [Fact]
    public void Saving_again_replaces_the_session_rather_than_adding_one()
    {
        using var folder = new TempFolder();
        using var store = new LiteDbSessionStore(folder.File("coach.db"));
        var session = FilledSession();
        store.Save(session);
        session.Answers.Remove("coverage.budget");
        store.Save(session);

        Assert.Equal(1, store.Count());
        Assert.False(store.Find("tg:42")!.HasAnswer("coverage.budget"));
    }

    [Fact]
    public void Delete_removes_every_record_of_the_chat_and_only_that_chat()
    {
        using var folder = new TempFolder();
        using var store = new LiteDbSessionStore(folder.File("coach.db"));
        store.Save(FilledSession());
        store.Save(new Session { Id = "tg:7" });

        Assert.True(store.Delete("tg:42"));

        Assert.Null(store.Find("tg:42"));
        Assert.NotNull(store.Find("tg:7"));
        Assert.False(store.Delete("tg:42"));
    }

    [Fact]
    public void A_password_encrypts_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("secret.db");
        using (var store = new LiteDbSessionStore(path, "s3cret"))
        {
            store.Save(FilledSession());
        }

        Assert.DoesNotContain("coverage.product", System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path)));
        Assert.ThrowsAny<Exception>(() => new LiteDbSessionStore(path).Dispose());
        using var reopened = new LiteDbSessionStore(path, "s3cret");
        Assert.NotNull(reopened.Find("tg:42"));
    }

    [Fact]
    public void The_folder_of_the_file_is_created()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "nested", "data", "coach.db");

        using var store = new LiteDbSessionStore(path);
        store.Save(new Session { Id = "x" });

        Assert.True(File.Exists(path));
    }
}
