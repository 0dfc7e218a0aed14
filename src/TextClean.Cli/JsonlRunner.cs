using System.Buffers;
using System.Text.Json;

namespace TextClean.Cli;

/// <summary>
/// JSON Lines mode: one record in, one record out, in input order. Records are read in bounded batches
/// and each batch is processed in parallel, so memory stays bounded however long the input is. A bad
/// line is answered with an error record in its place and the rest go on.
/// </summary>
internal sealed class JsonlRunner(CliOptions options, RecordProcessor processor)
{
    private const int MaxBatchRecords = 1024;
    private const long MaxBatchBytes = 16L << 20;

    /// <summary>Processes every line; returns the number of records that failed.</summary>
    public int Run(Stream input, Stream output)
    {
        var reader = new LineReader(input);
        var batch = new List<byte[]>(MaxBatchRecords);
        var failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads };
        while (true)
        {
            batch.Clear();
            long bytes = 0;
            while (batch.Count < MaxBatchRecords && bytes < MaxBatchBytes && reader.TryReadLine(out var line))
            {
                if (line.Trim(" \t"u8).IsEmpty)
                {
                    continue; // a blank line is no record
                }

                batch.Add(line.ToArray());
                bytes += line.Length;
            }

            if (batch.Count == 0)
            {
                break;
            }

            var results = new byte[batch.Count][];
            var failures = new bool[batch.Count];
            Parallel.For(0, batch.Count, parallel, i => results[i] = ProcessLine(batch[i], out failures[i]));
            foreach (var result in results)
            {
                output.Write(result);
            }

            failed += failures.Count(f => f);
        }

        output.Flush();
        return failed;
    }

    /// <summary>One output line (with its newline) for one input line.</summary>
    internal byte[] ProcessLine(byte[] line, out bool failed)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            failed = true;
            return ErrorRecord(default, $"invalid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var idValue) ? idValue : default;
            try
            {
                var (text, reference) = ReadRecord(root);
                var buffer = new ArrayBufferWriter<byte>(line.Length + 64);
                using (var writer = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions))
                {
                    writer.WriteStartObject();
                    WriteId(writer, id);
                    processor.WriteJsonFields(writer, text, reference);
                    writer.WriteEndObject();
                }

                failed = false;
                return [.. buffer.WrittenSpan, (byte)'\n'];
            }
            catch (RecordException e)
            {
                failed = true;
                return ErrorRecord(id, e.Message);
            }
        }
    }

    private static (string Text, ArticleDate? Reference) ReadRecord(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new RecordException($"a record must be a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}");
        }

        if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
        {
            throw new RecordException("the record has no string \"text\"");
        }

        ArticleDate? reference = null;
        if (root.TryGetProperty("reference_date", out var referenceValue) && referenceValue.ValueKind != JsonValueKind.Null)
        {
            var raw = referenceValue.ValueKind == JsonValueKind.String ? referenceValue.GetString() : null;
            reference = (raw is null ? null : CliOptions.ParseReferenceDate(raw))
                ?? throw new RecordException($"reference_date {referenceValue.GetRawText()} is not \"YYYY-MM-DD\" or \"YYYY-MM-DDTHH:MM\"");
        }

        return (JsonStrings.Read(textValue), reference);
    }

    private static byte[] ErrorRecord(JsonElement id, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions))
        {
            writer.WriteStartObject();
            WriteId(writer, id);
            writer.WriteString("error", message);
            writer.WriteEndObject();
        }

        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    private static void WriteId(Utf8JsonWriter writer, JsonElement id)
    {
        writer.WritePropertyName("id");
        if (id.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            id.WriteTo(writer);
        }
    }
}

/// <summary>A record that cannot be processed; its message goes into the error record.</summary>
internal sealed class RecordException(string message) : Exception(message);
