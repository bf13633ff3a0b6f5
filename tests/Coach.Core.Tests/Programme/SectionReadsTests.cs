using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Programme;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Flows.Programme;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Programme;

public class SectionReadsTests
{
    [Theory]
    [InlineData("coverage", "")]
    [InlineData("mix", "product")]
    [InlineData("personas", "segments")]
    [InlineData("cjm", "portraits")]
    [InlineData("smart", "")]
    [InlineData("kpi", "")]
    [InlineData("channels", "budget,persona_channels,growth_points,goals,cac")]
    [InlineData("tov", "")]
    public void Each_section_declares_what_it_reads(string section, string reads)
    {
        Assert.Equal(reads, string.Join(",", SectionReads.Table.Single(s => s.Section == section).Reads.Select(r => r.Id)));
    }

    [Fact]
    public void The_table_names_the_programme_s_sections_in_order()
    {
        Assert.Equal(Core.Flows.Programme.Programme.Sections(new Session()).Select(s => s.Id), SectionReads.Table.Select(s => s.Section));
    }

    [Theory]
    [InlineData("coverage", "coverage")]
    [InlineData("mix_7p", "mix")]
    [InlineData("mix", null)]
    [InlineData("persona", "personas")]
    [InlineData("cjm", "cjm")]
    [InlineData("kpi_cac", "kpi")]
    [InlineData("channels", "channels")]
    [InlineData("tov", "tov")]
    [InlineData("draft", null)]
    [InlineData("learn_case", null)]
    public void A_finished_flow_finishes_its_section(string flow, string? section)
    {
        Assert.Equal(section, SectionReads.Table.FirstOrDefault(s => s.FinishedBy(flow))?.Section);
    }

    [Theory]
    [InlineData("budget=moderate", "budget=moderate", "")]
    [InlineData("budget=moderate", "budget=limited", "budget:moderate>limited")]
    [InlineData("budget=moderate;cac=900 Rub", "budget=moderate;cac=1200 Rub", "cac:900 Rub>1200 Rub")]
    [InlineData("budget=large;cac=", "budget=limited;cac=90 Rub", "budget:large>limited|cac:>90 Rub")]
    [InlineData("", "budget=limited", "")] // never finished, or finished before the read was declared
    [InlineData("budget=", "budget=", "")]
    public void A_change_is_a_value_that_differs_from_the_one_read_at_the_finish(string before, string now, string changes)
    {
        static IEnumerable<(string, string)> Pairs(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => (p.Split('=')[0], p.Split('=')[1]));

        var found = InputChanges.Between(Pairs(before).ToDictionary(p => p.Item1, p => p.Item2), Pairs(now).ToList());

        Assert.Equal(changes, string.Join("|", found.Select(c => $"{c.Read}:{c.Before}>{c.Now}")));
    }

    [Theory]
    [InlineData("en", "budget", "moderate", "limited", "the coverage budget changed from moderate to limited")]
    [InlineData("ru", "budget", "large", "moderate", "бюджет в стратегии охвата изменился: был большой, стал средний")]
    [InlineData("en", "segments", "students\noffices", "students", "the strategy's segments changed from “students”, “offices” to “students”")]
    [InlineData("ru", "segments", "студенты", "", "сегменты стратегии изменились: «студенты» → нет")]
    [InlineData("en", "product", "Soap", "Soap <b>", "the product changed from “Soap” to “Soap &lt;b&gt;”")]
    [InlineData("ru", "cac", "900 Rub", "1200.5 Rub", "последний CAC изменился: был 900 ₽, стал 1 200,50 ₽")]
    [InlineData("ru", "cac", "", "1125 Rub", "появился CAC: 1 125 ₽")]
    [InlineData("en", "cac", "", "1125 None", "there is now a CAC: 1,125")]
    [InlineData("en", "goals", "a", "b", "the SMART goals changed")]
    [InlineData("ru", "growth_points", "a", "", "изменились точки роста на карте пути клиента")]
    public void A_change_is_named_with_its_values_in_both_languages(string language, string read, string before, string now, string text)
    {
        var described = SectionReads.Describe(TextCatalog.Default.For(language), new InputChange(read, before, now));

        Assert.Equal(text, described);
    }

    [Fact]
    public void The_budget_is_read_from_the_saved_strategy_only()
    {
        var session = new Session { Answers = { [CoverageFlow.Key("budget")] = "limited" } };
        Assert.Equal("", SectionReads.Budget.Value(session));

        session.Coverage = new CoverageResult { Chosen = CoverageStrategy.Mass };
        Assert.Equal("limited", SectionReads.Budget.Value(session));
    }

    [Fact]
    public void The_last_cac_is_read_with_its_currency()
    {
        var session = new Session
        {
            KpiHistory = [new KpiRecord { Metric = "cac", Value = 900, Currency = "Rub" }, new KpiRecord { Metric = "roi", Value = 20 }],
        };

        Assert.Equal("900 Rub", SectionReads.LastCac.Value(session));
    }

    [Fact]
    public void Finishing_a_section_remembers_its_reads_and_replaces_the_old_ones()
    {
        var session = new Session { Coverage = new CoverageResult { Product = "Soap", Segments = ["students", "offices"] } };
        SectionReads.Finished(session, "mix_4p");
        SectionReads.Finished(session, "persona");
        session.Coverage.Product = "Liquid soap";
        Assert.Equal("product", Assert.Single(SectionReads.Changes(session, "mix")).Read);

        SectionReads.Finished(session, "mix_7p");

        Assert.Empty(SectionReads.Changes(session, "mix"));
        Assert.Equal(["mix:product=Liquid soap", "personas:segments=students\noffices"], session.SectionInputs.Select(i => $"{i.Section}:{i.Read}={i.Value}").Order());
    }
}
