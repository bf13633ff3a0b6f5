using System.Text.RegularExpressions;
using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Flows.Channels;
using Coach.Core.Tests.Programme;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Texts;

/// <summary>
/// Every money value a reply shows carries its currency: in Russian the rouble when none was typed, in English the
/// currency typed (English shows a bare amount when none was, as product.md sets). Checked on the replies of a fully
/// walked programme, by the amounts the walk's money makes (the budget, the spend, the CAC and what follows from them).
/// </summary>
public class MoneyCurrencyTests
{
    private static readonly string[] Screens =
    [
        "/status", ButtonData.Command("status", CoverageFlow.Id), ButtonData.Command("status", ChannelPlanFlow.Id), ButtonData.Command("status", "kpi"),
        ButtonData.Command("status", "goal"), "/programme", "/kpi cac 90000 80", "/kpi", "/learn cac", "/learn budget",
    ];

    private static List<string> Walk(string language, Func<ChatDriver, ChatDriver>? before = null)
    {
        var chat = StrategyScript.Everything(language);
        before?.Invoke(chat);
        var texts = new List<string>();
        foreach (var screen in Screens)
        {
            (screen.StartsWith('/') ? chat.Send(screen) : chat.Press(screen)).Replies.ToList().ForEach(r => texts.Add(r.Text));
        }

        // The channel plan's card, walked again keeping every answer.
        StrategyScript.KeepEverything(chat, ButtonData.Open(ChannelPlanFlow.Id));
        texts.AddRange(chat.Replies.Select(r => r.Text));
        return texts;
    }

    [Fact]
    public void Every_rouble_amount_of_a_russian_walk_carries_its_sign()
    {
        var texts = Walk("ru");

        var bare = new List<string>();
        // What the user would type («потратили 90 000 на рекламу», <code>/kpi cac 90000 80</code>) is quoted as typed.
        foreach (var text in texts.Select(t => Regex.Replace(t, "«[^»]*»|<code>.*?</code>", "")))
        {
            // 100 000 (the budget), 90 000 (the spend), 1 125 (the CAC), 337 500 and 237 500 (what the goal needs), 333 (the CAC it needs).
            foreach (Match match in Regex.Matches(text, @"(?<![\d,])(100 000|90 000|1 125|337 500|237 500|≈ 333)(?![\d,])(?! ₽)"))
            {
                bare.Add(text.Substring(Math.Max(0, match.Index - 60), Math.Min(text.Length - Math.Max(0, match.Index - 60), 90)));
            }
        }

        Assert.True(bare.Count == 0, string.Join("\n---\n", bare));
    }

    [Fact]
    public void A_typed_dollar_cac_keeps_its_sign_on_status_and_in_the_goal_lines()
    {
        var chat = StrategyScript.Everything("en");
        chat.Send("/kpi cac $90000 80");

        var status = chat.Send("/status").Replies[0].Text;
        var kpis = chat.Press(ButtonData.Command("status", "kpi")).Replies[0].Text;

        Assert.Contains("CAC $1,125", status);
        Assert.Contains("• CAC: $1,125", kpis);
    }
}
