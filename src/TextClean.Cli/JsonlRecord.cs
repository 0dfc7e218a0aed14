using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace TextClean.Cli;

/// <summary>
/// One JSON Lines input record, read straight from its line's UTF-8 bytes by <see cref="FlatRecordScanner"/>
/// or, for anything but a flat object, <see cref="Utf8JsonReader"/>: no document is built, the text is decoded once into the string the library takes, and the id is kept
/// as a slice of the line, written back as it came. Reading validates the whole line as JsonDocument.Parse
/// would (same reader, same limits), and a property given twice counts once, the last time, as
/// JsonElement.TryGetProperty has it.
/// </summary>
internal readonly ref struct JsonlRecord
{
    private readonly ReadOnlySpan<byte> _line;
    private readonly RawValue _id;
    private readonly RawValue _text;
    private readonly RawValue _referenceDate;
    private readonly JsonTokenType _root;

    /// <summary>Whether every string's UTF-8 is known to be valid: <see cref="FlatRecordScanner"/> checks it,
    /// Utf8JsonReader does not for a string without escapes.</summary>
    private readonly bool _validUtf8;

    private JsonlRecord(ReadOnlySpan<byte> line, JsonTokenType root, RawValue id, RawValue text, RawValue referenceDate, bool validUtf8 = false)
    {
        _line = line;
        _validUtf8 = validUtf8;
        _root = root;
        _id = id;
        _text = text;
        _referenceDate = referenceDate;
    }

    /// <summary>Reads the line's top-level fields.</summary>
    /// <exception cref="JsonException">The line is not one JSON value.</exception>
    public static JsonlRecord Read(ReadOnlySpan<byte> line) =>
        FlatRecordScanner.TryScan(line, out var id, out var text, out var referenceDate)
            ? new JsonlRecord(line, JsonTokenType.StartObject, id, text, referenceDate, validUtf8: true)
            : ReadAny(line);

    /// <summary>Any line, through Utf8JsonReader: nested values, escaped names, and every error message.</summary>
    internal static JsonlRecord ReadAny(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        RawValue id = default, text = default, referenceDate = default;
        reader.Read();
        var root = reader.TokenType;
        // Every token is read, so that a line with an error anywhere is refused whole.
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }

            var field = reader.ValueTextEquals("text"u8) ? Field.Text
                : reader.ValueTextEquals("id"u8) ? Field.Id
                : reader.ValueTextEquals("reference_date"u8) ? Field.ReferenceDate
                : Field.None;
            if (field == Field.None)
            {
                continue;
            }

            reader.Read();
            var type = reader.TokenType;
            var start = (int)reader.TokenStartIndex;
            var escaped = type == JsonTokenType.String && reader.ValueIsEscaped;
            reader.Skip(); // to the end of an object or array; nothing for a single token
            var value = new RawValue(type, start, (int)reader.BytesConsumed - start, escaped);
            switch (field)
            {
                case Field.Text: text = value; break;
                case Field.Id: id = value; break;
                default: referenceDate = value; break;
            }
        }

        return new JsonlRecord(line, root, id, text, referenceDate);
    }

    /// <summary>The record's text and reference date.</summary>
    /// <exception cref="RecordException">The record is not an object with a string text and a valid reference date.</exception>
    public (string Text, ArticleDate? Reference) Fields()
    {
        var reference = CheckedReference();
        return (DecodeString(_text), reference);
    }

    /// <summary>The record's text, decoded into <paramref name="buffer"/> (grown when it is too small) where it
    /// is valid UTF-8, and its reference date: the text without a string of its own, for a command that
    /// keeps nothing of it (dates).</summary>
    /// <exception cref="RecordException">As for <see cref="Fields"/>.</exception>
    public (ReadOnlyMemory<char> Text, ArticleDate? Reference) FieldsInto(ref char[] buffer)
    {
        var reference = CheckedReference();
        var body = _line.Slice(_text.Start + 1, _text.Length - 2);
        if (!_validUtf8 && !Utf8.IsValid(body))
        {
            return (DecodeString(_text).AsMemory(), reference);
        }

        if (buffer.Length < body.Length)
        {
            buffer = new char[Math.Max(body.Length, buffer.Length * 2)];
        }

        var length = _text.Escaped
            ? JsonStrings.UnescapeInto(body, buffer)
            : Encoding.UTF8.GetChars(body, buffer);
        return (buffer.AsMemory(0, length), reference);
    }

    /// <summary>Checks that the record is an object with a string text; returns its reference date.</summary>
    private ArticleDate? CheckedReference()
    {
        if (_root != JsonTokenType.StartObject)
        {
            throw new RecordException($"a record must be a JSON object, not {KindName(_root)}");
        }

        if (_text.Type != JsonTokenType.String)
        {
            throw new RecordException(_text.Type == JsonTokenType.None
                ? "the record has no \"text\""
                : $"\"text\" must be a string, not {KindName(_text.Type)}");
        }

        ArticleDate? reference = null;
        if (_referenceDate.Type is not (JsonTokenType.None or JsonTokenType.Null))
        {
            var raw = _referenceDate.Type == JsonTokenType.String ? DecodeString(_referenceDate) : null;
            reference = (raw is null ? null : CliOptions.ParseReferenceDate(raw))
                ?? throw new RecordException($"reference_date {Encoding.UTF8.GetString(Slice(_referenceDate))} is not \"YYYY-MM-DD\" or an ISO timestamp \"YYYY-MM-DDTHH:MM[:SS]\"");
        }

        return reference;
    }

    /// <summary>Writes the record's "id" property: its value as it came (as JsonElement.WriteTo writes it),
    /// or null when the record has none.</summary>
    public void WriteId(Utf8JsonWriter writer) => WriteId(writer, _root == JsonTokenType.StartObject ? Slice(_id) : default, _id);

    /// <summary>Writes the "id" of a line that is not valid JSON: its id when the line is an object whose
    /// "id" was read whole before the error (a record cut short, or with junk after it, still says which
    /// record it was), otherwise null.</summary>
    public static void WriteIdBeforeError(Utf8JsonWriter writer, ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        RawValue id = default;
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("id"u8))
                    {
                        reader.Read();
                        var type = reader.TokenType;
                        var start = (int)reader.TokenStartIndex;
                        var escaped = type == JsonTokenType.String && reader.ValueIsEscaped;
                        reader.Skip();
                        id = new RawValue(type, start, (int)reader.BytesConsumed - start, escaped);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // The error the record is refused for: the id read before it stands.
        }

        WriteId(writer, id.Type == JsonTokenType.None ? default : line.Slice(id.Start, id.Length), id);
    }

    private static void WriteId(Utf8JsonWriter writer, ReadOnlySpan<byte> raw, RawValue id)
    {
        writer.WritePropertyName("id"u8);
        switch (raw.IsEmpty ? JsonTokenType.None : id.Type)
        {
            case JsonTokenType.None or JsonTokenType.Null:
                writer.WriteNullValue();
                break;
            case JsonTokenType.True or JsonTokenType.False:
                writer.WriteBooleanValue(id.Type == JsonTokenType.True);
                break;
            case JsonTokenType.Number:
                writer.WriteRawValue(raw, skipInputValidation: true); // the reader checked it; written as it came
                break;
            case JsonTokenType.String when !id.Escaped && Utf8.IsValid(raw):
                writer.WriteStringValue(raw[1..^1]);
                break;
            default:
                WriteThroughDocument(writer, raw);
                break;
        }
    }

    /// <summary>An object, an array or an escaped string: rare, so through a document, as JsonElement.WriteTo
    /// writes it (compact, escapes redone); as it came when it holds an unpaired surrogate escape, which a
    /// document cannot write, or bytes that are not UTF-8 (a Latin-1 byte), which it would make U+FFFD: the id
    /// is echoed, not repaired, so that it still matches its input record byte for byte.</summary>
    private static void WriteThroughDocument(Utf8JsonWriter writer, ReadOnlySpan<byte> raw)
    {
        if (!Utf8.IsValid(raw))
        {
            writer.WriteRawValue(raw, skipInputValidation: true); // the reader checked the rest
            return;
        }

        var compact = new ArrayBufferWriter<byte>(raw.Length);
        using (var document = JsonDocument.Parse(raw.ToArray()))
        using (var scratch = new Utf8JsonWriter(compact, JsonOutput.WriterOptions))
        {
            try
            {
                document.RootElement.WriteTo(scratch);
            }
            catch (InvalidOperationException)
            {
                writer.WriteRawValue(raw, skipInputValidation: true); // the reader checked it
                return;
            }
        }

        writer.WriteRawValue(compact.WrittenSpan, skipInputValidation: true);
    }

    private ReadOnlySpan<byte> Slice(RawValue value) => _line.Slice(value.Start, value.Length);

    /// <summary>A string token's value; an unpaired surrogate escape, which scraped text has and
    /// System.Text.Json refuses, is kept for the library to repair. Bytes that are not UTF-8 are read as
    /// a file's are (<see cref="TextDecoder.DecodeWithoutByteOrderMark"/>): a Latin-1 "caf\xE9" is "café",
    /// not "caf\uFFFD".</summary>
    private string DecodeString(RawValue value)
    {
        var body = _line.Slice(value.Start + 1, value.Length - 2);
        if (!_validUtf8 && !Utf8.IsValid(body))
        {
            // Escapes are ASCII, which every reading keeps: decode the bytes, then unescape.
            var decoded = TextDecoder.DecodeWithoutByteOrderMark(body);
            return value.Escaped ? JsonStrings.Unescape(Encoding.UTF8.GetBytes(decoded)) : decoded;
        }

        return value.Escaped
            ? JsonStrings.Unescape(body)
            : Encoding.UTF8.GetString(body); // nothing to unescape: one vectorized transcoding
    }

    /// <summary>A value's kind as JsonValueKind names it, for error messages.</summary>
    private static string KindName(JsonTokenType type) => type switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => "object",
    };

    private enum Field { None, Text, Id, ReferenceDate }

    /// <summary>Where a value is in the line: its first byte (a string's opening quote) and its length.</summary>
    internal readonly record struct RawValue(JsonTokenType Type, int Start, int Length, bool Escaped);
}
