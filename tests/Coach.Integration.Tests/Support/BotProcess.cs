using System.Diagnostics;
using System.Text;

namespace Coach.Integration.Tests.Support;

/// <summary>Coach.Bot started as its own process, the way the README runs it.</summary>
public static class BotProcess
{
    // The bot's own output folder: the test folder lacks the hosting assemblies the bot's runtime config expects.
    public static readonly string Dll = FindBotDll();

    public static Process Start(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [Dll, .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingFolder,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return Process.Start(info)!;
    }

    /// <summary>SIGTERM, as systemd's stop or a Ctrl-C in a terminal sends it.</summary>
    public static void Terminate(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]);
        kill.WaitForExit();
    }

    private static string FindBotDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Coach.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root!.FullName, "src", "Coach.Bot", "bin", configuration, output.Name, "Coach.Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Coach.Bot first.", path);
    }
}
