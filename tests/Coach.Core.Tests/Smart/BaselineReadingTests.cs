using Coach.Core.Domain.Smart;

namespace Coach.Core.Tests.Smart;

/// <summary>
/// The SMART today's-value question: which answers name the target instead (asked again, the goal kept), and which are
/// today's value however they are put. Each row stands for a way people answer; the review of an earlier rule found
/// the "today" rows refused, so they are here as much as the goals.
/// </summary>
public class BaselineReadingTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Theory]
    // A verb of reaching or change, infinitive or future.
    [InlineData("выйти на 480 заказов в месяц к июню")]
    [InlineData("выйти на 480")]
    [InlineData("дойти до 2 000 подписчиков")]
    [InlineData("достичь 500 продаж в месяц")]
    [InlineData("довести выручку до 3 млн")]
    [InlineData("увеличить продажи до 400")]
    [InlineData("снизить CAC до 900 рублей")]
    [InlineData("вырастем до 600 клиентов")]
    // A wish, a plan, the word for goal.
    [InlineData("хотим 480 заказов")]
    [InlineData("хочу, чтобы было 480 к июню")]
    [InlineData("цель — 480 заказов в месяц")]
    [InlineData("план 300 продаж на квартал")]
    [InlineData("нужно 1000 лидов")]
    [InlineData("чтобы стало 700")]
    // A deadline still ahead.
    [InlineData("480 заказов к июню")]
    [InlineData("500 к концу года")]
    [InlineData("300 клиентов через 3 месяца")]
    // Today's word present, but a reach verb is nearer the number.
    [InlineData("сейчас хотим выйти на 480")]
    // English.
    [InlineData("reach 2,000 followers by March")]
    [InlineData("get to 480 orders a month")]
    [InlineData("grow revenue to $50k")]
    [InlineData("increase orders to 400 by June")]
    [InlineData("cut CAC to $30")]
    [InlineData("we want 480 orders a month")]
    [InlineData("our goal is 480 orders")]
    [InlineData("the target is 1,000 leads")]
    [InlineData("we'd like 300 new customers")]
    [InlineData("500 orders by the end of the year")]
    [InlineData("300 customers within 3 months")]
    [InlineData("we need to hit 500")]
    public void A_target_typed_for_today_is_seen(string text) =>
        Assert.True(BaselineReading.IsTarget(text, Today), text);

    [Theory]
    // A bare number or level.
    [InlineData("250")]
    [InlineData("около 300")]
    [InlineData("сейчас около 300")]
    [InlineData("на уровне 250")]
    [InlineData("продаём на 300 тысяч в месяц")]
    [InlineData("40 новых клиентов в месяц")]
    [InlineData("в октябре 250 заказов")]
    [InlineData("выходим на 300 заказов в месяц")]
    [InlineData("за 3 месяца продали 900")]
    [InlineData("примерно 1,5 млн выручки")]
    // Today's word nearest the number, a goal word further off.
    [InlineData("сейчас 300, хотим больше")]
    [InlineData("в прошлом месяце 250, а хотим больше")]
    [InlineData("хотим больше, сейчас 300")]
    [InlineData("сейчас 480")]
    [InlineData("текущий уровень 300, цель выше")]
    // A deadline that has passed is no goal's.
    [InlineData("300 к июню 2025")]
    // English.
    [InlineData("about 40 new customers a month")]
    [InlineData("we hit 250 last month")]
    [InlineData("up to 300 a day")]
    [InlineData("250 orders in October")]
    [InlineData("currently 300, we want more")]
    [InlineData("480 now")]
    [InlineData("around 1.2k a month")]
    [InlineData("we sell about 300 a month")]
    [InlineData("on average 250 orders")]
    public void Today_s_value_however_it_is_put_is_today_s(string text) =>
        Assert.False(BaselineReading.IsTarget(text, Today), text);
}
