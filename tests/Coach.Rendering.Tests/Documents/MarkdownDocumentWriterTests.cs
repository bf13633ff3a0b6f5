using Coach.Rendering.Documents;

namespace Coach.Rendering.Tests.Documents;

public class MarkdownDocumentWriterTests
{
    private static readonly byte[] Png = KpiCharts.Funnel("Воронка", Samples.FunnelStages, Samples.Conversions, Samples.Bottleneck, 360, 224);

    private static DocModel SmallModel() => new("Отчёт | March", "Проект «Альфа»",
    [
        new DocHeading(1, "Итоги"),
        new DocParagraph("Первая строка\nвторая *важная* строка\n\nНовый абзац про CAC_2024"),
        new DocBullets(["CAC: 1 125 ₽", "- минус в начале", "два\nстроки"]),
        new DocHeading(2, "Каналы"),
        new DocTable(["Канал", "CAC | ₽"], [["SEO", "640"], ["Блогеры", "3 900\nдорого"], ["Email"]]),
        new DocHeading(3, "Рисунки"),
        new DocImage(Png, "Воронка [март]"),
    ]);

    [Fact]
    public void Small_model_gives_exact_headings_bullets_and_pipe_table()
    {
        const string expected = """
            # Отчёт | March

            *Проект «Альфа»*

            ## Итоги

            Первая строка\
            вторая \*важная\* строка

            Новый абзац про CAC_2024

            - CAC: 1 125 ₽
            - \- минус в начале
            - два\
              строки

            ### Каналы

            | Канал | CAC \| ₽ |
            | --- | --- |
            | SEO | 640 |
            | Блогеры | 3 900<br>дорого |
            | Email |  |

            #### Рисунки

            ![Воронка \[март\]](image-1.png)

            """;
        Assert.Equal(expected, MarkdownDocumentWriter.Write(SmallModel()));
    }

    [Fact]
    public void Image_file_names_come_from_the_caller_and_default_to_numbered_files()
    {
        var model = new DocModel("T", "", [new DocImage(Png, "a"), new DocImage(Png, "b")]);

        Assert.Contains("![a](image-1.png)", MarkdownDocumentWriter.Write(model));
        Assert.Contains("![b](image-2.png)", MarkdownDocumentWriter.Write(model));
        string named = MarkdownDocumentWriter.Write(model, image => $"chart {image.Caption}.png");
        Assert.Contains("![a](<chart a.png>)", named);
        Assert.Contains("![b](<chart b.png>)", named);
    }

    [Fact]
    public void An_image_with_a_markdown_note_is_that_note_and_links_no_file()
    {
        var model = new DocModel("T", "", [new DocImage(Png, "a") { MarkdownNote = "Picture “a”: see the PDF." }, new DocImage(Png, "b")]);

        string markdown = MarkdownDocumentWriter.Write(model);

        Assert.Contains("*Picture “a”: see the PDF.*", markdown);
        Assert.DoesNotContain("![a]", markdown);
        Assert.Contains("![b](image-1.png)", markdown);
    }

    [Fact]
    public void Line_start_markers_in_plain_text_are_escaped()
    {
        var model = new DocModel("T", "", [new DocParagraph("# не заголовок\n1. не список\n> не цитата\n_подчёркнуто_")]);

        string markdown = MarkdownDocumentWriter.Write(model);

        Assert.Contains("\\# не заголовок\\\n1\\. не список\\\n\\> не цитата\\\n\\_подчёркнуто\\_\n", markdown);
    }

    [Fact]
    public void Empty_blocks_leave_no_stray_markup()
    {
        var model = new DocModel("T", " ", [new DocParagraph(""), new DocBullets([]), new DocBullets(["", " "]), new DocTable([], []), new DocHeading(0, "Низ")]);

        Assert.Equal("# T\n\n## Низ\n", MarkdownDocumentWriter.Write(model));
    }
}
