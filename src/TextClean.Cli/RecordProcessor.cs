using System.Text;
using System.Buffers;
using System.Text.Json;
using TextClean.Dates;
using TextClean.Pipeline;

namespace TextClean.Cli;

/// <summary>What a command does to one text, in both output modes. Thread-safe: one instance serves
/// every worker thread.</summary>
internal sealed class RecordProcessor(CliOptions options)
{
    // One cleaner for every command: it builds the repair passes and the block stage on first use, so fix and
    // dates do not pay for the block stage's tables.
    private readonly Lazy<TextCleaner> _cleaner = new(() => new TextCleaner(options.Cleaner));

    private TextCleaner Cleaner => _cleaner.Value;

    // Each worker's buffer for the text of a dates record, which no string needs to hold: the mentions take
    // strings of their own. One that a long record grew past this is not kept.
    [ThreadStatic]
    private static char[]? t_text;
    private const int KeptTextBufferLength = 1 << 20;

    /// <summary>Writes the command's fields for one JSON Lines record (after its id) to a JSON object.</summary>
    /// <exception cref="RecordException">The record has no string text or an invalid reference date.</exception>
    public void WriteJsonFields(Utf8JsonWriter writer, JsonlRecord record)
    {
        if (options.Command != "dates")
        {
            var (text, reference) = record.Fields();
            WriteJsonFields(writer, text, reference);
            return;
        }

        var buffer = t_text ?? new char[4096];
        var (decoded, referenceDate) = record.FieldsInto(ref buffer);
        t_text = buffer.Length <= KeptTextBufferLength ? buffer : null;
        WriteDates(writer, Cleaner.DateExtractor.Extract(decoded, referenceDate ?? options.ReferenceDate));
    }

    /// <summary>Writes the command's fields for one record (after its id) to a JSON object.</summary>
    public void WriteJsonFields(Utf8JsonWriter writer, string text, ArticleDate? referenceDate)
    {
        var reference = referenceDate ?? options.ReferenceDate;
        switch (options.Command)
        {
            case "fix":
            {
                var log = options.Explain ? new ChangeLog() : null;
                JsonText.WriteString(writer, "text"u8, Cleaner.Fix(text, log));
                WriteChanges(writer, log?.Changes);
                break;
            }

            case "clean":
            {
                var result = Cleaner.Clean(text, options.Explain, reference);
                JsonText.WriteString(writer, "text"u8, result.Text);
                WriteMetadata(writer, result);
                WriteDates(writer, result.Dates);
                WriteChanges(writer, options.Explain ? result.Changes : null);
                break;
            }

            case "dates":
                WriteDates(writer, Cleaner.DateExtractor.Extract(text, reference));
                break;

            default:
                throw new InvalidOperationException($"no JSON output for command '{options.Command}'");
        }
    }

    /// <summary>The plain-mode output for one text; explanations go to <paramref name="explain"/>.</summary>
    /// <param name="source">For <c>dates</c>: the input's name, written into every mention as <c>"file"</c> so that
    /// the output of several files says where each mention is; null leaves it out.</param>
    public string Plain(string text, TextWriter explain, string? source = null)
    {
        IReadOnlyList<TextChange> changes;
        string output;
        switch (options.Command)
        {
            case "fix":
            {
                var log = options.Explain ? new ChangeLog() : null;
                output = Cleaner.Fix(text, log);
                changes = log?.Changes ?? [];
                break;
            }

            case "clean":
            {
                var result = Cleaner.Clean(text, options.Explain, options.ReferenceDate);
                output = result.Text;
                changes = result.Changes;
                break;
            }

            case "dates":
                output = PlainDates(Cleaner.DateExtractor.Extract(text, options.ReferenceDate), source);
                changes = [];
                break;

            default:
                throw new InvalidOperationException($"no plain output for command '{options.Command}'");
        }

        foreach (var change in changes)
        {
            explain.WriteLine($"{change.Pass}\t{change.Reason}\t{change.Start}+{change.Length}\t{Show(change.Original)} -> {Show(change.Replacement)}");
        }

        return output;
    }

    private static void WriteMetadata(Utf8JsonWriter writer, CleanResult result)
    {
        if (result.Title is { } title)
        {
            writer.WriteString("title", title);
        }
        else
        {
            writer.WriteNull("title");
        }

        writer.WriteStartArray("authors");
        foreach (var author in result.Authors)
        {
            writer.WriteStringValue(author);
        }

        writer.WriteEndArray();
        if (result.Published is { } published)
        {
            writer.WriteString("published", published.ToString());
        }
        else
        {
            writer.WriteNull("published");
        }
    }

    /// <summary>"dates": [{"start","end","text","type","value"}], offsets in UTF-16 code units.</summary>
    private static void WriteDates(Utf8JsonWriter writer, IReadOnlyList<DateMention> dates)
    {
        writer.WritePropertyName("dates"u8);
        if (TryWriteDatesRaw(writer, dates))
        {
            return;
        }

        writer.WriteStartArray();
        foreach (var date in dates)
        {
            WriteDate(writer, date);
        }

        writer.WriteEndArray();
    }

    /// <summary>The most bytes one mention takes in the raw path; a longer one (a long text or value) takes the writer's.</summary>
    private const int MaxRawMentionBytes = 256;

    /// <summary>Each worker's buffer for a record's "dates" array, grown to the longest array it has made.</summary>
    [ThreadStatic]
    private static byte[]? t_datesJson;

