using System.Diagnostics;
using TextClean.Words;

// dotnet run -c Release --project tools/lexicon/LexiconBench -- bench
// dotnet run -c Release --project tools/lexicon/LexiconBench -- probe "negotiati]ns" "Y2K" ...
if (args.Length > 0 && args[0] == "probe")
{
    var pass = new InWordRepairPass();
    foreach (var token in args.Skip(1))
    {
        Console.WriteLine($"{token} -> {pass.Repair(token, null) ?? "(left alone)"}");
        foreach (var line in pass.Explain(token))
        {
            Console.WriteLine("    " + line);
        }
    }

    return;
}

if (args.Length > 1 && args[0] == "fix")
{
    var log = new TextClean.Pipeline.ChangeLog();
    var pipeline = new TextClean.Pipeline.TextPipeline([new InWordRepairPass(), new DehyphenationPass()]);
    var text = System.Text.RegularExpressions.Regex.Unescape(args[1]);
    for (var run = 1; run <= 2; run++)
    {
        text = pipeline.Run(text, log);
        Console.WriteLine($"run {run}: {text}");
    }

    foreach (var change in log.Changes)
    {
        Console.WriteLine($"  {change.Step} {change.Pass} {change.Reason} {change.Original} -> {change.Replacement}");
    }

    return;
}

if (args.Length > 1 && args[0] == "alloc")
{
    var text = File.ReadAllText(args[1]);
    var pass = new InWordRepairPass();
    for (var i = 0; i < 6; i++)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var output = pass.Apply(text);
        Console.WriteLine($"{GC.GetAllocatedBytesForCurrentThread() - before} bytes, same: {ReferenceEquals(text, output)}");
    }

    return;
}

if (args.Length > 1 && args[0] == "passes")
{
    // Throughput of each word pass over the given files (clean text is the common case), and what one
    // run allocates on text where it has nothing to do.
    var texts = args.Skip(1).Select(File.ReadAllText).ToArray();
    var megabytes = texts.Sum(t => t.Length) * 2 / 1e6;
    foreach (TextClean.Pipeline.TextPass pass in new TextClean.Pipeline.TextPass[] { new InWordRepairPass(), new DehyphenationPass() })
    {
        var untouched = texts.Where(t => ReferenceEquals(t, pass.Apply(t))).ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var t in untouched)
        {
            pass.Apply(t);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var timer = Stopwatch.StartNew();
        var runs = 0;
        while (timer.ElapsedMilliseconds < 2000)
        {
            foreach (var t in texts)
            {
                pass.Apply(t);
            }

            runs++;
        }

        Console.WriteLine($"{pass.Name}: {megabytes * runs / timer.Elapsed.TotalSeconds:F0} MB/s (UTF-16) over {texts.Length} texts; " +
                          $"{untouched.Length} untouched, allocating {allocated} bytes in all");
    }

    return;
}

var resource = typeof(Lexicon).Assembly.GetManifestResourceStream("TextClean.Words.Data.en.lexicon")!;
Console.WriteLine($"embedded size: {resource.Length:N0} bytes");
resource.Dispose();

var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
var clock = Stopwatch.StartNew();
var lexicon = Lexicon.English;
var count = lexicon.Count; // the first use loads it
Console.WriteLine($"load (first use, cold): {clock.Elapsed.TotalMilliseconds:F1} ms for {count:N0} words");
Console.WriteLine($"memory held: {(GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1e6:F1} MB");

const int Rounds = 5;
var loads = new List<double>();
for (var i = 0; i < Rounds; i++)
{
    clock.Restart();
    using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("TextClean.Words.Data.en.lexicon")!;
    _ = LexiconTable.Load(stream);
    loads.Add(clock.Elapsed.TotalMilliseconds);
}

Console.WriteLine($"load (warm, median of {Rounds}): {loads.Order().ElementAt(Rounds / 2):F1} ms");

var table = lexicon.Table;
var probes = new string[1 << 16];
var random = new Random(6);
for (var i = 0; i < probes.Length; i++)
{
    var word = table.Word(random.Next(table.Count)).ToString();
    // Half hits, half near misses (one letter changed), as the repair pass asks.
    probes[i] = (i & 1) == 0 ? word : string.Create(word.Length, word, (span, w) =>
    {
        w.CopyTo(span);
        span[span.Length / 2] = span[span.Length / 2] == 'q' ? 'z' : 'q';
    });
}

Measure("hash (open addressing over packed chars)", p => table.Find(p) >= 0);
Measure("binary search over the sorted words", p => table.FindSorted(p) >= 0);
var setBefore = GC.GetTotalMemory(forceFullCollection: true);
var set = new HashSet<string>(Enumerable.Range(0, table.Count).Select(i => table.Word(i).ToString()), StringComparer.Ordinal);
Console.WriteLine($"HashSet<string> of the same words holds {(GC.GetTotalMemory(forceFullCollection: true) - setBefore) / 1e6:F1} MB");
Measure("HashSet<string> (for comparison)", set.Contains);

void Measure(string name, Func<string, bool> lookup)
{
    var hits = 0;
    foreach (var p in probes)
    {
        hits += lookup(p) ? 1 : 0; // warm up
    }

    clock.Restart();
    long done = 0;
    while (clock.ElapsedMilliseconds < 1000)
    {
        foreach (var p in probes)
        {
            hits += lookup(p) ? 1 : 0;
        }

        done += probes.Length;
    }

    Console.WriteLine($"{name}: {done / clock.Elapsed.TotalSeconds / 1e6:F1} M lookups/s ({hits % 2})");
}
