using Instasent.Sdk.ChaosTests;

// Console mode for long runs: dotnet run -c Release --project tests/Instasent.Sdk.ChaosTests -- --operations 200000 --seed 42
var settings = ChaosSettings.Parse(args);
Console.WriteLine($"Chaos run: {settings.Operations} operations, {settings.Concurrency} callers, seed {settings.Seed}, fault rate {settings.FaultRate:P0}");
var run = new ChaosRun(settings) { Progress = (done, elapsed) => Console.WriteLine($"  {done} operations after {elapsed.TotalSeconds:0} s") };
var report = await run.RunAsync();
Console.WriteLine(report.ToMarkdown());
return report.Violations.IsEmpty ? 0 : 1;
