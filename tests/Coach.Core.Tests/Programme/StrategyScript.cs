using Coach.Core.Dialogue;
using Coach.Core.Domain.Cjm;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Mix;
using Coach.Core.Tests.Support;
using Coach.Core.Tests.Tov;

namespace Coach.Core.Tests.Programme;

/// <summary>Walks every section of the programme through the engine, as a user would.</summary>
internal static class StrategyScript
{
    public static ChatDriver Coverage(ChatDriver chat, string product = "Soap", string budget = "moderate") =>
        chat.AnswerProfile(product, "everyone", budget, "several", "similar", "large", "no").Choose(":mass");

    public static ChatDriver Mix(ChatDriver chat) =>
        chat.Press(ButtonData.Open(MixFlow.Id)).Choose(":goods").Choose(":4p").Send("bars of soap").Send("fair").Send("shops").Send("ads");

    public static ChatDriver Persona(ChatDriver chat, string name, string args = "new")
    {
        chat.Send("/personas " + args);
        chat.Send(name).Send("25–34").Send("office manager")
            .Send("no time for breakfast").Send("saving time");
        chat.Choose(":telegram").Choose(":search").Choose(":" + MultiChoiceAnswer.Done);
        return chat.Choose(":add").Send("/skip").Choose(":middle").Send("/skip").Send("/skip").Send("healthy food").Send("doubts about freshness").Choose(":compare");
    }

    /// <summary>The journey of the first persona: the "consideration" stage is a growth point (an unhappy customer with a barrier).</summary>
    public static ChatDriver Journey(ChatDriver chat)
    {
        chat.Send($"/cjm start {chat.Session.Personas[0].Id}");
        foreach (var stage in CjmMap.Stages)
        {
            chat.Send("reads reviews").Send("search, friends");
            if (stage == CjmMap.Stages[1])
            {
                chat.Choose(":m2").Choose(":add").Send("no prices on the site").Send("/skip");
            }
            else
            {
                chat.Choose(":p1").Choose(":skip");
            }
        }

        return chat;
    }

    public static ChatDriver Goal(ChatDriver chat) =>
        chat.Send("/start smart").Send("1").Send("250").Send(chat.Language == "ru" ? "увеличить количество заказов с сайта на 20% за три месяца" : "increase orders from the website by 20% in three months");

    public static ChatDriver ChannelPlan(ChatDriver chat) =>
        chat.Press(ButtonData.Open(ChannelPlanFlow.Id)).Send("100000").Choose(":6").Choose(":telegram").Choose(":" + MultiChoiceAnswer.Done);

    /// <summary>Every section done: coverage (a moderate budget), mix, a persona, its journey, a goal, a CAC, the channel plan, the voice.</summary>
    public static ChatDriver Everything(string language = "en")
    {
        var chat = Coverage(new ChatDriver(language));
        Mix(chat);
        Persona(chat, "Anna");
        Journey(chat);
        Goal(chat);
        chat.Send("/kpi cac 90000 80");
        ChannelPlan(chat);
        return TovDialogueTests.DescribeVoice(chat);
    }

    /// <summary>Opens a flow and answers "keep" to every question until it is finished.</summary>
    public static ChatDriver KeepEverything(ChatDriver chat, string open, params (string State, string Answer)[] changes)
    {
        chat.Press(open);
        for (var i = 0; i < 60 && chat.State != DialogueStates.Menu; i++)
        {
            var change = changes.FirstOrDefault(c => c.State == chat.State);
            chat.Send(change.Answer ?? (chat.Language == "ru" ? "оставить" : "keep"));
        }

        Assert.Equal(DialogueStates.Menu, chat.State);
        return chat;
    }

    public static IReadOnlyList<string> ReviewLines(ChatDriver chat) =>
        chat.Send("/programme").Last.Text.Split('\n').Where(line => line.StartsWith("⚠️", StringComparison.Ordinal)).ToList();

    public static string Key(string flow, string step) => DialogueStates.Of(flow, step);

    public static string CoverageKey(string step) => CoverageFlow.Key(step);
}
