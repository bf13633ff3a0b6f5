using BenchmarkDotNet.Running;
using Coach.Bench;

// `load [--chats N] [--messages M] [--parallel P] [--seconds S]` runs the load driver; `telegram [...]`
// the end-to-end scenario (real host, real client, in-process fake Bot API, beside an echo bot);
// anything else goes to BenchmarkDotNet (e.g. `--filter '*' --job short`).
if (args.Length > 0 && args[0] == "load")
{
    return await LoadDriver.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "telegram")
{
    return await Coach.Bench.Telegram.TelegramLoad.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "sessions")
{
    return await StoreLatency.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "replicas")
{
    return await Coach.Bench.Telegram.ReplicaLoad.RunAsync(args[1..]);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(KpiBenchmarks).Assembly).Run(args).ToList();

// A benchmark whose setup check throws, or that did not run at all, must fail the process (and so CI's
// smoke run): BenchmarkDotNet itself reports it and still exits 0.
var failed = summaries.Count == 0
    || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
if (failed)
{
    Console.Error.WriteLine("Benchmark run failed: a benchmark did not run or its setup check failed (see above).");
}

return failed ? 1 : 0;
