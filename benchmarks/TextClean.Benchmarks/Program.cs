using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace TextClean.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/TextClean.Benchmarks -- --filter '*'</c> runs every
/// benchmark (BenchmarkDotNet's usual options apply); <c>-- report</c> turns the results into
/// benchmarks/RESULTS.md; <c>-- jsonl-corpus</c> writes a JSON Lines file for timing the CLI.
/// </summary>
public static class Program
{
    private static readonly string Help =
        $"""
        usage:
          TextClean.Benchmarks [--passes a,b] [--kinds A,B] [--sizes 1KB,100KB,10MB] [BenchmarkDotNet options]
              runs the benchmarks; --filter '*' for all of them (--list flat shows them)
              --passes  only these passes (default: every pass PassCatalog lists)
              --kinds   only these input kinds (default: all): {string.Join(", ", Enum.GetNames<InputKind>())}
              --sizes   only these sizes (default: {string.Join(",", Corpus.Sizes.Select(Corpus.SizeName))})
              the default job is "Quick" (1 launch, 2 warm-ups, 5 iterations of about 100 ms); --job short or
              --job default for steadier figures, --job dry to check that everything runs
          TextClean.Benchmarks report [--results DIR] [--out FILE]
              benchmarks/RESULTS.md from the JSON BenchmarkDotNet wrote (default DIR: BenchmarkDotNet.Artifacts/results)
          TextClean.Benchmarks jsonl-corpus --size 200MB --out FILE [--kind mixed|KIND]
              a JSON Lines file of generated news records (2 to 6 KB each) for timing textclean --jsonl;
              mixed (the default) cycles through the record kinds, a KIND makes every record that kind
          TextClean.Benchmarks corpus --kind KIND --size 10MB --out FILE
              one benchmark input as a UTF-8 file, to profile or time the CLI on exactly what a benchmark runs
          TextClean.Benchmarks varied [--kind ScrapedPage] [--size 1KB] [--input FILE] [--count 64]
              Fix, Clean and Dates on one input repeated (as a benchmark runs it) and on COUNT different inputs
              of that kind and size in turn (as a stream of real pages comes); --input: the first COUNT texts
              of a JSON Lines file instead
          TextClean.Benchmarks linearity [--kinds A,B]
              per kind, Fix, Clean and Dates on one 100 KB input repeated, on 100 different 100 KB inputs in turn
              and on one 10 MB input, timed in alternating rounds: the per-byte cost's growth from 100 KB to 10 MB
        """;

    public static int Main(string[] args)
    {
        try
        {
            switch (args)
            {
                case ["-h" or "--help" or "help", ..]:
                    Console.WriteLine(Help);
                    return 0;
                case ["report", .. var rest]:
                    return ResultsReport.Run(rest);
                case ["jsonl-corpus", .. var rest]:
                    return JsonlCorpus.Run(rest);
                case ["linearity", .. var rest]:
                    return VariedInputs.Linearity(rest);
                case ["varied", .. var rest]:
                    return VariedInputs.Run(rest);
                case ["corpus", "--kind", var kind, "--size", var size, "--out", var path]:
                    return WriteInput(kind, size, path);
                case ["corpus", ..]:
                    throw new ArgumentException("usage: corpus --kind KIND --size SIZE --out FILE");
            }

            var benchmarkArgs = BenchmarkSelection.Configure(args);
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs, CreateConfig(benchmarkArgs)).ToList();
            var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
            if (failed)
            {
                Console.Error.WriteLine("TextClean.Benchmarks: some benchmarks failed; see the log above.");
            }

            return failed ? 1 : 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"TextClean.Benchmarks: {e.Message}");
            return 2;
        }
    }

    private static int WriteInput(string kindName, string size, string path)
    {
        if (!Enum.TryParse<InputKind>(kindName, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"corpus: no input kind '{kindName}' (kinds: {string.Join(", ", Enum.GetNames<InputKind>())})");
        }

        File.WriteAllText(path, Corpus.Generate(kind, Corpus.ParseSize(size)), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"{path}: {kind}, {new FileInfo(path).Length} bytes");
        return 0;
    }

    /// <summary>A short default job, so the whole matrix runs in well under an hour on two cores, unless
    /// the command line names a job (BenchmarkDotNet would otherwise ignore --job for a config's default
    /// job). Results go to JSON too, for the report.</summary>
    private static IConfig CreateConfig(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(JsonExporter.Full);
        if (args.Any(a => a is "--job" or "-j"))
        {
            return config;
        }

        var quick = Job.Default
            .WithId("Quick")
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            // Optimized code from the first call, for steady-state figures (the CLI quick-jits for its start-up,
            // TextClean.Cli.csproj). With quick JIT on, two short warm-ups on a busy machine can end before
            // tier-1 code is installed, and the job then times unoptimized code (Clean on 1 KB read 5x slower
            // than it runs).
            .WithEnvironmentVariables(
                new EnvironmentVariable("DOTNET_TC_QuickJit", "0"),
                new EnvironmentVariable("DOTNET_TieredPGO", "0"))
            .AsDefault();
        return config.AddJob(quick);
    }
}
