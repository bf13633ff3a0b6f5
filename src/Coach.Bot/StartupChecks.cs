using Coach.Bot.Telegram;
using Coach.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Coach.Bot;

/// <summary>
/// What must hold before Coach starts its services, checked outside the host so that a failure ends
/// start-up with one plain line (Program.cs prints it) instead of the host's logged stack trace: the
/// data file opens (a wrong <c>Storage:Password</c> fails here), and in Telegram mode the Bot API accepts
/// the token (a 401 or 404 ends start-up; Telegram unreachable does not, polling retries it).
/// </summary>
public static class StartupChecks
{
    public static async Task RunCoachAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        await CheckAsync(host.Services, cancellationToken);
        await host.RunAsync(cancellationToken);
    }

    public static async Task CheckAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetService<LiteDbFile>();
        if (services.GetService<BotIdentity>() is { } identity)
        {
            await identity.GetAsync(cancellationToken);
        }
    }
}
