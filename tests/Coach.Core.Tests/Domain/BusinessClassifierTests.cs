using Coach.Core.Domain.Business;

namespace Coach.Core.Tests.Domain;

public class BusinessClassifierTests
{
    [Theory]
    // Education
    [InlineData("Школа английского языка для взрослых", BusinessKind.Education)]
    [InlineData("онлайн-курсы английского", BusinessKind.Education)]
    [InlineData("уроки игры на гитаре", BusinessKind.Education)]
    [InlineData("репетитор по математике, подготовка к ЕГЭ", BusinessKind.Education)]
    [InlineData("детский сад с углублённым английским", BusinessKind.Education)]
    [InlineData("English school for kids", BusinessKind.Education)]
    [InlineData("online English tutoring", BusinessKind.Education)]
    [InlineData("coding bootcamp", BusinessKind.Education)]
    [InlineData("Spanish lessons", BusinessKind.Education)]
    // Food
    [InlineData("Кофейня у метро", BusinessKind.Food)]
    [InlineData("пекарня с собственной выпечкой", BusinessKind.Food)]
    [InlineData("доставка еды из ресторана", BusinessKind.Food)]
    [InlineData("сервис доставки здорового питания", BusinessKind.Food)]
    [InlineData("Кафе-бистро", BusinessKind.Food)]
    [InlineData("Organic bread", BusinessKind.Food)]
    [InlineData("fresh bread and pastries from our own bakery", BusinessKind.Food)]
    [InlineData("coffee shop", BusinessKind.Food)]
    [InlineData("Pizza delivery", BusinessKind.Food)]
    [InlineData("Сыроварня: фермерский сыр", BusinessKind.Food)]
    // Retail
    [InlineData("магазин одежды", BusinessKind.Retail)]
    [InlineData("Интернет-магазин детских игрушек", BusinessKind.Retail)]
    [InlineData("доставка цветов и букетов", BusinessKind.Retail)]
    [InlineData("online store of handmade candles", BusinessKind.Retail)]
    [InlineData("flower shop", BusinessKind.Retail)]
    [InlineData("furniture store", BusinessKind.Retail)]
    // Beauty and health services
    [InlineData("салон красоты", BusinessKind.Beauty)]
    [InlineData("Стоматологическая клиника", BusinessKind.Beauty)]
    [InlineData("студия маникюра", BusinessKind.Beauty)]
    [InlineData("фитнес-клуб у дома", BusinessKind.Beauty)]
    [InlineData("barber shop", BusinessKind.Beauty)]
    [InlineData("yoga studio", BusinessKind.Beauty)]
    [InlineData("dental clinic", BusinessKind.Beauty)]
    // Services to businesses
    [InlineData("бухгалтерские услуги для ИП", BusinessKind.B2b)]
    [InlineData("юридическое сопровождение бизнеса", BusinessKind.B2b)]
    [InlineData("грузоперевозки по России", BusinessKind.B2b)]
    [InlineData("bookkeeping for small firms", BusinessKind.B2b)]
    [InlineData("recruiting agency", BusinessKind.B2b)]
    [InlineData("office cleaning", BusinessKind.B2b)]
    // Online services and software
    [InlineData("CRM для ресторанов", BusinessKind.Saas)]
    [InlineData("облачная бухгалтерия", BusinessKind.Saas)]
    [InlineData("Телеграм-бот для записи клиентов", BusinessKind.Saas)]
    [InlineData("project management software", BusinessKind.Saas)]
    [InlineData("SaaS for accountants", BusinessKind.Saas)]
    [InlineData("online booking platform", BusinessKind.Saas)]
    // Mobile apps
    [InlineData("мобильное приложение для бега", BusinessKind.App)]
    [InlineData("приложение для изучения английского", BusinessKind.App)]
    [InlineData("игра для Android", BusinessKind.App)]
    [InlineData("fitness app", BusinessKind.App)]
    [InlineData("mobile game", BusinessKind.App)]
    public void The_product_names_its_business(string product, BusinessKind kind)
    {
        Assert.Equal(kind, BusinessClassifier.Classify(product));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("ремонт квартир под ключ")]
    [InlineData("Горшки ручной работы")]
    [InlineData("car repair")]
    [InlineData("wedding photography")]
    public void Nothing_recognised_gives_no_kind_and_a_neutral_example(string? product)
    {
        Assert.Null(BusinessClassifier.Classify(product));
    }

    [Theory]
    [InlineData("йогурт домашний", BusinessKind.Food)]
    [InlineData("ботинки ручной работы", BusinessKind.Retail)]
    [InlineData("кафель и плитка", null)]
    public void A_stem_that_is_a_whole_word_does_not_catch_longer_words(string product, BusinessKind? kind)
    {
        Assert.Equal(kind, BusinessClassifier.Classify(product));
    }
}
