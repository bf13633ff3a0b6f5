using System.Text.RegularExpressions;
using Coach.Core.Domain.Smart;
using Coach.Core.Domain.Words;

namespace Coach.Core.Tests.Smart;

/// <summary>
/// The deadline grammar takes every word from the "deadline" section of Domain/Smart/Words/{language}.json (issue 12): each
/// language's table is whole, and the phrase syntax it is written in reads the forms people type.
/// </summary>
public class DeadlineWordsTests
{
    public static TheoryData<int> Languages()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < SmartWords.Deadlines.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void Both_languages_have_a_deadline_table() => Assert.Equal(2, SmartWords.Deadlines.Count);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_table_names_every_month_unit_season_quarter_and_half_year(int language)
    {
        var w = SmartWords.Deadlines[language];

        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString()), w.Months.Keys.Order(StringComparer.Ordinal).OrderBy(int.Parse));
        Assert.All(w.Months.Values, forms => Assert.NotEmpty(forms));
        Assert.Equal(["day", "month", "quarter", "week", "year"], w.Units.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["12", "3", "6", "9"], w.Seasons.Keys.Order(StringComparer.Ordinal));
        Assert.All(w.Seasons.Values, s => Assert.NotEmpty(s.By.Concat(s.In)));
        Assert.Equal(["1", "2", "3", "4"], w.Quarters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["1", "2"], w.HalfYears.Keys.Order(StringComparer.Ordinal));
        Assert.NotEmpty(w.Within);
        Assert.NotEmpty(w.By);
        Assert.Subset(w.By.ToHashSet(), w.Before.ToHashSet());
        Assert.All(w.Plural, form => Assert.Contains(form, w.Units.Values.SelectMany(u => u)));
        Assert.Subset(
            new HashSet<string> { "year_end", "next_year_end", "quarter_end", "next_quarter_end", "month_end", "next_month_end", "week_end", "half_end", "next_monday", "next_week_end" },
            w.Relative.Keys.ToHashSet());
    }

    [Fact]
    public void The_rules_build_from_the_tables() => Assert.NotEmpty(DeadlineRules.All);

    [Theory]
    [InlineData("by? the? year end", "by the year end", true)]
    [InlineData("by? the? year end", "year end", true)]
    [InlineData("by? the? year end", "by year end", true)]
    [InlineData("in the? next?", "in the next", true)]
    [InlineData("in the? next?", "in next", true)]
    [InlineData("до|к конца|концу этого|текущего? года", "к концу года", true)]
    [InlineData("до|к конца|концу этого|текущего? года", "до конца текущего года", true)]
    [InlineData("до|к конца|концу этого|текущего? года", "к концу этого месяца", false)]
    public void A_phrase_reads_its_optional_words_in_any_number(string phrase, string text, bool matches) =>
        Assert.Equal(matches, Regex.IsMatch(text, $"^(?:{PhrasePattern.Body(phrase)})$"));
}
