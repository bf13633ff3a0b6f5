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
    private static readonly HashSet<string> Function =
    [
        "и", "а", "но", "или", "в", "во", "на", "с", "со", "по", "для", "от", "до", "за", "к", "ко", "из", "у", "о", "об",
        "при", "через", "среди", "над", "под", "перед", "между", "не", "ни", "же", "ли", "бы", "то", "как", "чем", "что",
        "and", "or", "but", "of", "to", "by", "in", "on", "at", "for", "from", "with", "via", "through", "among", "across",
        "per", "as", "than", "into", "over", "under", "within", "during", "up", "down", "out", "vs", "is", "are", "be",
    ];

    private static readonly HashSet<string> Determiners =
    [
        "наш", "наша", "наше", "наши", "нашего", "нашей", "нашем", "наших", "нашу", "нашим", "нашими",
        "свой", "своя", "свое", "свои", "своего", "своей", "своем", "своих", "свою", "своим", "своими",
        "этот", "эта", "это", "эти", "этого", "этой", "этом", "этих", "эту",
        "the", "a", "an", "our", "my", "their", "your", "its", "this", "these", "that", "those",
    ];

    private static readonly HashSet<string> Generic =
    [
        "новых", "новые", "новый", "нового", "новую", "новым", "новыми", "новая", "больше", "меньше", "всех", "всего", "весь",
        "всю", "общую", "общий", "общее", "общей", "общих", "общего", "общем", "суммарную", "суммарный", "суммарной",
        "ежемесячную", "ежемесячный", "ежемесячных", "ежемесячной", "месячную", "месячный", "месячной", "годовую",
        "годовой", "годовых", "годового", "еженедельную", "ежедневную", "количество", "количества", "число", "числа",
        "объем", "объема", "объемы", "уровень", "уровня", "уровне", "текущий", "текущую", "текущих", "текущего", "текущем",
        "компании", "компания", "бизнеса", "бизнес", "фирмы", "бренда", "бренд", "сравнению", "сравнении", "среднем",
        "целом", "рамках", "нуля", "результат", "результаты", "показатели", "показатель", "показателей", "дополнительных",
        "дополнительные", "дополнительно", "минимум", "максимум", "примерно", "около", "еще", "раз", "раза", "процентов",
        "процента", "рублей", "рубля", "бюджет", "бюджета", "плана", "план", "прошлым", "прошлого", "прошлом",
        "new", "more", "less", "fewer", "all", "total", "overall", "general", "monthly", "yearly", "annual", "weekly",
        "daily", "quarterly", "number", "numbers", "amount", "volume", "level", "rate", "current", "previous", "last",
        "next", "company", "business", "brand", "additional", "extra", "least", "most", "about", "around", "approximately",
        "us", "we", "compared", "comparison", "baseline", "times", "percent", "budget", "plan", "average", "significantly",
    ];

    private static readonly string[] TimeStems =
    [
        "месяц", "мес", "недел", "день", "дня", "дней", "год", "лет", "квартал", "полгод", "полугод", "сутк", "течени",
        "ближайш", "следующ", "прошл", "конц", "начал", "период", "сезон",
        "day", "week", "month", "quarter", "year", "period", "time", "season", "end", "beginning", "start",
    ];

    private static readonly string[] ActionStems =
    [
        "увелич", "повыс", "повыш", "подня", "поднят", "сниз", "сниж", "сократ", "сокращ", "уменьш", "пониз", "нараст",
        "наращ", "вырас", "вырос", "раст", "рост", "прирост", "достич", "достиг", "добит", "получ", "привлеч", "привлек",
        "набра", "набир", "довест", "удво", "утро", "обеспеч", "улучш", "ускор", "расшир", "сделат", "стать",
    ];

    private static readonly HashSet<string> EnglishVerbs =
    [
        "increase", "increasing", "grow", "growing", "raise", "raising", "boost", "boosting", "get", "getting", "gain",
        "win", "attract", "acquire", "reach", "achieve", "hit", "drive", "generate", "double", "triple", "reduce", "cut",
        "lower", "decrease", "bring", "improve", "lift", "expand", "scale", "make", "have", "see", "earn", "build",
        "secure", "land", "push", "maximize", "maximise", "accelerate", "deliver", "close", "add", "capture", "want",
        "need", "halve", "sell", "keep", "retain",
    ];

    private static readonly string[] RuAdjectiveEndings = ["ых", "их", "ые", "ие", "ую", "юю", "ая", "яя", "ой", "ей", "ый", "ий", "ого", "его", "ому", "ему", "ым", "им", "ыми", "ими", "ом"];

    private static readonly HashSet<string> Prepositions =
    [
        "с", "со", "из", "в", "во", "на", "через", "от", "по", "среди", "для", "у", "при",
        "from", "via", "through", "in", "on", "at", "among", "for", "of", "with", "across", "to",
    ];

    /// <summary>The qualifying words, quoted from the original goal, or null when the goal names a bare metric.</summary>
    public static string? Find(string original, string normalized, MetricMatch metric, IReadOnlyList<TextSpan> masked, IReadOnlyList<TextSpan>? numbers = null)
    {
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
            && (GoalText.IsLatin(before.Text) || RuAdjectiveEndings.Any(before.Text.EndsWith)))
        {
            return Quote(before.Start, metric.End);
        }

        // 2. In Russian, a noun right after the metric, maybe after a determiner: "выручку кофейни", "продажи нашего кафе".
        if (normalized.Any(c => c is >= 'а' and <= 'я'))
        {
            int next = last + 1;
            // Determiners and other metric words between are part of the name: "отток подписчиков онлайн-школы".
            while (next < tokens.Count && (Determiners.Contains(tokens[next].Text) || tokens[next].Span.OverlapsAny(metrics)))
            {
                next++;
            }

            int from = Math.Max(metric.End, tokens[last].End);
            if (next < tokens.Count && tokens[next] is var after && IsContent(after) && !after.Text.EndsWith('о')
                && normalized[from..after.Start].All(c => char.IsWhiteSpace(c) || char.IsLetter(c)))
            {
                return Quote(metric.Start, after.End);
            }
        }

        // 3. What is counted, right after the number: "продать 60 свадебных тортов", "sell 200 birthday cakes".
        foreach (var number in numbers ?? [])
        {
            int k = tokens.FindIndex(t => t.Start >= number.End);
            while (k >= 0 && k < tokens.Count && (Generic.Contains(tokens[k].Text) || Determiners.Contains(tokens[k].Text)))
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
            bool zaSchet = word.Text == "за" && tokens[i + 1].Text == "счет";
            if ((!Prepositions.Contains(word.Text) && !zaSchet) || word.Span.OverlapsAny(masked))
            {
                continue;
            }

            int j = i + (zaSchet ? 2 : 1);
            while (j < tokens.Count && Determiners.Contains(tokens[j].Text))
            {
                j++;
            }

            if (j < tokens.Count && IsContent(tokens[j]))
            {
                return Quote(word.Start, tokens[j].End);
            }
        }

        return null;
    }

    private static bool IsContentWord(string word)
    {
        if (word.Length < 2 || !GoalText.HasLetter(word) || GoalText.TryNumberWord(word, out _)
            || Function.Contains(word) || Determiners.Contains(word) || Generic.Contains(word) || EnglishVerbs.Contains(word)
            || TimeStems.Any(word.StartsWith) || ActionStems.Any(word.StartsWith))
        {
            return false;
        }

        // Russian infinitives are actions, not objects; "сети" and "расти" are told apart by length.
        bool verb = word.EndsWith("ть") || word.EndsWith("чь") || word.EndsWith("ться") || word.EndsWith("тись") || (word.EndsWith("ти") && word.Length >= 6);
        return !verb;
    }
}