    /// <summary>The whole "dates" array as bytes, handed to the writer as one raw value: per mention, the writer's
    /// bookkeeping for a raw value (separator, depth, room) cost as much as making its bytes. False, with nothing
    /// written, when a mention's text or value needs escaping (the writer's path does that).</summary>
    private static bool TryWriteDatesRaw(Utf8JsonWriter writer, IReadOnlyList<DateMention> dates)
    {
        var need = 2 + (dates.Count * (MaxRawMentionBytes + 1));
        var json = t_datesJson is { } reused && reused.Length >= need ? reused : t_datesJson = new byte[Math.Max(need, 4096)];
        var n = 0;
        json[n++] = (byte)'[';
        for (var i = 0; i < dates.Count; i++)
        {
            if (i > 0)
            {
                json[n++] = (byte)',';
            }

            if (!TryAppendDate(json.AsSpan(n, MaxRawMentionBytes), dates[i], out var written))
            {
                return false;
            }

            n += written;
        }

        json[n++] = (byte)']';
        writer.WriteRawValue(json.AsSpan(0, n), skipInputValidation: true);
        return true;
    }

    private static readonly JsonEncodedText[] TimexNames =
        [.. Enum.GetValues<TimexType>().Select(type => JsonEncodedText.Encode(type.ToTimexName(), JsonOutput.Encoder))];

    private static readonly byte[][] TimexNamesQuoted =
        [.. Enum.GetValues<TimexType>().Select(type => Encoding.UTF8.GetBytes($"\"{type.ToTimexName()}\""))];

    /// <summary>A mention whose text and value need no escape is made as bytes in one go and handed to the writer
    /// whole: the writer's per-property path (name, separator, escaping scan, transcoding) was a tenth of a
    /// <c>dates --jsonl</c> run on news. The bytes are the same the writer makes.</summary>
    private static bool TryWriteDateRaw(Utf8JsonWriter writer, DateMention date)
    {
        Span<byte> json = stackalloc byte[MaxRawMentionBytes];
        if (!TryAppendDate(json, date, out var n))
        {
            return false;
        }

        writer.WriteRawValue(json[..n], skipInputValidation: true);
        return true;
    }

    /// <summary>One mention's object as the writer would make it, into <paramref name="json"/>; false when it needs an
    /// escape or does not fit.</summary>
    private static bool TryAppendDate(Span<byte> json, DateMention date, out int n)
    {
        n = 0;
        return Append(json, ref n, "{\"start\":"u8) && AppendNumber(json, ref n, date.Start) &&
               Append(json, ref n, ",\"end\":"u8) && AppendNumber(json, ref n, date.End) &&
               Append(json, ref n, ",\"text\":"u8) && JsonText.TryAppendPlainAscii(date.Text, json, ref n) &&
               Append(json, ref n, ",\"type\":"u8) && Append(json, ref n, TimexNamesQuoted[(int)date.Type]) &&
               Append(json, ref n, ",\"value\":"u8) && JsonText.TryAppendPlainAscii(date.Value, json, ref n) &&
               Append(json, ref n, "}"u8);

        // inlined, so that each constant's copy is a few moves rather than a call to a general copy
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        static bool Append(Span<byte> json, ref int n, ReadOnlySpan<byte> bytes)
        {
            if (!bytes.TryCopyTo(json[n..]))
            {
                return false;
            }

            n += bytes.Length;
            return true;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        static bool AppendNumber(Span<byte> json, ref int n, int value)
        {
            if (!System.Buffers.Text.Utf8Formatter.TryFormat(value, json[n..], out var bytes))
            {
                return false;
            }

            n += bytes;
            return true;
        }
    }

    // UTF-8 names and encoded types, so that the writer neither transcodes nor escapes them on every mention.
    private static void WriteDate(Utf8JsonWriter writer, DateMention date, string? source = null)
    {
        if (source is null && TryWriteDateRaw(writer, date))
        {
            return;
        }

        writer.WriteStartObject();
        if (source is not null)
        {
            writer.WriteString("file"u8, source);
        }

        writer.WriteNumber("start"u8, date.Start);
        writer.WriteNumber("end"u8, date.End);
        writer.WriteString("text"u8, date.Text);
        writer.WriteString("type"u8, TimexNames[(int)date.Type]);
        writer.WriteString("value"u8, date.Value);
        writer.WriteEndObject();
    }

    /// <summary>Plain mode of <c>dates</c>: one JSON object per mention, one per line.</summary>
    private static string PlainDates(IReadOnlyList<DateMention> dates, string? source)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var date in dates)
        {
            using (var writer = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions))
            {
                WriteDate(writer, date, source);
            }

            System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteChanges(Utf8JsonWriter writer, IReadOnlyList<TextChange>? changes)
    {
        if (changes is null)
        {
            return;
        }

        writer.WriteStartArray("changes");
        foreach (var change in changes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("step", change.Step);
            writer.WriteString("pass", change.Pass);
            writer.WriteString("reason", change.Reason);
            writer.WriteNumber("start", change.Start);
            writer.WriteNumber("length", change.Length);
            JsonText.WriteStringKeepingLoneSurrogates(writer, "original"u8, change.Original);
            JsonText.WriteStringKeepingLoneSurrogates(writer, "replacement"u8, change.Replacement);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A change's text on one line of explain output: quoted, with controls shown as escapes.</summary>
    private static string Show(string s)
    {
        const int Max = 80;
        if (s.Length > Max)
        {
            s = s[..(char.IsHighSurrogate(s[Max - 1]) ? Max - 1 : Max)] + "…"; // not half a pair
        }

        if (JsonText.QuoteKeepingLoneSurrogates(s) is { } quoted)
        {
            return Encoding.UTF8.GetString(quoted);
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions))
        {
            writer.WriteStringValue(s);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
