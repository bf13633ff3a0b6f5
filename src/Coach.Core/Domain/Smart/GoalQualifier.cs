namespace Coach.Core.Domain.Smart;

/// <summary>
/// Decides whether a goal names its object beyond a bare metric (the S of SMART). "Increase sales" names only a
/// metric; "increase orders from the website" names which orders. The heuristic looks, outside the goal's numbers and
/// time expressions, for a qualifier of one of three shapes:
/// <list type="number">
/// <item>a modifier right before the metric: an English content word ("premium sales", "website orders",
/// "instagram followers"), a Russian adjective or a Latin name ("корпоративных клиентов", "vk охват"), or the first
/// half of a hyphenated compound ("онлайн-продаж", "b2b-клиентов");</item>
/// <item>in Russian, a noun right after the metric, past other metric words ("выручку кофейни", "трафик сайта",
/// "отток подписчиков онлайн-школы");</item>
/// <item>what the target number counts, right after it: "продать 60 свадебных тортов", "sell 200 birthday cakes";</item>
/// <item>anywhere, a preposition of source, place, channel or segment followed by a content word: "с сайта",
/// "из Instagram", "в интернет-магазине", "через партнёров", "среди студентов", "за счёт повторных продаж",
/// "from the website", "of the premium line", "via webinars", "in our coffee shop".</item>
/// </list>
/// Words that say nothing about the object never qualify: verbs and nouns of action ("увеличить", "рост", "increase"),
/// generic modifiers ("новых", "наших", "общую", "количество", "new", "more", "total", "monthly", "brand"), time words,
/// numbers and number words, and other metric words ("the number of orders").
/// </summary>
internal static class GoalQualifier
{
    // The words are every language's, from the "qualifier" section of Domain/Smart/Words/{language}.json.
    private static readonly SmartWords.QualifierTable Words = SmartWords.Qualifier;

    /// <summary>The qualifying words, quoted from the original goal, or null when the goal names a bare metric.</summary>
    public static string? Find(string original, string normalized, MetricMatch metric, IReadOnlyList<TextSpan> masked, IReadOnlyList<TextSpan>? numbers = null) =>
        Find(original, normalized, metric, masked, numbers, out _);

