using System.Buffers;
using System.Text.RegularExpressions;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Kpi;

/// <summary>
/// Free text to KPIs, deterministically: "spent $1.2k on ads, 37 sales from 1,850 visitors" →
/// conversion (sales are purchases, so they never stand for CAC's new customers). Each number takes the meaning of the noun right before it ("выручка
/// 150 000"), else of the words after it ("80 клиентов"), else of the words further before it
/// ("потратили на рекламу 90 000"), never crossing punctuation or another number. A metric named in the text
/// is computed, missing inputs asked for; otherwise every metric the numbers fully give is
/// computed; numbers that give none get buttons with the metrics they could start.
/// </summary>
public static partial class KpiRecognizer
{
    /// <summary>For each metric: its inputs and the slots that can fill each, in order of preference.</summary>
    private static readonly (string Metric, (string Input, string[] Slots)[] Inputs)[] Recipes =
    [
        // Orders and sales are purchases, not new customers: one customer may place many orders,
        // so they feed the average check and conversion but never CAC.
        ("cac", [("spend", [KpiSlots.Spend]), ("customers", [KpiSlots.Customers])]),
        // A click is a visit: "1 200 кликов, 18 продаж" is a 1.5% conversion of the traffic bought; with no traffic,
        // leads that became customers are the conversion of leads ("40 of 200 leads became customers").
        ("conversion", [("purchases", [KpiSlots.Sales, KpiSlots.Customers]), ("visitors", [KpiSlots.Visitors, KpiSlots.Clicks, KpiSlots.Leads])]),
        ("cpa", [("spend", [KpiSlots.Spend]), ("actions", [KpiSlots.Leads])]),
        ("cost_per_sale", [("spend", [KpiSlots.Spend]), ("sales", [KpiSlots.Sales])]),
        ("cpc", [("spend", [KpiSlots.Spend]), ("clicks", [KpiSlots.Clicks])]),
        ("cpm", [("spend", [KpiSlots.Spend]), ("impressions", [KpiSlots.Impressions])]),
        ("ctr", [("clicks", [KpiSlots.Clicks]), ("impressions", [KpiSlots.Impressions])]),
        // Customers are not purchases: revenue over customers is revenue per customer, not the average check.
        ("average_check", [("revenue", [KpiSlots.Revenue]), ("purchases", [KpiSlots.Sales])]),
        ("revenue_per_customer", [("revenue", [KpiSlots.Revenue]), ("all_customers", [KpiSlots.Customers])]),
        ("roas", [("ad_revenue", [KpiSlots.Revenue]), ("spend", [KpiSlots.Spend])]),
        ("roi", [("profit", [KpiSlots.Profit]), ("spend", [KpiSlots.Spend])]),
        ("traffic_growth", [("old", [KpiSlots.Before]), ("new", [KpiSlots.After])]),
        ("mql_sql", [("sql", [KpiSlots.Sql]), ("mql", [KpiSlots.Mql])]),
        ("repeat_rate", [("returning", [KpiSlots.Returning]), ("all_customers", [KpiSlots.Customers])]),
        ("funnel", [("impressions", [KpiSlots.Impressions]), ("clicks", [KpiSlots.Clicks]), ("leads", [KpiSlots.Leads]), ("sales", [KpiSlots.Sales, KpiSlots.Customers])]),
    ];

    /// <summary>
    /// Metrics computed only when named or when the text speaks of advertising: any revenue is not
    /// necessarily the ads' revenue, but "spent 120k on targeting … revenue 480 000" is. Every
    /// other metric whose numbers are all named is computed ("revenue 500k, 1250 orders" is an average check).
    /// </summary>
    private static readonly HashSet<string> OnlyWhenNamed = ["roas"];

    private static bool Applies(string metric, Reading reading) => !OnlyWhenNamed.Contains(metric) || reading.AboutAds;

