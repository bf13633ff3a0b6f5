using System.Text.Json.Nodes;
using Coach.Bot;
using Coach.Bot.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Coach.Integration.Tests.Configuration;

/// <summary>Every setting is documented, and a bad one stops start-up naming its key.</summary>
public class OptionsTests
{
    [Theory]
    [InlineData(typeof(TelegramOptions), TelegramOptions.Section)]
    [InlineData(typeof(StorageOptions), StorageOptions.Section)]
    [InlineData(typeof(TerminalOptions), TerminalOptions.Section)]
    public void Every_settable_option_is_documented_in_the_example_file(Type options, string section)
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(Root(), "appsettings.example.json")))![section]!.AsObject();

        var settable = options.GetProperties().Where(p => p.CanWrite).Select(p => p.Name);

        Assert.All(settable, name => Assert.True(example.ContainsKey(name), $"{section}:{name} is not in appsettings.example.json"));
    }

    [Theory]
    [InlineData("Telegram:WebhookSecret", "has spaces in it", "Telegram:WebhookSecret")]
    [InlineData("Telegram:WebhookUrl", "http://coach.example.com/hook", "Telegram:WebhookUrl")]
    [InlineData("Telegram:MaxParallelChats", "0", "Telegram:MaxParallelChats")]
    [InlineData("Telegram:RequestTimeoutSeconds", "0", "Telegram:RequestTimeoutSeconds")]
    public async Task A_bad_telegram_setting_stops_start_up_with_a_message_naming_it(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "123456:test-token",
            ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://coach.example.com/hook",
            ["Telegram:WebhookSecret"] = "good_secret",
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
            ["Storage:Path"] = Path.Combine(Path.GetTempPath(), "coach-options-" + Guid.NewGuid().ToString("N"), "coach.db"),
            [key] = value,
        };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCoach();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message);
        Assert.DoesNotContain("123456:test-token", error.Message);
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Coach.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Coach.sln not found");
    }
}
