using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextClean.Benchmarks;

/// <summary>Writes a JSON Lines input for timing <c>textclean ... --jsonl</c>: generated news records of
/// 2 to 6 KB with ids and reference dates, deterministically. By default the records cycle through the
/// shapes the library meets (clean and typographic news, mojibake, scraped pages, date-dense text);
/// <c>--kind</c> makes every record one kind, so that a target named for one kind of text (fix on
/// typographic news) is measured on exactly that.</summary>
internal static class JsonlCorpus
{
    private static readonly InputKind[] RecordKinds =
    [
        InputKind.AsciiNews, InputKind.TypographicNews, InputKind.Mojibake10, InputKind.MojibakeAll,
        InputKind.ScrapedPage, InputKind.DateDense, InputKind.EntityDense,
    ];

    public static int Run(IReadOnlyList<string> args)
    {
        string? size = null, path = null;
        var kinds = RecordKinds;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--size" when i + 1 < args.Count: size = args[++i]; break;
                case "--out" when i + 1 < args.Count: path = args[++i]; break;
                case "--kind" when i + 1 < args.Count: kinds = ParseKind(args[++i]); break;
                default: throw new ArgumentException($"jsonl-corpus: unexpected '{args[i]}' (usage: jsonl-corpus --size 200MB --out FILE [--kind mixed|KIND])");
            }
        }

        if (size is null || path is null)
        {
            throw new ArgumentException("jsonl-corpus needs --size and --out");
        }

        var target = (long)Corpus.ParseSize(size);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var records = 0;
        while (file.Position + writer.BytesPending < target)
        {
            var kind = kinds[records % kinds.Length];
            // records % 4_000 first: the same sizes as records * 7_919 % 4_000, which overflows past 271,000 records (1 GB).
            var recordBytes = 2_000 + ((records % 4_000) * 7_919 % 4_000);
            writer.WriteStartObject();
            writer.WriteNumber("id", records);
            writer.WriteString("text", Corpus.Generate(kind, recordBytes, variant: records));
            writer.WriteString("reference_date", string.Create(CultureInfo.InvariantCulture, $"2023-09-{1 + (records % 28):D2}"));
            writer.WriteEndObject();
            writer.Flush();
            file.WriteByte((byte)'\n');
            writer.Reset(file);
            records++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {records} records, {file.Position} bytes"));
        return 0;
    }

    /// <summary>"mixed" (every record kind in turn) or one <see cref="InputKind"/> for every record.</summary>
    private static InputKind[] ParseKind(string name)
    {
        if (string.Equals(name, "mixed", StringComparison.OrdinalIgnoreCase))
        {
            return RecordKinds;
        }

        return Enum.TryParse<InputKind>(name, ignoreCase: true, out var kind) && Array.IndexOf(RecordKinds, kind) >= 0
            ? [kind]
            : throw new ArgumentException($"jsonl-corpus: --kind '{name}' is not mixed or one of {string.Join(", ", RecordKinds)}");
    }
}