    public static FeatureResult? Recognize(FeatureContext context, string text)
    {
        if (TakePending(context.Session) is { } pending && CompletePending(context, pending, text) is { } completed)
        {
            return completed;
        }

        var reading = Read(text, context.Texts.Language);
        if (reading.Metric is { } valued && reading.MetricValue is { } value
            && KpiInverse.Answer(context.Texts, valued, value, Complete(reading)[0].Values) is { } workedBack)
        {
            return new FeatureResult([workedBack]);
        }

        if (reading.Metric is { } named)
        {
            return KpiFlow.Answer(context.Session, context.Texts, named, Complete(reading)[0].Values, context.Utc);
        }

        if (reading.Slots.Count == 0)
        {
            return null;
        }

        var complete = Complete(reading);
        if (complete.Count == 0)
        {
            // "spent 90k, got clients": one metric has every input either given or named: ask for the rest.
            var started = Recipes
                .Where(r => Applies(r.Metric, reading))
                .Where(r => r.Inputs.All(i => i.Slots.Any(s => reading.Slots.ContainsKey(s) || reading.Named.Contains(s))))
                .Select(r => KpiCatalog.Find(r.Metric)!)
                .ToList();
            return started.Count == 1
                ? KpiFlow.Answer(context.Session, context.Texts, started[0], Fill(started[0], reading.Slots, reading.Parts) ?? [], context.Utc)
                : new FeatureResult([Ask(context.Session, context.Texts, reading.Slots)]);
        }

        // "120к за квартал, клиентов 50 в месяц": numbers of different periods make a wrong ratio; asked, not computed
        // (a lifetime value takes a frequency and a duration by design).
        if (complete.All(x => x.Metric.Inputs.All(i => i.Kind is not (KpiInputKind.Rate or KpiInputKind.Duration)))
            && Parsing.PhraseReader.DifferentPeriods(text, context.Texts.Language) is var (first, second))
        {
            return new FeatureResult([new Reply(context.Texts.Format(
                "kpi.recognizer.periods", ("first", text[first.Start..first.End]), ("second", text[second.Start..second.End])))]);
        }

        var answers = complete.Select(x => KpiFlow.Answer(context.Session, context.Texts, x.Metric, x.Values, context.Utc, SubjectOf(x.Metric, reading))).ToList();
        // The results of one sentence are one message: "spent 90k, got 80 clients" in a team chat gets one answer with one
        // keyboard, not a card per metric each repeating it. One metric that refused a number ("было 0") asks about it
        // after that message: the last one, whose question the session was left at (KpiFlow.AskFor). Any other that
        // refused says why in the message, as only one question can come next.
        var asking = answers.FindLastIndex(a => a.ContinueAt is not null);
        var cards = answers.Where(a => a.ContinueAt is null).SelectMany(a => a.Replies).ToList();
        var notes = new List<Reply>();
        if (FunnelOffer(context.Session, context.Texts, reading) is { } funnel)
        {
            notes.Add(funnel);
        }

        // ROAS from revenue not said to be the ads' own ("1,2 млн выручки, вложили в рекламу 300к") counts all of it as the
        // ads': said next to the result, as an upper bound.
        if (!reading.RevenueFromAds && reading.Slots.TryGetValue(KpiSlots.Revenue, out var revenue)
            && answers.Where((a, i) => a.ContinueAt is null && complete[i].Metric.Id == "roas").Any())
        {
            // In the card's currency: the revenue's own, else the spend's (as the card shows it).
            var currency = IsMoney(revenue) ? revenue.Unit
                : reading.Slots.TryGetValue(KpiSlots.Spend, out var spent) && IsMoney(spent) ? spent.Unit : NumberUnit.None;
            notes.Add(new Reply(context.Texts.Format("kpi.recognizer.roas_total", ("revenue", KpiText.Money(context.Texts, revenue.Value, currency)))));
        }

        // The asking metric's problem, when it is two numbers that contradict each other (CTR with more clicks than
        // impressions), is said in its own words next: the general warning about those two would say it twice.
        var askedAbout = asking < 0 ? null : ContradictionOf(complete[asking].Metric, complete[asking].Values, reading);
        notes.AddRange(Contradictions(reading.Slots)
            .Where(c => c != askedAbout)
            .Select(c => new Reply(context.Texts.Format(
                "kpi.warning.more_than", ("part", KpiText.SlotName(context.Texts, c.Part)), ("whole", KpiText.SlotName(context.Texts, c.Whole))))));
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i].ContinueAt is not null && i != asking)
            {
                notes.AddRange(LeftOut(context.Texts, complete[i].Metric, answers[i].Replies));
            }
        }

        // No result and nothing else to say (every metric refused, saying nothing yet): the asking metric answers alone.
        if (cards.Count + notes.Count == 0)
        {
            return answers[asking];
        }

        // Beside results the asking metric's problem goes in them too, so that its question comes next, alone.
        if (asking >= 0)
        {
            notes.AddRange(LeftOut(context.Texts, complete[asking].Metric, answers[asking].Replies));
        }

        return new FeatureResult([OneMessage(cards, notes)]) { ContinueAt = asking < 0 ? null : answers[asking].ContinueAt };
    }

    // A metric's problem in the results, its name first ("<b>Cost per sale</b> — “sales” can't be zero…").
    private static IEnumerable<Reply> LeftOut(Texts.Texts t, KpiMetric metric, IReadOnlyList<Reply> problems) =>
        problems.Select(problem => problem with
        {
            Text = t.Format("kpi.recognizer.left_out", ("metric", KpiText.Name(t, metric)), ("problem", new Markup(problem.Text))),
        });

    // What a change between two numbers is of, when the words name something other than traffic ("выручка выросла с 800
    // тыс до 1 млн", "sales dropped from $20k to $15k"); null for traffic, which the growth card is about.
    private static readonly string[] ChangeSubjects = [KpiSlots.Revenue, KpiSlots.Profit, KpiSlots.Sales, KpiSlots.Customers, KpiSlots.Leads];

    private static string? ChangeSubject(Reading reading) => Array.Find(ChangeSubjects, reading.Named.Contains);

    // What a card is about when its numbers are not the usual ones: a change of revenue or sales, or a conversion out
    // of leads ("2,000 leads and 150 of them became customers") rather than out of visitors.
    private static string? SubjectOf(KpiMetric metric, Reading reading) => metric.Id switch
    {
        "traffic_growth" => ChangeSubject(reading),
        "conversion" when !reading.Slots.ContainsKey(KpiSlots.Visitors) && !reading.Slots.ContainsKey(KpiSlots.Clicks)
            && reading.Slots.ContainsKey(KpiSlots.Leads) => KpiSlots.Leads,
        _ => null,
    };

    // The two numbers (as slots) a metric refused as a part above its whole, or null for any other refusal.
    private static (string Part, string Whole)? ContradictionOf(KpiMetric metric, Dictionary<string, KpiValue> values, Reading reading)
    {
        if (KpiCalculator.Compute(metric, values).Problem is not { OtherKey: { } whole } problem)
        {
            return null;
        }

        var inputs = RecipeOf[metric.Id];
        string? SlotOf(string input) => inputs.FirstOrDefault(i => i.Input == input).Slots?.FirstOrDefault(reading.Slots.ContainsKey);
        return SlotOf(problem.InputKey) is { } partSlot && SlotOf(whole) is { } wholeSlot ? (partSlot, wholeSlot) : null;
    }

    /// <summary>
    /// Result cards and the notes on them (the funnel offer, a contradiction) as one message: the texts in order, every
    /// chart, the notes' buttons and then the cards' keyboard once.
    /// </summary>
    private static Reply OneMessage(List<Reply> cards, List<Reply> notes)
    {
        if (cards.Count + notes.Count == 1)
        {
            return cards.Count == 1 ? cards[0] : notes[0];
        }

        var parts = cards.Concat(notes).ToList();
        var rows = notes.SelectMany(n => n.Buttons).Concat(cards.Count > 0 ? cards[0].Buttons : []);
        return new Reply(string.Join("\n\n", parts.Select(p => p.Text)))
        {
            Charts = [.. parts.SelectMany(p => p.Charts)],
            Buttons = [.. rows],
        };
    }

    /// <summary>
    /// The metrics a reading fully gives, with their inputs: for a named metric that metric (its
    /// inputs as far as given), else every metric whose inputs the numbers all fill.
    /// </summary>
    public static IReadOnlyList<(KpiMetric Metric, Dictionary<string, KpiValue> Values)> Complete(Reading reading)
    {
        if (reading.Metric is { } named)
        {
            return [(named, Fill(named, reading.Slots, reading.Parts) ?? Positional(named, reading.Unassigned))];
        }

        // Only a recipe with a number for as many inputs as its metric requires is filled (a dictionary each): on a
        // message most recipes have none, so this loop allocates for the metrics it gives only.
        var complete = new List<(KpiMetric Metric, Dictionary<string, KpiValue> Values)>();
        foreach (var (id, inputs) in Recipes)
        {
            if (!Applies(id, reading) || Given(inputs, reading.Slots) != RequiredCount[id])
            {
                continue;
            }

            // Fill takes the same first candidate of each input as Given, so it fills that many.
            var metric = KpiCatalog.Find(id)!;
            if (Fill(metric, reading.Slots, reading.Parts) is { } values)
            {
                complete.Add((metric, values));
            }
        }

        return complete;
    }

    // How many of a recipe's inputs the numbers give.
    private static int Given((string Input, string[] Slots)[] inputs, IReadOnlyDictionary<string, ParsedNumber> slots)
    {
        var given = 0;
        foreach (var (_, candidates) in inputs)
        {
            foreach (var candidate in candidates)
            {
                if (slots.ContainsKey(candidate))
                {
                    given++;
                    break;
                }
            }
        }

        return given;
    }

    private static readonly Dictionary<string, (string Input, string[] Slots)[]> RecipeOf = Recipes.ToDictionary(r => r.Metric, r => r.Inputs);

    private static readonly Dictionary<string, int> RequiredCount = Recipes.ToDictionary(r => r.Metric, r => KpiCatalog.Find(r.Metric)!.Required.Count());

    /// <summary>Each later stage of the path comes out of an earlier one: more of it than of the earlier one means a typo or mixed periods.</summary>
    private static readonly (string Part, string Whole)[] Stages =
    [
        (KpiSlots.Clicks, KpiSlots.Impressions), (KpiSlots.Leads, KpiSlots.Visitors), (KpiSlots.Leads, KpiSlots.Clicks),
        (KpiSlots.Sales, KpiSlots.Leads), (KpiSlots.Sales, KpiSlots.Visitors), (KpiSlots.Customers, KpiSlots.Leads),
        (KpiSlots.Customers, KpiSlots.Visitors), (KpiSlots.Profit, KpiSlots.Revenue),
    ];

    /// <summary>Pairs of numbers in one message that contradict each other (more leads than visitors…).</summary>
    public static IEnumerable<(string Part, string Whole)> Contradictions(IReadOnlyDictionary<string, ParsedNumber> slots) =>
        Stages.Where(s => slots.TryGetValue(s.Part, out var part) && slots.TryGetValue(s.Whole, out var whole) && part.Value > whole.Value);

    /// <summary>What a sentence says: the metric it names (if any), the numbers by slot, and numbers with no slot.</summary>
    /// <param name="Metric">The metric the text names, if any.</param>
    /// <param name="Slots">The numbers by what they stand for.</param>
    /// <param name="Unassigned">Numbers no word explains.</param>
    /// <param name="Named">What the text mentions without a number ("got clients").</param>
    /// <param name="AboutAds">True when the text says the money went to advertising.</param>
    /// <param name="Parts">For a slot given in parts (spend by channel), its parts in the order typed; the slot holds their sum.</param>
    public sealed record Reading(
        KpiMetric? Metric,
        IReadOnlyDictionary<string, ParsedNumber> Slots,
        IReadOnlyList<ParsedNumber> Unassigned,
        IReadOnlySet<string> Named,
        bool AboutAds = false,
        IReadOnlyDictionary<string, IReadOnlyList<decimal>>? Parts = null)
    {
        /// <summary>The named metric's own value, typed beside one of its inputs ("средний чек 2 500 ₽, 300 покупок").</summary>
        public ParsedNumber? MetricValue { get; init; }

        /// <summary>True when the words next to the revenue say it came from the ads ("ad revenue", "выручка с рекламы").</summary>
        public bool RevenueFromAds { get; init; }
    }

    public static Reading Read(string text, string? language = null)
    {
        var lowered = text.ToLowerInvariant().Replace('ё', 'е');
        var numbers = NumberParser.FindAll(lowered, language);
        var slots = new Dictionary<string, ParsedNumber>();
        var unassigned = new List<ParsedNumber>();
        var words = Words(lowered);
        var wordSlots = new List<string?>(words.Count);
        foreach (var word in words)
        {
            wordSlots.Add(KpiSlots.Of(word));
        }

        var pair = wordSlots.Contains(KpiSlots.Before) && wordSlots.Contains(KpiSlots.After);
        var aboutAds = KpiSlots.SpeakOfAds(words);
        string? previousSlot = null;
        var revenueFromAds = false;
        var slotOf = new string?[numbers.Count];
        for (var i = 0; i < numbers.Count; i++)
        {
            var match = numbers[i];

            // The words that belong to a number stop at the neighbouring number or punctuation.
            var end = match.Start + match.Length;
            var next = i + 1 < numbers.Count ? numbers[i + 1].Start : lowered.Length;
            var previous = i > 0 ? numbers[i - 1].Start + numbers[i - 1].Length : 0;
            var after = Meaningful(Words(Clause(lowered.AsSpan(end, next - end), fromStart: true)), 3, skipLeading: true);
            var rawBefore = Words(Clause(lowered.AsSpan(previous, match.Start - previous), fromStart: false));
            rawBefore.Reverse();
            var before = Meaningful(rawBefore, 4, skipLeading: false);
            var first = before.Count > 0 ? KpiSlots.Of(before[0]) : null;
            // "было 200, стало 280": a before/after marker right before the number wins, but only
            // when the text has both ("profit was 60k" is no comparison).
            var slot = pair && KpiSlots.IsMarker(first) && !slots.ContainsKey(first!) ? first : null;
            // A noun right before the number names it ("выручка 150 000", "spent $1.2k")…
            slot ??= first is not null && !KpiSlots.IsMarker(first) && !slots.ContainsKey(first) ? first : null;

            // "repeat customers: 90", "постоянных клиентов 90": a word for returning ones before the noun makes them the returning.
            if (slot == KpiSlots.Customers && before.Count > 1 && KpiSlots.Of(before[1]) == KpiSlots.Returning && !slots.ContainsKey(KpiSlots.Returning))
            {
                slot = KpiSlots.Returning;
            }

            // …else the words after it ("80 клиентов"), else the rest of the words before it.
            slot ??= FirstFree(after, slots, markers: false) ?? FirstFree(before, slots, markers: pair);
            // "312 купили повторно", "повторно купили 450", "200 bought again": buying again is coming back, not a count of sales.
            if (slot == KpiSlots.Sales && (Names(after, after.Count, KpiSlots.Returning) || Names(before, 2, KpiSlots.Returning)) && !slots.ContainsKey(KpiSlots.Returning))
            {
                slot = KpiSlots.Returning;
            }

            if (slot is null && IsMoney(match.Number) && !slots.ContainsKey(KpiSlots.Spend) && aboutAds)
            {
                slot = KpiSlots.Spend;
            }

            // "90 out of 600": the whole of the part counted just before.
            if (slot is null && (rawBefore.Count > 0 && KpiSlots.IsWhole(rawBefore[0]) || rawBefore.Count > 1 && KpiSlots.IsWhole(rawBefore[1]))
                && KpiSlots.WholeOf(previousSlot) is { } whole && !slots.ContainsKey(whole))
            {
                slot = whole;
            }

            // "$14k in sales", "продажи на 320 тыс": money next to sales is revenue, not a count of sales.
            if (slot == KpiSlots.Sales && (IsMoney(match.Number) || (rawBefore.Count > 0 && KpiSlots.IsAmount(rawBefore[0]))) && !slots.ContainsKey(KpiSlots.Revenue))
            {
                slot = KpiSlots.Revenue;
            }

            previousSlot = slot;
            slotOf[i] = slot;
            if (slot is null)
            {
                unassigned.Add(match.Number);
            }
            else
            {
                slots[slot] = match.Number;
            }

            // "Ad revenue was $36k", "выручка с рекламы 480 000": the revenue is the ads' own, not the business's total.
            if (slot == KpiSlots.Revenue)
            {
                revenueFromAds = KpiSlots.SpeakOfAds(before) || KpiSlots.SpeakOfAds(after);
            }
        }

        PartsBeforeWholes(lowered, numbers, slotOf, slots, unassigned, wordSlots);
        var spendParts = SpendByChannel(lowered, numbers, slotOf, slots, unassigned);
        MoneyForAdvertising(numbers, slots, unassigned);

        if (!pair && TwoPeriods(words, numbers, slots, unassigned) is { } compared)
        {
            (slots, unassigned) = compared;
        }

        var named = new HashSet<string>();
        foreach (var slot in wordSlots)
        {
            if (slot is not null && !KpiSlots.IsMarker(slot) && !slots.ContainsKey(slot))
            {
                named.Add(slot);
            }
        }

        var parts = spendParts is not null && slots.TryGetValue(KpiSlots.Spend, out var spend) && spend.Value == spendParts.Sum()
            ? new Dictionary<string, IReadOnlyList<decimal>> { [KpiSlots.Spend] = spendParts }
            : null;
        var metric = NamedMetric(words);
        var value = metric is null ? null : MetricValue(lowered, numbers, slotOf, metric, slots, unassigned);
        return new Reading(metric, slots, unassigned, named, aboutAds, parts) { MetricValue = value, RevenueFromAds = revenueFromAds };
    }

    // "средний чек 2 500 ₽, 300 покупок", "average order value is $35 and we had 420 orders": the number right after the
    // metric's name (with only linking words between, and no noun of its own) is the metric's value when another number
    // gives one of its inputs. It is taken out of the slots, so it is not read as an input ($35 of revenue). "cac 90000
    // 80" has no input named: its numbers stay the inputs, in order.
    private static ParsedNumber? MetricValue(
        string lowered, IReadOnlyList<NumberMatch> numbers, string?[] slotOf, KpiMetric metric, Dictionary<string, ParsedNumber> slots, List<ParsedNumber> unassigned)
    {
        if (!KpiInverse.Applies(metric) || NameEnd(lowered, metric) is not { } end)
        {
            return null;
        }

        var at = 0;
        while (at < numbers.Count && numbers[at].Start < end)
        {
            at++;
        }

        if (at == numbers.Count || !OnlyLinks(lowered.AsSpan(end, numbers[at].Start - end)))
        {
            return null;
        }

        var number = numbers[at].Number;
        var next = at + 1 < numbers.Count ? numbers[at + 1].Start : lowered.Length;
        var after = Meaningful(Words(Clause(lowered.AsSpan(numbers[at].Start + numbers[at].Length, next - numbers[at].Start - numbers[at].Length), fromStart: true)), 1, skipLeading: true);
        var fits = metric.Unit == KpiUnit.Percent ? number.Unit is NumberUnit.Percent or NumberUnit.None : number.Unit != NumberUnit.Percent;
        if (!fits || (after.Count > 0 && KpiSlots.Of(after[0]) is not null))
        {
            return null;
        }

        // The slot the value was read into, if any ("order" made $35 revenue), is given up only when an input remains.
        var taken = slotOf[at] is { } slot && slots.TryGetValue(slot, out var held) && held == number ? slot : null;
        var without = taken is null ? slots : new Dictionary<string, ParsedNumber>(slots);
        if (taken is not null)
        {
            without.Remove(taken);
        }

        if (Fill(metric, without) is not { Count: > 0 })
        {
            return null;
        }

        if (taken is not null)
        {
            slots.Remove(taken);
        }

        unassigned.Remove(number);
        return number;
    }

    // Where the first of the metric's names in the text ends, by its words ("average order value"), or null.
    private static int? NameEnd(string lowered, KpiMetric metric)
    {
        var words = new List<(int Start, int Length)>();
        foreach (var match in Word().EnumerateMatches(lowered))
        {
            words.Add((match.Index, match.Length));
        }

        foreach (var (padded, named) in PaddedAliases)
        {
            if (named != metric)
            {
                continue;
            }

            var alias = padded.Trim().Split(' ');
            for (var i = 0; i + alias.Length <= words.Count; i++)
            {
                var all = true;
                for (var k = 0; k < alias.Length && all; k++)
                {
                    all = lowered.AsSpan(words[i + k].Start, words[i + k].Length).SequenceEqual(alias[k]);
                }

                if (all)
                {
                    return words[i + alias.Length - 1].Start + words[i + alias.Length - 1].Length;
                }
            }
        }

        return null;
    }

    // Only spaces, ":", "=", a dash and linking words ("is", "составляет") between a metric's name and its value.
    private static bool OnlyLinks(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
        {
            if (!char.IsWhiteSpace(c) && !char.IsLetter(c) && c is not (':' or '=' or '—' or '–' or '-'))
            {
                return false;
            }
        }

        return Words(between).TrueForAll(KpiSlots.LinksValue);
    }

    // True when one of the first `count` words names the slot.
    private static bool Names(List<string> words, int count, string slot)
    {
        for (var i = 0; i < words.Count && i < count; i++)
        {
            if (KpiSlots.Of(words[i]) == slot)
            {
                return true;
            }
        }

        return false;
    }

    // The first words of a stretch that say something (no fillers; after a number, no leading words such as "new"), at most count.
    private static List<string> Meaningful(List<string> words, int count, bool skipLeading)
    {
        var kept = new List<string>(count);
        foreach (var word in words)
        {
            if (!KpiSlots.IsFiller(word) && !(skipLeading && KpiSlots.IsLeading(word)))
            {
                kept.Add(word);
                if (kept.Count == count)
                {
                    break;
                }
            }
        }

        return kept;
    }

    // The first slot the words name that no number has taken yet; a before/after marker only when markers count.
    private static string? FirstFree(List<string> words, Dictionary<string, ParsedNumber> slots, bool markers)
    {
        foreach (var word in words)
        {
            if (KpiSlots.Of(word) is { } slot && (markers || !KpiSlots.IsMarker(slot)) && !slots.ContainsKey(slot))
            {
                return slot;
            }
        }

        return null;
    }

    // "150 of our 500 customers bought again", "46 из 230 MQL стали SQL": a number with no noun of its own, then "of" and the
    // whole, is the part of that whole the text speaks of (returning customers, SQLs).
    private static void PartsBeforeWholes(
        string lowered, IReadOnlyList<NumberMatch> numbers, string?[] slotOf, Dictionary<string, ParsedNumber> slots, List<ParsedNumber> unassigned, List<string?> wordSlots)
    {
        for (var i = 0; i + 1 < numbers.Count; i++)
        {
            var from = numbers[i].Start + numbers[i].Length;
            var between = Words(lowered.AsSpan(from, numbers[i + 1].Start - from));
            if (slotOf[i] is null && between.Exists(KpiSlots.IsPart) && KpiSlots.PartOf(slotOf[i + 1]) is { } part
                && !slots.ContainsKey(part) && wordSlots.Contains(part))
            {
                slots[part] = numbers[i].Number;
                slotOf[i] = part;
                unassigned.Remove(numbers[i].Number);
            }
        }
    }

    // "потратили 30к на вк и 25к на директ", "spent $800 on flyers and $1,200 on google": with the spend named, an amount
    // with no noun of its own that says what it went on is more of that spend, and the spend is their sum (domain §6:
    // CAC = (30 000 + 25 000 + …) ÷ new customers). Dropping it gave a CAC of 30 000 ÷ 110. The parts, in the order typed,
    // or null when there is only one.
    private const decimal MoneySized = 1000m;

    private static List<decimal>? SpendByChannel(
        string lowered, IReadOnlyList<NumberMatch> numbers, string?[] slotOf, Dictionary<string, ParsedNumber> slots, List<ParsedNumber> unassigned)
    {
        var at = unassigned.Count == 0 ? -1 : Array.IndexOf(slotOf, KpiSlots.Spend);
        if (at < 0)
        {
            return null;
        }

        var unit = numbers[at].Number.Unit;
        var joined = new List<int>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i].Number;
            // With no currency, only a sum of money's size: "200 на лендинг" are more likely people than roubles.
            if (slotOf[i] is not null || number.Unit == NumberUnit.Percent
                || (number.Unit != NumberUnit.None && unit != NumberUnit.None && number.Unit != unit)
                || (!IsMoney(number) && number.Value < MoneySized))
            {
                continue;
            }

            var end = numbers[i].Start + numbers[i].Length;
            var next = i + 1 < numbers.Count ? numbers[i + 1].Start : lowered.Length;
            if (KpiSlots.SaySpentOn(Words(Clause(lowered.AsSpan(end, next - end), fromStart: true))))
            {
                joined.Add(i);
                unit = unit == NumberUnit.None ? number.Unit : unit;
            }
        }

        if (joined.Count == 0)
        {
            return null;
        }

        joined.Add(at);
        joined.Sort();
        var parts = joined.Select(i => numbers[i].Number.Value).ToList();
        foreach (var i in joined)
        {
            if (i != at)
            {
                unassigned.Remove(numbers[i].Number);
                slotOf[i] = KpiSlots.Spend;
            }
        }

        slots[KpiSlots.Spend] = new ParsedNumber(parts.Sum(), unit);
        return parts;
    }

    // "15 000 ₽ за 500 кликов": money with nothing else to be, beside clicks, impressions or leads bought, is what was spent.
    private static void MoneyForAdvertising(IReadOnlyList<NumberMatch> numbers, Dictionary<string, ParsedNumber> slots, List<ParsedNumber> unassigned)
    {
        var money = unassigned.Where(IsMoney).ToList();
        if (money.Count == 1 && !slots.ContainsKey(KpiSlots.Spend) && !slots.ContainsKey(KpiSlots.Revenue)
            && (slots.ContainsKey(KpiSlots.Clicks) || slots.ContainsKey(KpiSlots.Impressions) || slots.ContainsKey(KpiSlots.Leads)))
        {
            slots[KpiSlots.Spend] = money[0];
            unassigned.Remove(money[0]);
        }
    }

    private static readonly HashSet<string> Traffic = [KpiSlots.Visitors, KpiSlots.Clicks, KpiSlots.Impressions, KpiSlots.Before];

    // "в ноябре 2000 посетителей, в декабре 2600": two periods named and two numbers of traffic are a before and an after.
    private static (Dictionary<string, ParsedNumber>, List<ParsedNumber>)? TwoPeriods(
        List<string> words, IReadOnlyList<NumberMatch> numbers, Dictionary<string, ParsedNumber> slots, List<ParsedNumber> unassigned)
    {
        var traffic = slots.Where(s => Traffic.Contains(s.Key)).ToList();
        if (numbers.Count != 2 || words.Count(KpiSlots.NamesPeriod) < 2 || traffic.Count + unassigned.Count != 2 || traffic.Count == 0
            || numbers.Any(n => IsMoney(n.Number) || n.Number.Unit == NumberUnit.Percent))
        {
            return null;
        }

        return (new Dictionary<string, ParsedNumber> { [KpiSlots.Before] = numbers[0].Number, [KpiSlots.After] = numbers[1].Number }, []);
    }

    // Aliases padded with spaces, longest first, built once: matching runs on every message.
    private static readonly (string Padded, KpiMetric Metric)[] PaddedAliases = KpiCatalog.All
        .SelectMany(m => m.Aliases.Select(alias => (Padded: " " + alias.Replace('_', ' ') + " ", Metric: m)))
        .OrderByDescending(x => x.Padded.Length)
        .ToArray();

    // The aliases by their first word, as indices into PaddedAliases (ascending: longest first): an alias can be in
    // the text only if its first word is one of the text's words, so only those are looked for.
    private static readonly Dictionary<string, int[]> AliasesByFirstWord = PaddedAliases
        .Select((alias, index) => (First: alias.Padded.Trim().Split(' ')[0], Index: index))
        .GroupBy(alias => alias.First, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Select(alias => alias.Index).ToArray(), StringComparer.Ordinal);

    // The longest alias the words hold, as the first match of PaddedAliases would find it.
    private static KpiMetric? NamedMetric(IReadOnlyList<string> words)
    {
        string? text = null;
        var best = int.MaxValue;
        foreach (var word in words)
        {
            if (!AliasesByFirstWord.TryGetValue(word, out var candidates))
            {
                continue;
            }

            foreach (var index in candidates)
            {
                if (index >= best)
                {
                    break;
                }

                text ??= " " + string.Join(' ', words) + " ";
                if (text.Contains(PaddedAliases[index].Padded, StringComparison.Ordinal))
                {
                    best = index;
                    break;
                }
            }
        }

        return best == int.MaxValue ? null : PaddedAliases[best].Metric;
    }

    private static Dictionary<string, KpiValue>? Fill(
        KpiMetric metric, IReadOnlyDictionary<string, ParsedNumber> slots, IReadOnlyDictionary<string, IReadOnlyList<decimal>>? parts = null)
    {
        if (!RecipeOf.TryGetValue(metric.Id, out var inputs))
        {
            return null;
        }

        var values = new Dictionary<string, KpiValue>();
        foreach (var (input, candidates) in inputs)
        {
            string? slot = null;
            foreach (var candidate in candidates)
            {
                if (slots.ContainsKey(candidate))
                {
                    slot = candidate;
                    break;
                }
            }

            // Leads stand in for the audience only when they are the whole the sales came out of: "300 sales from 200
            // leads" is flagged as a contradiction, not turned into a conversion above 100%.
            if (slot == KpiSlots.Leads && values.TryGetValue("purchases", out var purchases) && purchases.Amount > slots[slot].Value)
            {
                return null;
            }

            if (slot is not null)
            {
                var number = slots[slot];
                values[input] = new KpiValue(
                    number.Value, parts?.GetValueOrDefault(slot) ?? [number.Value], null, IsMoney(number) ? number.Unit : NumberUnit.None);
            }
        }

        return values;
    }

    // A named metric with bare numbers ("cac 90000 80"): the numbers in the metric's input order.
    private static Dictionary<string, KpiValue> Positional(KpiMetric metric, IReadOnlyList<ParsedNumber> numbers) =>
        metric.Inputs.Zip(numbers).Where(x => x.First.Kind is not (KpiInputKind.Rate or KpiInputKind.Duration))
            .ToDictionary(x => x.First.Key, x => new KpiValue(x.Second.Value, [x.Second.Value], x.First.Kind == KpiInputKind.MonthlyMoney ? Period.Month : null, IsMoney(x.Second) ? x.Second.Unit : NumberUnit.None));

    private static Reply Ask(Session session, Texts.Texts t, IReadOnlyDictionary<string, ParsedNumber> slots)
    {
        var candidates = Candidates(slots);
        var buttons = CommandButtons(t, candidates, slots, "");
        if (buttons.Count > 0)
        {
            // The lone number typed next completes one of these ("80" after "spent 90 000 on ads").
            session.PendingKpiNumbers = EncodePending(slots);
        }
        else
        {
            // "1850 visitors" is not the first input of any metric, so no "/kpi" line can carry it:
            // the number is saved as the metric's answer and the button opens its questions, where it is offered to keep.
            foreach (var metric in candidates)
            {
                KpiFlow.Prefill(session, metric, Fill(metric, slots) ?? []);
                buttons.Add([new Button(KpiText.Name(t, metric), ButtonData.Open(KpiFlow.FlowId(metric)))]);
            }

            // Never a question without a way to answer it: the full list of metrics is always there.
            buttons.Add([new Button(t["kpi.button.guided"], ButtonData.Open(KpiFlow.Id))]);
        }

        buttons.Add([MenuButton(t)]);
        return new Reply(t["kpi.recognizer.which"]) { Buttons = buttons };
    }

    // The metrics the numbers could start, at most six so the buttons fit a phone screen.
    private static List<KpiMetric> Candidates(IReadOnlyDictionary<string, ParsedNumber> slots) => Recipes
        .Where(r => r.Inputs.Any(i => i.Slots.Any(slots.ContainsKey)))
        .Select(r => KpiCatalog.Find(r.Metric)!)
        .Take(6)
        .ToList();

    // One "/kpi metric known-numbers extra" button per metric the known numbers start, if it fits in a button.
    private static List<IReadOnlyList<Button>> CommandButtons(Texts.Texts t, IEnumerable<KpiMetric> metrics, IReadOnlyDictionary<string, ParsedNumber> slots, string extra) => metrics
        .Where(m => Arguments(m, slots).Length > 0)
        .Select(m => new Button(KpiText.Name(t, m), ButtonData.Command("kpi", (m.Id + " " + Arguments(m, slots) + " " + extra).TrimEnd())))
        .Where(b => System.Text.Encoding.UTF8.GetByteCount(b.Data) <= ButtonData.MaxBytes)
        .Select(b => (IReadOnlyList<Button>)[b])
        .ToList();

    // Three steps of the funnel in one message ("1200 кликов, 60 заявок, 18 продаж"): the funnel is one question away.
    private static Reply? FunnelOffer(Session session, Texts.Texts t, Reading reading)
    {
        var funnel = KpiCatalog.Find("funnel")!;
        var values = Fill(funnel, reading.Slots) ?? [];
        if (values.Count is < 3 or 4)
        {
            return null;
        }

        KpiFlow.Prefill(session, funnel, values);
        var steps = string.Join(" → ", funnel.Inputs.Where(i => values.ContainsKey(i.Key)).Select(i => t[$"kpi.input.{i.Key}.short"]));
        var missing = t[$"kpi.input.{funnel.Inputs.First(i => !values.ContainsKey(i.Key)).Key}.short"];
        return new Reply(t.Format("kpi.recognizer.funnel", ("steps", steps), ("missing", missing)))
        {
            Buttons = [[new Button(t["kpi.button.funnel"], ButtonData.Open(KpiFlow.FlowId(funnel)))]],
        };
    }

    private static Button MenuButton(Texts.Texts t) => new(t["button.menu"], ButtonData.Command("menu"));

    // The known numbers in the metric's input order, stopping at the first unknown one.
    private static string Arguments(KpiMetric metric, IReadOnlyDictionary<string, ParsedNumber> slots)
    {
        var values = Fill(metric, slots) ?? [];
        return string.Join(' ', metric.Inputs.TakeWhile(i => values.ContainsKey(i.Key)).Select(i => ArgumentText(values[i.Key].Amount)));
    }

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",.;!?\n()");

    // The part of a stretch of text up to (or back to) the nearest punctuation mark.
    private static ReadOnlySpan<char> Clause(ReadOnlySpan<char> text, bool fromStart)
    {
        if (fromStart)
        {
            var stop = text.IndexOfAny(ClauseMarks);
            return stop < 0 ? text : text[..stop];
        }

        var start = text.LastIndexOfAny(ClauseMarks);
        return start < 0 ? text : text[(start + 1)..];
    }

    private static bool IsMoney(ParsedNumber number) => number.Unit is NumberUnit.Rub or NumberUnit.Usd or NumberUnit.Eur;

    // The words of a stretch of text, without a Match object each (this runs several times per number).
    private static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        foreach (var match in Word().EnumerateMatches(text))
        {
            words.Add(text.Slice(match.Index, match.Length).ToString());
        }

        return words;
    }

    // "q2" is one word (a period), as the parser reads no number glued to a letter.
    [GeneratedRegex(@"[\p{L}/][\p{L}\p{N}/]*")]
    private static partial Regex Word();
}
