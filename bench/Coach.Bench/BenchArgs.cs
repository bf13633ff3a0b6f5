using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Coach.Bot;

namespace Coach.Bench;

/// <summary>What the load commands share: their <c>--name value</c> arguments, percentiles, and a Coach host.</summary>
public static class BenchArgs
{
    /// <summary>
    /// Reads <c>--name value</c> pairs; each option takes the value and says whether it is valid. False (after
    /// printing the bad argument and <paramref name="usage"/>) on an unknown name or an invalid value.
    /// </summary>
    public static bool Read(string[] args, string usage, IReadOnlyDictionary<string, Func<string?, bool>> options)
    {
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!options.TryGetValue(args[i], out var take) || !take(i + 1 < args.Length ? args[i + 1] : null))
            {
                Console.Error.WriteLine($"Unknown or invalid argument '{args[i]}'.");
                Console.Error.WriteLine("Usage: " + usage);
                return false;
            }
        }

        return true;
    }

    /// <summary>The value at percentile <paramref name="p"/> of values sorted ascending.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The real Coach host as Program.cs builds it, with these settings, logging at Warning (one line per update would measure the console).</summary>
    public static async Task<IHost> StartCoachAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCoach();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
