using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Dialogue;

/// <summary>One dialogue machine per flow catalogue, lent to the chats one call at a time.</summary>
public class SharedMachineTests
{
    // Flows whose questions and results do not draw random numbers or ids, so two runs of one walk say the same.
    private static readonly string[] WalkedFlows = ["coverage", "mix", "mix_4p", "mix_7p", "smart", "channels", "kpi", "kpi_cac", "kpi_funnel"];

    private static readonly string[] Typed = ["/back", "/skip", "/cancel", "/resume", "/back", "/skip", "Organic bread", "2000", "24", "350", "5000000", "40%", "yes", "2", "keep"];

    [Fact]
    public void A_catalogue_builds_its_machine_once_for_many_inputs()
    {
        var catalog = CoachFlows.Create();
        var engine = new DialogueEngine(new InMemorySessionStore(), catalog, TextCatalog.Default);

        var transcript = Walk(engine, chat: 1, inputs: 120);

        Assert.True(transcript.Select(line => line[(line.LastIndexOf(" -> ", StringComparison.Ordinal) + 4)..]).Distinct().Count() > 10, "The walk stayed in the menu.");
        Assert.Equal(1, catalog.Machines.Built);
    }

    [Fact]
    public void Many_chats_in_parallel_through_one_engine_say_what_they_say_one_at_a_time()
    {
        const int chats = 48;
        const int inputs = 60;
        var sequential = new DialogueEngine(new InMemorySessionStore(), CoachFlows.Create(), TextCatalog.Default);
        var expected = Enumerable.Range(0, chats).Select(chat => Walk(sequential, chat, inputs)).ToList();

        var catalog = CoachFlows.Create();
        var shared = new DialogueEngine(new InMemorySessionStore(), catalog, TextCatalog.Default);
        var options = new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount };
        var actual = new List<string>[chats];
        Parallel.For(0, chats, options, chat => actual[chat] = Walk(shared, chat, inputs));

        for (var chat = 0; chat < chats; chat++)
        {
            Assert.Equal(expected[chat], actual[chat]);
        }

        // A machine is built only while every other one is lent out: never more than the calls running at once.
        Assert.InRange(catalog.Machines.Built, 1, options.MaxDegreeOfParallelism);
    }

    // A deterministic walk for one chat: what it does next depends only on its number and on
    // what it was told, so a chat that heard something else (another chat's state) walks elsewhere.
    private static List<string> Walk(DialogueEngine engine, int chat, int inputs)
    {
        var random = new Random(chat);
        var chatId = "walk:" + chat;
        var transcript = new List<string>();
        IReadOnlyList<Reply> replies = [];
        for (var i = 0; i < inputs; i++)
        {
            var answers = replies.SelectMany(reply => reply.AllButtons).Where(button => button.Data.StartsWith("a:", StringComparison.Ordinal)).ToList();
            var roll = random.Next(100);
            var input = roll switch
            {
                < 15 => UserInput.Press(chatId, ButtonData.Open(WalkedFlows[random.Next(WalkedFlows.Length)]), "en"),
                < 55 when answers.Count > 0 => UserInput.Press(chatId, answers[random.Next(answers.Count)].Data, "en"),
                _ => UserInput.Text(chatId, Typed[random.Next(Typed.Length)], "en"),
            };
            var outcome = engine.HandleAsync(input).GetAwaiter().GetResult();
            Assert.Null(outcome.Fault);
            replies = outcome.Replies;
            transcript.Add($"{input.Payload} => {string.Join(" / ", replies.Select(reply => reply.Text + " " + string.Join(",", reply.AllButtons.Select(b => b.Data))))} -> {outcome.State}");
        }

        return transcript;
    }
}
