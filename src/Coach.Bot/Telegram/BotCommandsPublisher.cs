using Coach.Core.Dialogue;
using Coach.Core.Texts;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Coach.Bot.Telegram;

/// <summary>Registers Coach's commands with setMyCommands: the default list (English) and one per language.</summary>
public sealed class BotCommandsPublisher(ITelegramBotClient bot, TextCatalog texts)
{
    public static readonly IReadOnlyList<string> Commands = ["start", "menu", "kpi", "tov", "learn", "progress", "checkins", "checkin", "export", "status", "back", "skip", "cancel", "lang", "help", "forget"];

    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        await bot.SetMyCommands(For(Languages.English), cancellationToken: cancellationToken);
        foreach (var language in Languages.All)
        {
            await bot.SetMyCommands(For(language), languageCode: language, cancellationToken: cancellationToken);
        }
    }

    public IReadOnlyList<BotCommand> For(string language) =>
        Commands.Select(command => new BotCommand { Command = command, Description = texts.Raw(language, "command." + command) }).ToList();
}
