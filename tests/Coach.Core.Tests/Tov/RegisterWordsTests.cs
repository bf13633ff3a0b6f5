using Coach.Core.Domain.Tov;
using Coach.Core.Domain.Words;

namespace Coach.Core.Tests.Tov;

/// <summary>The register by verb forms, pronouns and address words (issue 12), from the word files of both languages.</summary>
public class RegisterWordsTests
{
    [Theory]
    // A «вы» voice: any «ты» form gives the text away.
    [InlineData("ru", Address.Polite, "Успей заказать, братан!", "Успей")]
    [InlineData("ru", Address.Polite, "Торты до пятницы, братан.", "братан")]
    [InlineData("ru", Address.Polite, "Закажи торт сегодня.", "Закажи")]
    [InlineData("ru", Address.Polite, "Твоя кофейня рядом.", "Твоя")]
    [InlineData("ru", Address.Polite, "Свежий хлеб для тебя.", "тебя")]
    [InlineData("ru", Address.Polite, "Запишись на пробный урок.", "Запишись")]
    [InlineData("ru", Address.Polite, "Ты успеешь до пятницы.", "Ты")]
    [InlineData("ru", Address.Polite, "Сэкономишь до 20% на доставке.", "Сэкономишь")]
    [InlineData("ru", Address.Polite, "Чувак, это лучший кофе.", "Чувак")]
    [InlineData("ru", Address.Polite, "Закажите торт — доставим к празднику.", null)]
    [InlineData("ru", Address.Polite, "Успейте до пятницы: лишь три дня скидок.", null)]
    [InlineData("ru", Address.Polite, "Новый сезон — новый вкус.", null)]
    [InlineData("ru", Address.Polite, "Уважаемые гости, ждём вас в субботу.", null)]
    // A «ты» voice: any «вы» form, "уважаемые" or "друзья" does.
    [InlineData("ru", Address.Casual, "Успейте до пятницы!", "Успейте")]
    [InlineData("ru", Address.Casual, "Ждём вас в субботу.", "вас")]
    [InlineData("ru", Address.Casual, "Ваш любимый торт уже готов.", "Ваш")]
    [InlineData("ru", Address.Casual, "Друзья, новый вкус уже в меню.", "Друзья")]
    [InlineData("ru", Address.Casual, "Уважаемый клиент, заказ готов.", "Уважаемый")]
    [InlineData("ru", Address.Casual, "Торт готов. Заберите его сегодня.", "Заберите")]
    [InlineData("ru", Address.Casual, "Закажи торт — привезём к празднику.", null)]
    [InlineData("ru", Address.Casual, "Смотри, что есть на сайте нашей пекарни.", null)]
    // English: contractions, "hey guys", "bro" against a polite voice; "dear customer", "kindly" against a casual one.
    [InlineData("en", Address.Polite, "Hey guys, fresh bread!", "Hey")]
    [InlineData("en", Address.Polite, "Fresh bread, bro.", "bro")]
    [InlineData("en", Address.Polite, "We're open till late.", "We're")]
    [InlineData("en", Address.Polite, "You won’t believe the price.", "won’t")]
    [InlineData("en", Address.Polite, "We’re gonna bake all night, folks.", "We’re")]
    [InlineData("en", Address.Polite, "We will be glad to bake for you.", null)]
    [InlineData("en", Address.Casual, "Dear customer, your order is ready.", "Dear customer")]
    [InlineData("en", Address.Casual, "Kindly collect your order.", "Kindly")]
    [InlineData("en", Address.Casual, "We are pleased to invite you to a tasting.", "We are pleased to invite")]
    [InlineData("en", Address.Casual, "Dear valued guests, welcome.", "Dear valued")]
    [InlineData("en", Address.Casual, "Grab a loaf, it's still warm!", null)]
    public void The_register_is_read_from_verbs_pronouns_and_address_words(string language, Address address, string text, string? word)
    {
        Assert.Equal(word, TovWords.FirstOf(text, language, casual: address == Address.Polite));

        var register = TovChecker.Check(text, new ToneProfile { Address = address }, null, language).Findings.Single(f => f.Criterion == "register");
        Assert.Equal(word is null, register.Passed);
    }

    [Fact]
    public void Every_catalogue_language_has_register_words()
    {
        Assert.Equal(["en", "ru"], WordFiles.Languages("Tov"));
    }
}
