using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

/// <summary>/back, /skip, /cancel and resuming, on every step of the wizard's two longest paths.</summary>
public class NavigationTests
{
    // Answers that lead through every step: the niche path and the segments path.
    private static readonly (string Step, string Answer, bool Press)[] NichePath =
    [
        ("product", "Organic bread", false), ("audience", "narrow", true), ("budget", "limited", true), ("line", "single", true),
        ("needs", "similar", true), ("stage", "small", true), ("niche", "yes", true), ("strategy", "concentrated", true),
        ("size", "2000", false), ("purchases", "24", false), ("check", "350", false), ("target", "5000000", false),
    ];

    public static TheoryData<int> NicheSteps() => new(Enumerable.Range(0, NichePath.Length));

    private static ChatDriver WalkTo(int index, string language = "en")
    {
        var chat = new ChatDriver(language).Send("/start").Press(ButtonData.Open(CoverageFlow.Id));
        for (var i = 0; i < index; i++)
        {
            var (_, answer, press) = NichePath[i];
            if (press)
            {
                chat.Choose(":" + answer);
            }
            else
            {
                chat.Send(answer);
            }
        }

        Assert.Equal(CoverageFlow.Key(NichePath[index].Step), chat.State);
        return chat;
    }

    [Theory]
    [MemberData(nameof(NicheSteps))]
    public void Back_returns_to_the_previous_question_with_its_answer_kept(int index)
    {
        var chat = WalkTo(index);
        var answersBefore = chat.Session.Answers.Count;

        chat.Send("/back");

        if (index == 0)
        {
            Assert.Contains("first question", chat.Text);
            Assert.Equal(CoverageFlow.Key("product"), chat.State);
            return;
        }

        var previous = NichePath[index - 1];
        Assert.Equal(CoverageFlow.Key(previous.Step), chat.State);
        Assert.Equal(answersBefore, chat.Session.Answers.Count);
        Assert.Contains("Your current answer", chat.Last.Text);
        if (previous.Press)
        {
            Assert.Contains(chat.Last.AllButtons, b => b.Label.StartsWith("✓") && b.Data.EndsWith(":" + previous.Answer));
        }
        else
        {
            Assert.Contains(chat.Last.AllButtons, b => b.Data.EndsWith(":" + ButtonData.Keep));
        }
    }

    [Theory]
    [MemberData(nameof(NicheSteps))]
    public void Skip_works_only_on_optional_questions(int index)
    {
        var chat = WalkTo(index);
        var state = chat.State;

        chat.Send("/skip");

        if (NichePath[index].Step == "target")
        {
            Assert.Equal(DialogueStates.Menu, chat.State);
            Assert.NotNull(chat.Session.Coverage);
        }
        else
        {
            Assert.Equal(state, chat.State);
            Assert.Contains("can't be skipped", chat.Replies[0].Text);
            Assert.Matches($@"· (question )?{index + 1}(/|\n)", chat.Last.Text); // the question is asked again, with its progress
        }
    }

    [Theory]
    [MemberData(nameof(NicheSteps))]
    public void Cancel_leaves_the_flow_keeps_the_answers_and_continue_returns_to_the_same_question(int index)
    {
        var chat = WalkTo(index);
        var state = chat.State;
        var answers = new Dictionary<string, string>(chat.Session.Answers);

        chat.Send("/cancel");

        Assert.Equal(DialogueStates.Menu, chat.State);
        Assert.Equal(answers, chat.Session.Answers);
        Assert.Contains("Your answers are saved", chat.Last.Text);
        var resume = chat.Last.AllButtons.First();
        Assert.Equal(ButtonData.Command("resume"), resume.Data);

        chat.Press(resume.Data);

        Assert.Equal(state, chat.State);
        Assert.Equal(answers, chat.Session.Answers);
    }

    [Theory]
    [MemberData(nameof(NicheSteps))]
    public void Start_offers_to_continue_exactly_where_the_user_stopped(int index)
    {
        var chat = WalkTo(index, "ru");
        var state = chat.State;

        chat.Send("/start");

        Assert.Contains("Вы остановились в разделе", chat.Last.Text);
        Assert.Contains(index < 8 ? $"на вопросе {index + 1}." : $"{index + 1}/12", chat.Last.Text); // no total until the strategy decides the follow-ups
        chat.Press(ButtonData.Open(CoverageFlow.Id));
        Assert.Equal(state, chat.State);
        Assert.Contains("Продолжаем ровно с того места", chat.Text);
    }

    [Fact]
    public void Menu_commands_outside_a_flow_say_there_is_nothing_to_do()
    {
        var chat = new ChatDriver().Send("/start");

        Assert.Contains("nothing to go back to", chat.Send("/back").Last.Text);
        Assert.Contains("no question to skip", chat.Send("/skip").Last.Text);
        Assert.Contains("no flow to cancel", chat.Send("/cancel").Last.Text);
        Assert.Equal(DialogueStates.Menu, chat.State);
    }
}
