using System.Diagnostics;
using System.Text;
using TextClean.Dates;

namespace TextClean.Benchmarks;

/// <summary>
/// <c>varied --kind KIND --size SIZE [--count 64]</c>: Fix, Clean and Dates on one generated input run again and
/// again (what a BenchmarkDotNet benchmark does) against COUNT different inputs of the same kind and size in
/// turn. Branch predictors and caches learn an input that repeats, so the second figure is the one to expect on a
/// stream of real pages. <c>--input FILE</c> takes the first COUNT texts of a JSON Lines file ({"text": ...} per
/// line) instead, with the first of them as the repeated one. Stopwatch timing, best of five rounds of about 0.4 s
/// each, one thread.
/// </summary>
public static class VariedInputs
{
    private static readonly ArticleDate Reference = new(new DateOnly(2023, 9, 12));

    // COUNT generated inputs are held at once (as UTF-16, twice their UTF-8 size): a bound that keeps a typo in --size
    // from ending in an out-of-memory crash
    private const long MaxGeneratedBytes = 1_000_000_000;

    // Results go somewhere, so that the JIT cannot drop a call whose result is unused.
    private static long s_sink;

    public static int Run(string[] args)
    {
        var kind = InputKind.ScrapedPage;
        var size = 1_000;
        var count = 64;
        string? input = null;
        for (var a = 0; a + 1 < args.Length; a += 2)
        {
            switch (args[a])
            {
                case "--kind":
                    kind = ParseKind(args[a + 1]);
                    break;
                case "--size":
                    size = Corpus.ParseSize(args[a + 1]);
                    break;
                case "--input":
                    input = args[a + 1];
                    break;
                case "--count" when int.TryParse(args[a + 1], out var c) && c is > 0 and <= 100_000:
                    count = c;
                    break;
                default:
                    throw new ArgumentException($"varied: bad option '{args[a]} {args[a + 1]}' (usage: varied [--kind KIND --size SIZE | --input FILE] [--count N])");
            }
        }

        if (args.Length % 2 != 0)
        {
            throw new ArgumentException("usage: varied [--kind KIND --size SIZE | --input FILE] [--count N]");
        }

        if (input is null && (long)size * count > MaxGeneratedBytes)
        {
            throw new ArgumentException($"varied: {count} inputs of {Corpus.SizeName(size)} exceed the 1 GB this command generates at most; lower --count or --size");
        }

        var inputs = input is null
            ? [.. Enumerable.Range(0, count).Select(v => Corpus.Generate(kind, size, v))]
            : ReadTexts(input, count);
        var first = inputs[..1];
        var source = input is null ? $"{kind}, {Corpus.SizeName(size)}" : $"{input}, {inputs.Length} texts";
        Console.WriteLine($"{source}: MB/s on one input repeated / on {inputs.Length} different inputs in turn");
        foreach (var (name, run) in Runs)
        {
            Console.WriteLine($"  {name,-6} {MegabytesPerSecond(run, first),8:F1} / {MegabytesPerSecond(run, inputs),8:F1}");
        }

        return 0;
    }

