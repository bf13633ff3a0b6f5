using Coach.Bot;
using Coach.Bot.Terminal;
using Coach.Integration.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Coach.Integration.Tests.Terminal;

/// <summary>The terminal chat in-process: the real host, a real LiteDB file, a scripted console.</summary>
public class TerminalChatTests
{
    internal static async Task<string> Run(TempFolder folder, string script, string language = "en", IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "",
            ["Storage:Path"] = folder.File("coach.db"),
            ["Terminal:Language"] = language,
            ["Terminal:FilesFolder"] = folder.File("files"),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddCoach();
        var output = new StringWriter();
        builder.Services.AddSingleton(new TerminalConsole(new StringReader(script), output, Interactive: false));
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.RunAsync(timeout.Token);
        Assert.False(timeout.IsCancellationRequested, "The terminal chat did not stop at the end of its input.");
        return output.ToString();
    }

    [Fact]
    public async Task A_piped_script_completes_the_wizard_with_numbers_labels_and_typed_answers()
    {
        using var folder = new TempFolder();
        var script = string.Join('\n', "1", "Organic bread", "3", "Limited: every penny counts", "1", "no they want much the same", "2", "1", "3", "2 000", "24", "350", "20 млн") + "\n";

        var output = await Run(folder, script);

        Assert.Contains("Hi! I'm Coach", output);
        Assert.Contains("  1) 🧭 Coverage strategy", output);
        Assert.Contains("My recommendation: concentrated (niche) marketing", output);
        Assert.Contains("= 2,000 × 24 × 350 = 16,800,000", output);
        Assert.Contains("below your target of 20,000,000", output);
        Assert.DoesNotContain("<b>", output);
        Assert.Contains("> 2 000", output);
    }

    [Fact]
    public async Task A_second_run_continues_at_the_same_question()
    {
        using var folder = new TempFolder();
        await Run(folder, "1\nBread\n3\n");

        var output = await Run(folder, "limited\n/status\n");

        Assert.DoesNotContain("Hi! I'm Coach", output);
        Assert.StartsWith("Coach · terminal chat", output);
        Assert.Contains("What is your marketing budget like?", output.Split("> limited")[0]);
        Assert.Contains("How broad is your product line?", output);
        Assert.Contains("Coverage strategy: Limited: every penny counts", output);
    }

    [Fact]
    public async Task Status_opens_a_section_s_details_by_number_and_one_answer_changes_without_a_re_walk()
    {
        using var folder = new TempFolder();
        var walk = string.Join('\n', "1", "Organic bread", "3", "Limited: every penny counts", "1", "no they want much the same", "2", "1", "3", "2 000", "24", "350", "20 млн");

        var output = await Run(folder, walk + "\n/status\n1\n✏️ Budget\n2\n");

        var status = output.Split("> /status")[1].Split("> 1")[0];
        Assert.Contains("Coverage strategy: Concentrated", status);
        Assert.True(status.Trim().Split('\n').Length <= 25, status);
        var details = output.Split("> 1")[^1].Split("> ✏️ Budget")[0];
        Assert.Contains("Budget: Limited: every penny counts", details);
        var edited = output.Split("> 2")[^1];
        Assert.Contains("Budget: Moderate: a few campaigns", edited);
        Assert.Contains("Product: Organic bread", edited);
        Assert.DoesNotContain("What do you sell?", edited);
    }

    [Fact]
    public async Task Status_inside_a_typed_question_shows_its_buttons_as_labels_so_a_typed_number_stays_an_answer()
    {
        using var folder = new TempFolder();

        // Up to the niche's customer count, a number typed as the answer.
        var walk = string.Join('\n', "1", "Organic bread", "3", "Limited: every penny counts", "1", "no they want much the same", "2", "1", "3");

        var output = await Run(folder, walk + "\n/status\n🧭 Coverage ›\n");

        var status = output.Split("> /status")[1].Split("> 🧭 Coverage ›")[0];
        Assert.Contains("[🧭 Coverage ›]", status);
        Assert.DoesNotContain(") 🧭 Coverage", status);
        Assert.Contains("Product: Organic bread", output.Split("> 🧭 Coverage ›")[1]);
    }

    [Fact]
    public async Task Text_questions_show_their_buttons_as_labels_to_type_not_numbers()
    {
        using var folder = new TempFolder();

        var output = await Run(folder, "1\nBread\n/back\nKeep: Bread\n");

        Assert.Contains("[Keep: Bread]", output);
        Assert.Contains("Who needs your product?", output.Split("> Keep: Bread")[1]);
    }

    [Fact]
    public async Task The_russian_terminal_speaks_russian()
    {
        using var folder = new TempFolder();

        var output = await Run(folder, "1\n", "ru");

        Assert.Contains("Здравствуйте", output);
        Assert.Contains("Что вы продаёте?", output);
    }
}

public class TerminalProgrammeTests
{
    [Fact]
    public async Task A_piped_script_sets_a_smart_goal_and_walks_a_mix_model()
    {
        using var folder = new Support.TempFolder();
        var script = "/start smart\n1\n250\nincrease sales\nincrease orders from the website by 20% in three months\n/start mix\n1\n1\nbread\nfair\nshops\nads\n/export\n";

        var text = await TerminalChatTests.Run(folder, script);
        Assert.Contains("❌ Measurable", text);
        Assert.Contains("Grow orders from the website from 250 to 300 (+20%)", text);
        Assert.Contains("Your marketing mix (4P)", text);
        Assert.Contains("Promotion: ads", text);
        Assert.Contains(".pdf", text);
        Assert.True(Directory.GetFiles(folder.File("files"), "*.pdf").Length == 1);
    }

    [Fact]
    public async Task Forget_also_deletes_the_files_the_chat_saved_and_no_deletes_nothing()
    {
        using var folder = new Support.TempFolder();
        await TerminalChatTests.Run(folder, "/start mix\n1\n1\nbread\nfair\nshops\nads\n/export\n/forget\nno\n");
        Assert.NotEmpty(Directory.GetFiles(folder.File("files")));

        var text = await TerminalChatTests.Run(folder, "/forget\nyes\n");

        Assert.Contains("deleted", text);
        Assert.False(Directory.Exists(folder.File("files")));
    }
}
