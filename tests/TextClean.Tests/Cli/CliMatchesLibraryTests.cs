using System.Text;
using System.Text.Json;
using TextClean.Cli;
using TextClean.Dates;
using TextClean.Pipeline;

namespace TextClean.Tests.Cli;

/// <summary>The CLI's fix and dates commands answer as the library does, for every option set.</summary>
public class CliMatchesLibraryTests
{
    public static TheoryData<string, string[]> SeedsAndOptions()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(seed);
            data.Add(name, []);
            data.Add(name, ["--quotes", "ascii", "--whitespace", "keep"]);
            data.Add(name, ["--quotes", "keep", "--explain"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndOptions))]
    public void Fix_gives_what_TextCleaner_Fix_gives(string seed, string[] args)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", seed)));
        var options = CliOptions.Parse(["fix", "--jsonl", .. args]);
        var log = options.Explain ? new ChangeLog() : null;
        var expected = new TextCleaner(options.Cleaner).Fix(text, log);

        var record = Run(options, text);

        Assert.Equal(expected, record.GetProperty("text").GetString());
        if (log is not null)
        {
            Assert.Equal(log.Changes.Count, record.GetProperty("changes").GetArrayLength());
        }
    }

    [Theory]
    [MemberData(nameof(SeedsAndOptions))]
    public void Dates_gives_what_the_cleaners_extractor_gives(string seed, string[] args)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", seed)));
        var options = CliOptions.Parse(["dates", "--jsonl", "--reference-date", "2023-09-12", .. args]);
        var expected = new TextCleaner(options.Cleaner).DateExtractor.Extract(text, options.ReferenceDate)
            .Select(d => $"{d.Start}-{d.End} {d.Type.ToTimexName()} {d.Value}");

        var dates = Run(options, text).GetProperty("dates").EnumerateArray()
            .Select(d => $"{d.GetProperty("start").GetInt32()}-{d.GetProperty("end").GetInt32()} {d.GetProperty("type").GetString()} {d.GetProperty("value").GetString()}");

        Assert.Equal(expected, dates);
    }

    private static JsonElement Run(CliOptions options, string text)
    {
        var input = JsonSerializer.Serialize(new { id = 1, text }) + "\n";
        using var output = new MemoryStream();
        new JsonlRunner(options, new RecordProcessor(options)).Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), output);
        return JsonDocument.Parse(output.ToArray()).RootElement.Clone();
    }
}
