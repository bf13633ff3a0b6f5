using Coach.Bot;
using Microsoft.Extensions.Hosting;

// Settings files sit beside the binary; relative data paths resolve against the working folder.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

builder.AddCoach();
await builder.Build().RunAsync();