    /// <summary>
    /// The same, with the words a restatement can put right after the metric's name (<paramref name="tail"/>): a
    /// source or place with all its words ("с сайта компании", "from the website", "за счёт повторных продаж"), or the
    /// Russian owner noun ("кофейни"); null for a modifier before the metric or a counted thing, which a restatement
    /// names its own way.
    /// </summary>
    public static string? Find(string original, string normalized, MetricMatch metric, IReadOnlyList<TextSpan> masked, IReadOnlyList<TextSpan>? numbers, out string? tail)
    {
        tail = null;
        var tokens = GoalText.Tokens(normalized);
        // A counted product ("тортов", "cakes") names what is sold, so unless it is the metric itself it qualifies one.
        var metrics = GoalMetrics.FindAll(normalized).Where(m => m == metric || !GoalMetrics.IsFallback(m.Key)).Select(m => new TextSpan(m.Start, m.End)).ToList();
        bool IsContent(GoalToken t) => !t.Span.OverlapsAny(masked) && !t.Span.OverlapsAny(metrics) && IsContentWord(t.Text);
        string Quote(int from, int to) => GoalText.Quote(original, new TextSpan(from, to));

        int first = tokens.FindIndex(t => t.End > metric.Start);
        int last = tokens.FindLastIndex(t => t.Start < metric.End);
        if (first < 0 || last < 0)
        {
            return null;
        }

        // 1. A hyphenated compound or a modifier right before the metric.
        var head = tokens[first];
        if (head.Start < metric.Start && head.Text[..(metric.Start - head.Start)].TrimEnd('-') is { Length: > 1 } prefix
            && IsContentWord(prefix))
        {
            return Quote(head.Start, metric.End);
        }

        if (first > 0 && tokens[first - 1] is var before && IsContent(before)
            && (GoalText.IsLatin(before.Text) || Words.AdjectiveEndings.Any(before.Text.EndsWith)))
        {
            return Quote(before.Start, metric.End);
        }

        // 2. In a language that puts the owner after the noun (Russian), a noun right after the metric, maybe after a
        // determiner: "выручку кофейни", "продажи нашего кафе".
        if (Words.NounAfterMetric(normalized))
        {
            int next = last + 1;
            // Determiners and other metric words between are part of the name: "отток подписчиков онлайн-школы".
            while (next < tokens.Count && (Words.Determiners.Contains(tokens[next].Text) || tokens[next].Span.OverlapsAny(metrics)))
            {
                next++;
            }

            int from = Math.Max(metric.End, tokens[last].End);
            if (next < tokens.Count && tokens[next] is var after && IsContent(after) && !after.Text.EndsWith('о')
                && normalized[from..after.Start].All(c => char.IsWhiteSpace(c) || char.IsLetter(c)))
            {
                tail = Quote(tokens[last + 1].Start, after.End);
                return Quote(metric.Start, after.End);
            }
        }

        // 3. What is counted, right after the number: "продать 60 свадебных тортов", "sell 200 birthday cakes".
        foreach (var number in numbers ?? [])
        {
            int k = tokens.FindIndex(t => t.Start >= number.End);
            while (k >= 0 && k < tokens.Count && (Words.Generic.Contains(tokens[k].Text) || Words.Determiners.Contains(tokens[k].Text)))
            {
                k++;
            }

            if (k >= 0 && k < tokens.Count && IsContent(tokens[k]) && normalized[number.End..tokens[k].Start].All(c => char.IsWhiteSpace(c) || char.IsLetter(c)))
            {
                return Quote(tokens[k].Start, tokens[k].End);
            }
        }

        // 4. A preposition with a content word, anywhere outside numbers and time expressions.
        for (int i = 0; i < tokens.Count - 1; i++)
        {
            var word = tokens[i];
            int compound = Words.CompoundPrepositionAt(tokens, i);
            if ((!Words.Prepositions.Contains(word.Text) && compound == 0) || word.Span.OverlapsAny(masked))
            {
                continue;
            }

            int j = i + Math.Max(compound, 1);
            while (j < tokens.Count && Words.Determiners.Contains(tokens[j].Text))
            {
                j++;
            }

            if (j < tokens.Count && IsContent(tokens[j]))
            {
                // The restatement takes the whole phrase: the words after it that are neither numbers nor time, nor
                // small words ("с сайта компании до 420" → "с сайта компании"; "за счёт повторных продаж").
                int end = j;
                while (end + 1 < tokens.Count && tokens[end + 1] is var more && !more.Span.OverlapsAny(masked)
                    && normalized[tokens[end].End..more.Start].All(char.IsWhiteSpace)
                    && (IsContent(more) || (more.Span.OverlapsAny(metrics) && IsContentWord(more.Text))))
                {
                    end++;
                }

                tail = Quote(word.Start, tokens[end].End);
                return Quote(word.Start, tokens[j].End);
            }
        }

        return null;
    }

    private static bool IsContentWord(string word)
    {
        if (word.Length < 2 || !GoalText.HasLetter(word) || GoalText.TryNumberWord(word, out _)
            || Words.Function.Contains(word) || Words.Determiners.Contains(word) || Words.Generic.Contains(word) || Words.Verbs.Contains(word)
            || Words.TimeStems.Any(word.StartsWith) || Words.ActionStems.Any(word.StartsWith))
        {
            return false;
        }

        // Infinitives are actions, not objects; "сети" and "расти" are told apart by length.
        return !Words.InfinitiveEndings.Any(word.EndsWith) && !Words.LongInfinitiveEndings.Any(e => word.EndsWith(e.Key) && word.Length >= e.Value);
    }
}
