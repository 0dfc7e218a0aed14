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

    [Fact]
    public void Dates_records_decoded_into_one_reused_buffer_keep_nothing_of_the_one_before()
    {
        // Longest first, through one worker: each text is decoded over what the one before left in the buffer.
        string[] texts =
        [
            "The talks began on March 3, 2020, and ended in late 2021 after two years, or so they said on Friday.",
            "It rained on Sept. 15.",
            "caf\u00e9 \"quoted\" Monday",     // escapes and text beyond ASCII
            "",
            "Nothing here",
            new string('x', 5000) + " on Jan. 2, 2024", // longer than the buffer: it grows
            "In 1999.",
            string.Concat(Enumerable.Repeat("on Jan. 2, 2024 and ", 300)), // a dates array longer than its first buffer
            "In the \u201990s, and on Monday",  // a mention that needs the writer's escaping, beside one that does not
        ];
        var options = CliOptions.Parse(["dates", "--jsonl", "--threads", "1", "--reference-date", "2023-09-12"]);
        var input = string.Concat(texts.Select((t, i) => JsonSerializer.Serialize(new { id = i, text = t }) + "\n"));
        using var output = new MemoryStream();
        new JsonlRunner(options, new RecordProcessor(options)).Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), output);

        var records = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(texts.Length, records.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var expected = DateExtractor.Default.Extract(texts[i], new ArticleDate(new DateOnly(2023, 9, 12)))
                .Select(d => $"{d.Start}-{d.End} {d.Text} {d.Value}");
            var dates = JsonDocument.Parse(records[i]).RootElement.GetProperty("dates").EnumerateArray()
                .Select(d => $"{d.GetProperty("start").GetInt32()}-{d.GetProperty("end").GetInt32()} {d.GetProperty("text").GetString()} {d.GetProperty("value").GetString()}");
            Assert.Equal(expected, dates);
        }
    }

    private static JsonElement Run(CliOptions options, string text)
    {
        var input = JsonSerializer.Serialize(new { id = 1, text }) + "\n";
        using var output = new MemoryStream();
        new JsonlRunner(options, new RecordProcessor(options)).Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), output);
        return JsonDocument.Parse(output.ToArray()).RootElement.Clone();
    }
}
