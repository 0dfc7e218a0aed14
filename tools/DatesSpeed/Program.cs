using System.Diagnostics;
using System.Text.Json;
using TextClean;
using TextClean.Dates;

// Extracts dates from every text of a JSON array of {text, dct} records (the TempEval-3 file), over and
// over, and reports characters per CPU-second of this process (UTF-16 characters: bytes for ASCII news).
// A plain scalar loop over the same characters is timed alongside, to say how busy the machine is.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: DatesSpeed <te3-train.json> [repetitions]");
    return 2;
}

var records = JsonDocument.Parse(File.ReadAllText(args[0])).RootElement.EnumerateArray()
    .Select(r => (Text: r.GetProperty("text").GetString() ?? "",
                  Reference: ArticleDate.TryParse(r.GetProperty("dct").GetString(), out var d) ? d : (ArticleDate?)null))
    .ToArray();
var repetitions = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
var characters = records.Sum(r => (long)r.Text.Length) * repetitions;
var extractor = DateExtractor.Default;

double Best(Func<long> work)
{
    work(); // warm up: tiered compilation
    var best = double.MaxValue;
    for (var round = 0; round < 6; round++)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        GC.KeepAlive(work());
        best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
    }

    return characters / 1e6 / best;
}

var extract = Best(() =>
{
    long mentions = 0;
    for (var r = 0; r < repetitions; r++)
    {
        foreach (var (text, reference) in records)
        {
            mentions += extractor.Extract(text, reference).Count;
        }
    }

    return mentions;
});
var scalar = Best(() =>
{
    long words = 0;
    for (var r = 0; r < repetitions; r++)
    {
        foreach (var (text, _) in records)
        {
            var inWord = false;
            foreach (var c in text)
            {
                var letter = char.IsAsciiLetter(c);
                words += letter && !inWord ? 1 : 0;
                inWord = letter;
            }
        }
    }

    return words;
});
Console.WriteLine($"extract: {extract:F1} M chars per CPU-second; scalar word-count loop: {scalar:F1} (machine load gauge)");
return 0;
