using Coach.Integration.Tests.Support;

namespace Coach.Integration.Tests.Terminal;

/// <summary>Examples that fit the business and the strategy document, through the terminal host.</summary>
public class TerminalStoryTests
{
    [Fact]
    public async Task A_school_gets_a_schools_niche_and_mix_examples()
    {
        using var folder = new TempFolder();
        // Coverage: narrow, limited, single line, similar needs, small, wants a niche → concentrated; then the 7P mix for a service.
        var script = string.Join('\n', "1", "English school for adults", "3", "3", "1", "3", "2", "1", "3", "2 000", "24", "350", "/skip", "/start mix", "2", "2") + "\n";

        var output = await TerminalChatTests.Run(folder, script);

        Assert.Contains("A language school, for instance, teaches only English for IT specialists", output);
        Assert.DoesNotContain("bakery", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2) ⭐ 🛎 Services (recommended)", output);
        Assert.Contains("For example: English for adults: groups of six, levels A1–C1, a speaking club", output);
    }

    [Fact]
    public async Task The_russian_export_saves_a_document_that_opens_with_the_summary()
    {
        using var folder = new TempFolder();
        var script = string.Join('\n',
            "1", "Пекарня у дома", "3", "3", "1", "3", "2", "1", "3", "2 000", "24", "350", "/skip",
            "/kpi cac 90000 80",
            "/start channels", "150 000", "1", "Поиск, ВКонтакте",
            "/export") + "\n";

        var output = await TerminalChatTests.Run(folder, script, "ru");

        Assert.Contains("Пекарня, например, печёт только органический хлеб", output);
        var markdown = File.ReadAllText(Directory.EnumerateFiles(folder.File("files"), "*.md", SearchOption.AllDirectories).Single());
        Assert.Contains("## Стратегия на одной странице", markdown);
        Assert.Contains("- Стратегия: концентрированный (нишевый) маркетинг для продукта «Пекарня у дома».", markdown);
        Assert.Contains("- Цель: ещё не поставлена", markdown);
        Assert.Contains("- Ожидаемые новые клиенты: ≈ ", markdown);
        Assert.Contains("при вашем последнем CAC 1 125 ₽.", markdown);
        Assert.Contains("| Поиск | привлечение | 2 |", markdown);
        Assert.Contains("| CAC (стоимость привлечения клиента) | 1 125 ₽ | расходы на маркетинг 90 000 ₽, новые клиенты 80 |", markdown);
    }
}
