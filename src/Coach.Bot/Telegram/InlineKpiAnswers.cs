using Coach.Core.Dialogue;
using Coach.Core.Flows.Kpi;
using Coach.Core.Texts;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace Coach.Bot.Telegram;

/// <summary>
/// Inline mode: "@CoachBot cac 90000 80" typed in any chat is answered with one article, the KPI
/// card (or the format with an example), in the language of the person typing. No session: the
/// core computes it (<see cref="KpiInline"/>), nothing is stored.
/// </summary>
public sealed class InlineKpiAnswers(ITelegramBotClient bot, TextCatalog texts, ILogger<InlineKpiAnswers> logger)
{
    /// <summary>How long Telegram may reuse an answer for the same query: the numbers alone decide it.</summary>
    private const int CacheSeconds = 300;

    public async Task AnswerAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        var answer = KpiInline.Answer(texts.For(Languages.FromHint(query.From.LanguageCode)), query.Query);
        var article = new InlineQueryResultArticle(
            answer.Computed ? "kpi" : "kpi-help",
            answer.Title,
            new InputTextMessageContent(answer.Html) { ParseMode = ParseMode.Html })
        {
            Description = answer.Description,
        };
        try
        {
            await bot.AnswerInlineQuery(query.Id, [article], cacheTime: CacheSeconds, cancellationToken: cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A query is short-lived: one the user has typed past is simply not answered.
            logger.LogWarning("answerInlineQuery failed for user {UserId}: {Error}", query.From.Id, error.Message);
        }
    }
}
