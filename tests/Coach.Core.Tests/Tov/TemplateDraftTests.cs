using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;
using Coach.Core.Drafting;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Tov;

public class TemplateDraftTests
{
    private static readonly string LongTopic = "Новый ржаной хлеб на закваске из органической муки, скидка двадцать процентов на первый заказ и бесплатная доставка до двери каждое утро к восьми часам";

    public static TheoryData<string, string, int> EveryChannelLanguageAndWording()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var rule in ChannelRules.All)
        {
            foreach (var language in Languages.All)
            {
                for (var variant = 0; variant < 3; variant++)
                {
                    data.Add(rule.Id, language, variant);
                }
            }
        }

        return data;
    }

    private static IEnumerable<ToneProfile> Voices()
    {
        foreach (var formality in Enum.GetValues<Formality>())
        {
            foreach (var emoji in Enum.GetValues<EmojiPolicy>())
            {
                yield return new ToneProfile
                {
                    Formality = formality,
                    Humor = Humor.Humorous,
                    Address = formality == Formality.Friendly ? Address.Casual : Address.Polite,
                    BrandMessage = string.Join(' ', Enumerable.Repeat("Bread baked at dawn from organic flour and delivered warm.", 5)),
                    WordsToUse = ["fresh", "warm"],
                    WordsToAvoid = ["cheap"],
                    Emoji = emoji,
                };
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryChannelLanguageAndWording))]
    public void A_template_draft_respects_its_channel_limits_in_every_voice_long_topic_and_shorter_form(string channel, string language, int variant)
    {
        var t = TextCatalog.Default.For(language);
        var rule = ChannelRules.Find(channel)!;
        foreach (var voice in Voices())
        {
            foreach (var topic in new[] { LongTopic, "Rye", "New rye loaf, 20% off!" })
            {
                foreach (var shorter in new[] { false, true })
                {
                    var spec = new DraftSpec(rule, topic, voice, language) { Variant = variant, Shorter = shorter, PersonaName = "Anna" };

                    var draft = TemplateDrafter.Write(spec, t);

                    Assert.True(ChannelFit.Measure(draft, spec.EffectiveRule).Count == 0, $"{channel}/{language}: {string.Join(", ", ChannelFit.Measure(draft, spec.EffectiveRule))}\n{draft}");
                    Assert.True(ChannelFit.CountWords(draft) >= 2, draft);
                    Assert.DoesNotContain("{", draft);
                }
            }
        }
    }

    [Theory]
    [InlineData("ru", "Новый ржаной хлеб на закваске к завтраку", ChannelRules.SmsUnicodeLimit)]
    [InlineData("en", "New rye sourdough loaf for your breakfast table, fresh every morning at six and delivered to your door", ChannelRules.SmsGsmLimit)]
    public void An_sms_template_fits_one_segment_70_cyrillic_or_160_latin_characters_and_keeps_its_call_to_action(string language, string topic, int limit)
    {
        var t = TextCatalog.Default.For(language);
        var spec = new DraftSpec(ChannelRules.For(DraftChannel.Sms), topic, ToneProfile.Neutral, language);

        var draft = TemplateDrafter.Write(spec, t);

        Assert.Equal(limit, ChannelFit.SmsLimit(draft));
        Assert.InRange(draft.Length, 10, limit);
        Assert.EndsWith(t["tov.tpl.cta.polite.0"], draft);
    }

    [Fact]
    public void An_outdoor_template_has_at_most_seven_words_and_an_email_subject_at_most_sixty_characters()
    {
        var t = TextCatalog.Default.For("en");

        var outdoor = TemplateDrafter.Write(new DraftSpec(ChannelRules.For(DraftChannel.Outdoor), "Fresh organic rye sourdough bread baked every single morning", ToneProfile.Neutral, "en"), t);
        var email = TemplateDrafter.Write(new DraftSpec(ChannelRules.For(DraftChannel.Email), "Fresh organic rye sourdough bread baked every single morning at six", ToneProfile.Neutral, "en"), t);

        Assert.Equal("Fresh organic rye sourdough. Try it today", outdoor);
        Assert.InRange(ChannelFit.FirstLineOf(email).Length, 20, 60);
        Assert.StartsWith("Subject: Fresh organic rye sourdough bread baked\n", email);
    }

    [Fact]
    public void Template_wording_follows_the_register_and_passes_the_register_check()
    {
        foreach (var language in Languages.All)
        {
            var t = TextCatalog.Default.For(language);
            foreach (var address in Enum.GetValues<Address>())
            {
                var voice = new ToneProfile { Address = address, Formality = address == Address.Casual ? Formality.Friendly : Formality.Formal };
                foreach (var rule in ChannelRules.All)
                {
                    var draft = TemplateDrafter.Write(new DraftSpec(rule, "Rye", voice, language), t);

                    var register = TovChecker.Check(draft, voice, rule, language).Findings.Single(f => f.Criterion == "register");
                    Assert.True(register.Passed, $"{language}/{address}/{rule.Id}: {draft}");
                }
            }
        }
    }

    [Fact]
    public void Every_channel_has_its_name_rules_and_template_in_both_languages()
    {
        var catalog = TextCatalog.Default;
        var keys = ChannelRules.All.SelectMany(rule => new[] { "tov.channel.opt." + rule.Id, "tov.channel.rules." + rule.Id, "tov.tpl." + rule.Id })
            .Concat(["tov.note.no_llm", "tov.note.timeout", "tov.note.unavailable", "tov.note.quota", "tov.note.rejected"])
            .Concat(["tov.review.note.timeout", "tov.review.note.unavailable", "tov.review.note.quota", "tov.review.note.rejected"])
            .Concat(new[] { "words", "chars", "first_line", "sms", "emoji" }.Select(limit => "tov.fix." + limit))
            .Concat(new[] { "length", "avoid", "use", "emoji", "register", "formality", "humor", "message" }.Select(c => "tov.check.criterion." + c));

        Assert.Empty(from key in keys from language in Languages.All where !catalog.Has(language, key) select $"{language}:{key}");
    }

    [Theory]
    [InlineData("en", DraftChannel.Sms, "Free delivery this weekend for orders over 1000 and a gift for every new customer in our shop", "1000")]
    [InlineData("ru", DraftChannel.Sms, "Бесплатная доставка в эти выходные при заказе от 1000 рублей и подарок каждому новому покупателю", "1000")]
    [InlineData("en", DraftChannel.Outdoor, "Fresh rye sourdough loaf, 20% off this week", "Fresh rye sourdough loaf")]
    [InlineData("ru", DraftChannel.Outdoor, "Новый ржаной хлеб на закваске, скидка двадцать процентов", "Новый ржаной хлеб на закваске")]
    public void A_template_draft_cut_to_fit_ends_on_a_whole_phrase(string language, DraftChannel channel, string topic, string kept)
    {
        var t = TextCatalog.Default.For(language);
        var rule = ChannelRules.For(channel);

        foreach (var shorter in new[] { false, true })
        {
            var draft = TemplateDrafter.Write(new DraftSpec(rule, topic, ToneProfile.Neutral, language) { Shorter = shorter }, t);
            var last = draft.TrimEnd('.', '!', ' ').Split(' ')[^1].ToLowerInvariant();

            Assert.DoesNotContain(last, new[] { "for", "over", "a", "the", "от", "при", "в", "и", "every", "каждому" });
            Assert.Empty(ChannelFit.Measure(draft, new DraftSpec(rule, topic, ToneProfile.Neutral, language) { Shorter = shorter }.EffectiveRule));
            if (!shorter)
            {
                Assert.Contains(kept, draft);
            }
        }
    }

    [Theory]
    [InlineData("en", "Two sourdough loaves for the price of one with free delivery across the whole district every weekend this autumn", "Subject: Two sourdough loaves for the price of one\n")]
    [InlineData("ru", "Два хлеба на закваске по цене одного и бесплатная доставка по всему району каждые выходные этой осенью", "Тема: Два хлеба на закваске по цене одного\n")]
    public void An_email_subject_cut_to_sixty_characters_ends_at_a_phrase_and_the_letter_carries_the_whole_offer(string language, string topic, string subject)
    {
        var email = TemplateDrafter.Write(new DraftSpec(ChannelRules.For(DraftChannel.Email), topic, ToneProfile.Neutral, language), TextCatalog.Default.For(language));

        Assert.StartsWith(subject, email);
        Assert.Contains(topic, email);
    }
}
