using Coach.Bot;
using Microsoft.Extensions.Hosting;

if (args.FirstOrDefault() == SessionCopyCommand.Name)
{
    try
    {
        return await SessionCopyCommand.RunAsync(args[1..], Console.Out);
    }
    catch (Exception error)
    {
        Console.Error.WriteLine($"Sessions could not be copied: {error.Message}");
        return 1;
    }
}

// Settings files sit beside the binary; relative data paths resolve against the working folder.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

builder.AddCoach();
try
{
    await builder.Build().RunCoachAsync();
    return 0;
}
catch (Exception error)
{
    // A bad setting, a broken prompt file, a port in use: one plain line last, and a failing exit code for systemd.
    Console.Error.WriteLine($"Coach could not run: {error.Message}");
    return 1;
}
