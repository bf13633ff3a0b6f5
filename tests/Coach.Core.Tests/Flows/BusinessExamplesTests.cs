using Coach.Core.Dialogue;
using Coach.Core.Domain.Business;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Flows;

/// <summary>The coverage, mix and persona examples speak to the business the user named, never the bakery for everyone.</summary>
public class BusinessExamplesTests
{
    private static ChatDriver Differentiated(string language, string product) =>
        new ChatDriver(language).AnswerProfile(product, "broad", "large", "wide", "clear", "large", "no");

    private static ChatDriver Concentrated(string language, string product) =>
        new ChatDriver(language).AnswerProfile(product, "narrow", "limited", "single", "similar", "small", "yes");

    [Theory]
    [InlineData("en", "English school for adults", "A language school, for instance, promises parents of schoolchildren progress reports", "bakery")]
    [InlineData("ru", "Школа английского для взрослых", "Языковая школа, например, обещает родителям школьников отчёты о прогрессе", "Пекарня")]
    [InlineData("en", "Fresh bread from our bakery", "A bakery, for instance, talks to young commuters about coffee and croissants", "school")]
    [InlineData("ru", "Пекарня у дома", "Пекарня, например, говорит с молодыми людьми по дороге на работу о кофе", "школ")]
    public void The_differentiated_example_names_the_segments_of_that_business(string language, string product, string example, string foreign)
    {
        var recommendation = Differentiated(language, product).Replies[0].Text;

        Assert.Contains(example, recommendation);
        Assert.DoesNotContain(foreign, recommendation, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("en", "English school for adults", "schoolchildren and their parents, adults learning for work, exam candidates")]
    [InlineData("ru", "Школа английского для взрослых", "школьники и их родители, взрослые, которым язык нужен для работы")]
    [InlineData("en", "Fresh bread from our bakery", "young commuters, families with children, office lunch orders")]
    [InlineData("en", "Wedding photography", "first-time buyers, regular customers, companies buying in bulk")]
    public void The_segments_question_gives_that_business_its_example(string language, string product, string example)
    {
        var chat = Differentiated(language, product).Choose(":differentiated");

        Assert.Contains(example, chat.Last.Text);
    }

    [Fact]
    public void A_wrong_segments_answer_is_re_asked_with_the_business_example()
    {
        var chat = Differentiated("en", "English school for adults").Choose(":differentiated").Send("just one");

        Assert.DoesNotContain("schoolchildren", chat.Replies[0].Text);
        Assert.Contains("For example: schoolchildren and their parents", chat.Last.Text);
    }

    [Theory]
    [InlineData("en", "English courses online", "teaches only English for IT specialists")]
    [InlineData("ru", "Онлайн-курсы английского", "учит только английскому для айтишников")]
    [InlineData("en", "Organic bread", "bakes only organic bread")]
    [InlineData("ru", "CRM для ресторанов", "CRM только для салонов красоты")]
    [InlineData("en", "Wedding photography", "one narrow group whose need the others overlook")]
    public void The_niche_example_fits_the_business_or_stays_neutral(string language, string product, string example)
    {
        Assert.Contains(example, Concentrated(language, product).Replies[0].Text);
    }

    [Theory]
    [InlineData("en", "English school for adults", "⭐", ":services", ":7p", "English for adults: groups of six, levels A1–C1", "certified teachers who remember each student's goal")]
    [InlineData("ru", "Школа английского для взрослых", "⭐", ":services", ":7p", "английский для взрослых: группы по шесть человек", "преподаватели с сертификатами")]
    [InlineData("en", "Fresh bread from our bakery", "⭐", ":goods", ":4p", "fresh bread baked every morning, 12 kinds", null)]
    [InlineData("ru", "Пекарня у дома", "⭐", ":goods", ":4p", "свежий хлеб каждое утро, 12 видов", null)]
    public void The_mix_proposes_the_business_type_and_gives_examples_of_that_business(
        string language, string product, string star, string business, string model, string productExample, string? peopleExample)
    {
        var chat = Concentrated(language, product).Choose(":concentrated").Send("2 000").Send("24").Send("350").Send("/skip");

        chat.Send("/start mix");
        Assert.Contains(chat.Last.AllButtons, b => b.Data.EndsWith(business, StringComparison.Ordinal) && b.Label.StartsWith(star, StringComparison.Ordinal));
        chat.Choose(business).Choose(model);
        Assert.Contains(productExample, chat.Last.Text);
        if (peopleExample is not null)
        {
            chat.Send("x1").Send("x2").Send("x3").Send("x4");
            Assert.Contains(peopleExample, chat.Last.Text);
        }
    }

    [Theory]
    [InlineData("en", ":digital", ":save", "accounting for small cafés without an accountant")]
    [InlineData("ru", ":app", ":2p2c", "маршруты по умолчанию скрыты")]
    [InlineData("en", ":services", ":7p", "the main offer in two versions, basic and premium")]
    public void Without_a_product_the_mix_business_type_chooses_the_examples(string language, string business, string model, string example)
    {
        var chat = new ChatDriver(language).Send("/start mix").Choose(business).Choose(model);

        Assert.Contains(example, chat.Last.Text);
    }

    [Theory]
    [InlineData("en", "English school for adults", "Dmitry, 34", "IT project manager")]
    [InlineData("ru", "Школа английского для взрослых", "Дмитрий, 34", "руководитель IT-проектов")]
    [InlineData("en", "Beauty salon", "Maria, 38", "accountant")]
    [InlineData("ru", "Салон красоты", "Мария, 38", "бухгалтер")]
    public void Persona_questions_give_a_customer_of_that_business(string language, string product, string name, string occupation)
    {
        var chat = Concentrated(language, product).Choose(":concentrated").Send("2 000").Send("24").Send("350").Send("/skip");

        chat.Send("/personas new");
        Assert.Contains(name, chat.Last.Text);
        chat.Send("Dima").Send("30").Send("/skip");
        Assert.Contains(occupation, chat.Last.Text);
    }

    [Fact]
    public void A_question_without_a_variant_for_the_business_shows_its_plain_example()
    {
        var t = TextCatalog.Default.For(Languages.English);

        Assert.Equal("persona.age.example", t.Variant("persona.age.example", "education"));
        Assert.Equal("persona.name.example.education", t.Variant("persona.name.example", "education"));
        Assert.Equal("persona.name.example", t.Variant("persona.name.example", null));
    }

    [Fact]
    public void Every_business_example_has_a_variant_for_every_kind_and_a_neutral_plain_text()
    {
        var kinds = Enum.GetValues<BusinessKind>().Select(BusinessClassifier.Name).ToList();
        var catalog = TextCatalog.Default;
        var variantKeys = catalog.KeysOf(Languages.English)
            .Where(key => kinds.Any(kind => key.EndsWith(".example." + kind, StringComparison.Ordinal)) || (key.StartsWith("coverage.example.", StringComparison.Ordinal) && key.Count(c => c == '.') == 3))
            .ToList();
        var plainKeys = variantKeys.Select(key => key[..key.LastIndexOf('.')]).Distinct().ToList();

        Assert.True(plainKeys.Count >= 29, string.Join(", ", plainKeys));
        var missing = from plain in plainKeys
                      from kind in kinds.Prepend(null)
                      let key = kind is null ? plain : $"{plain}.{kind}"
                      from language in Languages.All
                      where !catalog.Has(language, key)
                      select $"{language}:{key}";
        Assert.Empty(missing);
        Assert.DoesNotContain("bakery", catalog.Raw(Languages.English, "coverage.example.differentiated"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Пекарня", catalog.Raw(Languages.Russian, "coverage.example.differentiated"), StringComparison.Ordinal);
    }
}
