namespace Coach.Bot.Terminal;

/// <summary>The terminal chat's input and output: the process console, or a script in tests.</summary>
public sealed record TerminalConsole(TextReader In, TextWriter Out, bool Interactive)
{
    public static TerminalConsole System() => new(Console.In, Console.Out, !Console.IsInputRedirected);
}
