using BenchmarkDotNet.Running;
using Coach.Bench;

// `load [--chats N] [--messages M] [--parallel P] [--seconds S]` runs the load driver;
// anything else goes to BenchmarkDotNet (e.g. `--filter '*' --job short`).
if (args.Length > 0 && args[0] == "load")
{
    return await LoadDriver.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(KpiBenchmarks).Assembly).Run(args);
return 0;