    private static string[] ReadTexts(string path, int count)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"varied: no file {path}");
        }

        var texts = new List<string>();
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (texts.Count == count)
                {
                    break;
                }

                if (line.Length > 0)
                {
                    using var record = ParseRecord(path, texts.Count + 1, line);
                    // a record that is not an object ("[1]", "5") has no "text" either; TryGetProperty would throw on it
                    texts.Add(record.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object &&
                              record.RootElement.TryGetProperty("text", out var text) && text.ValueKind == System.Text.Json.JsonValueKind.String
                        ? text.GetString()!
                        : throw new ArgumentException($"varied: record {texts.Count + 1} of {path} has no \"text\" string"));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"varied: cannot read {path}: {e.Message}");
        }

        return texts.Count > 0 ? [.. texts] : throw new ArgumentException($"varied: {path} holds no record");
    }

    private static System.Text.Json.JsonDocument ParseRecord(string path, int number, string line)
    {
        try
        {
            return System.Text.Json.JsonDocument.Parse(line);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ArgumentException($"varied: record {number} of {path} is not JSON: {e.Message}");
        }
    }

    /// <summary>
    /// <c>linearity [--kinds A,B]</c>: per input kind, Fix, Clean and Dates on the benchmarks' own 100 KB input
    /// repeated, on 100 different 100 KB inputs in turn, and on one 10 MB input, with the per-byte cost at 10 MB over
    /// each 100 KB figure. The first is the issue's measure as the benchmarks take it (that input stays in L2 and in
    /// the branch predictor's history between runs); the second streams 10 MB of text on both sides, as a corpus
    /// run does. The three are timed in alternating rounds, so that a slow spell of the machine hits them alike.
    /// </summary>
    public static int Linearity(string[] args)
    {
        var kinds = args switch
        {
            [] => Enum.GetValues<InputKind>(),
            ["--kinds", var list] => [.. list.Split(',').Select(ParseKind)],
            _ => throw new ArgumentException("usage: linearity [--kinds A,B]"),
        };

        Console.WriteLine("| kind | benchmark | MB/s, 100 KB repeated | MB/s, 100 × 100 KB | MB/s, 10 MB | growth over repeated | growth over 100 × 100 KB |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var kind in kinds)
        {
            string[] repeated = [Corpus.Generate(kind, 100_000)];
            var stream = Enumerable.Range(0, 100).Select(v => Corpus.Generate(kind, 100_000, v)).ToArray();
            string[] large = [Corpus.Generate(kind, 10_000_000)];
            foreach (var (name, run) in Runs)
            {
                var rates = BestRates(run, repeated, stream, large);
                var (repeatedRate, streamRate, largeRate) = (rates[0], rates[1], rates[2]);
                Console.WriteLine($"| {kind} | {name} | {repeatedRate:F0} | {streamRate:F0} | {largeRate:F0} | {repeatedRate / largeRate:F2} | {streamRate / largeRate:F2} |");
            }
        }

        return 0;
    }

    private static (string Name, Func<string, int> Run)[] Runs =>
    [
        ("Fix", t => TextCleaner.Default.Fix(t).Length),
        ("Clean", t => TextCleaner.Default.Clean(t).Text.Length),
        ("Dates", t => DateExtractor.Default.Extract(t, Reference).Count),
    ];

    private static InputKind ParseKind(string name) =>
        Enum.TryParse<InputKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new ArgumentException($"no input kind '{name}' (kinds: {string.Join(", ", Enum.GetNames<InputKind>())})");

    private static double MegabytesPerSecond(Func<string, int> run, string[] inputs) => BestRates(run, inputs)[0];

    /// <summary>MB/s of <paramref name="run"/> over each set of inputs: the best of five rounds of about 0.4 s per set
    /// after one round that warms up, the sets taking turns within each round.</summary>
    private static double[] BestRates(Func<string, int> run, params string[][] inputSets)
    {
        var bytes = inputSets.Select(inputs => inputs.Sum(t => (long)Encoding.UTF8.GetByteCount(t))).ToArray();
        var best = new double[inputSets.Length];
        for (var round = 0; round < 6; round++)
        {
            for (var set = 0; set < inputSets.Length; set++)
            {
                var rounds = 0;
                var clock = Stopwatch.StartNew();
                while (clock.ElapsedMilliseconds < 400)
                {
                    foreach (var text in inputSets[set])
                    {
                        s_sink += run(text);
                    }

                    rounds++;
                }

                var rate = bytes[set] * (double)rounds / clock.Elapsed.TotalSeconds / 1e6;
                best[set] = round == 0 ? best[set] : Math.Max(best[set], rate);
            }
        }

        return best;
    }
}
