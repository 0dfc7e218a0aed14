using System.Text;
using System.Text.Json;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>The fast scanner of flat records must agree with Utf8JsonReader on every line it takes, and
/// leave every line it cannot vouch for to the reader.</summary>
public class FlatRecordScannerTests
{
    [Theory]
    [InlineData("""{"id":1,"text":"a"}""")]
    [InlineData("""  { "id" : -0.5e+3 , "text" : "a\nb\"c\\d\/e\u00e9\ud800" , "reference_date" : "2023-09-01" }  """)]
    [InlineData("""{"text":"café “x”","id":"doc","extra":null,"flag":true,"other":false}""")]
    [InlineData("""{}""")]
    [InlineData("""{"id":1,"text":"first","text":"second"}""")]
    [InlineData("""{"id":0,"text":""}""")]
    public void Takes_flat_objects(string line)
    {
        Assert.True(FlatRecordScanner.TryScan(Encoding.UTF8.GetBytes(line), out _, out _, out _));
        Assert.Equal(Describe(line, fast: false), Describe(line, fast: true));
    }

    [Theory]
    [InlineData("""{"id":{"a":1},"text":"a"}""")] // nested: the reader's
    [InlineData("""{"id":[1],"text":"a"}""")]
    [InlineData("""{"te\u0078t":"a"}""")] // escaped name
    [InlineData("""[1]""")]
    [InlineData("""{"id":01,"text":"a"}""")]
    [InlineData("""{"id":1.,"text":"a"}""")]
    [InlineData("""{"id":-,"text":"a"}""")]
    [InlineData("""{"id":1e,"text":"a"}""")]
    [InlineData("""{"id":tru,"text":"a"}""")]
    [InlineData("""{"id":truex,"text":"a"}""")]
    [InlineData("""{"id":1,"text":"a",}""")]
    [InlineData("""{"id":1,"text":"a"} x""")]
    [InlineData("""{"id":1,"text":"a\x"}""")]
    [InlineData("""{"id":1,"text":"a\u12G4"}""")]
    [InlineData("""{"id":1,"text":"a\u12"}""")]
    [InlineData("""{"id":1,"text":"a""")]
    [InlineData("""{"id":1 "text":"a"}""")]
    [InlineData("""{"id":1,"text":"a"}}""")]
    [InlineData("""{"id" 1}""")]
    [InlineData("""{'id':1}""")]
    public void Leaves_everything_else_to_the_reader(string line)
    {
        Assert.False(FlatRecordScanner.TryScan(Encoding.UTF8.GetBytes(line), out _, out _, out _));
    }

    [Fact]
    public void Leaves_control_bytes_and_invalid_UTF8_to_the_reader()
    {
        Assert.False(FlatRecordScanner.TryScan("{\"text\":\"a\tb\"}"u8, out _, out _, out _));
        Assert.False(FlatRecordScanner.TryScan([.. "{\"text\":\"a"u8, 0xC3, .. "\"}"u8], out _, out _, out _));
        Assert.False(FlatRecordScanner.TryScan([.. "{\"text\":\"a\\n"u8, 0xFF, .. "\"}"u8], out _, out _, out _));
    }

    /// <summary>Random damage to good records: whatever the scanner takes, the reader takes too, and both read the same fields.</summary>
    [Fact]
    public void Agrees_with_the_reader_on_damaged_records()
    {
        var random = new Random(20231122);
        byte[] significant = "{}[]\",:\\ -+.0123456789eEtrufalsn/u\t\r\n"u8.ToArray();
        string[] good =
        [
            """{"id":12,"text":"Line one.\nLine \"two\" café","reference_date":"2023-09-12"}""",
            """{ "text" : "a\u00e9\ud83d\ude00" , "id" : -1.5E-2 , "x" : null , "y" : true }""",
            """{"id":"k","text":"\\ \/ \b \f \r \t"}""",
        ];
        var taken = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var bytes = new List<byte>(Encoding.UTF8.GetBytes(good[n % good.Length]));
            for (var edits = random.Next(1, 3); edits > 0; edits--)
            {
                var at = random.Next(bytes.Count + 1);
                var b = random.Next(8) == 0 ? (byte)random.Next(256) : significant[random.Next(significant.Length)];
                switch (random.Next(3))
                {
                    case 0: bytes.Insert(at, b); break;
                    case 1 when at < bytes.Count: bytes.RemoveAt(at); break;
                    default: if (at < bytes.Count) { bytes[at] = b; } break;
                }
            }

            var line = bytes.ToArray();
            if (!FlatRecordScanner.TryScan(line, out _, out _, out _))
            {
                continue;
            }

            taken++;
            Assert.Equal(Describe(line, fast: false), Describe(line, fast: true));
        }

        Assert.True(taken > 1000, $"only {taken} damaged records were still flat objects");
    }

    /// <summary>The string search goes a vector (32 or 16 bytes) at a time and then byte by byte: a quote, an
    /// escape or a control byte at any distance from the opening quote must be found where it is.</summary>
    [Fact]
    public void Finds_the_end_of_a_string_and_its_escapes_at_every_distance()
    {
        for (var length = 0; length <= 80; length++)
        {
            var plain = new string('x', length);
            foreach (var line in new[]
                     {
                         $$"""{"id":1,"text":"{{plain}}"}""",
                         $$"""{"id":1,"text":"{{plain}}\n{{plain}}"}""",
                         $$"""{"id":1,"text":"{{plain}}\"{{plain}}\\"}""",
                         $$"""{"id":1,"text":"{{plain}}é\u00e9{{plain}}"}""",
                     })
            {
                Assert.True(FlatRecordScanner.TryScan(Encoding.UTF8.GetBytes(line), out _, out _, out _), line);
                Assert.Equal(Describe(line, fast: false), Describe(line, fast: true));
            }

            // an unescaped control byte or a missing closing quote, however far in, is the reader's to refuse
            Assert.False(FlatRecordScanner.TryScan(Encoding.UTF8.GetBytes($$"""{"id":1,"text":"{{plain}}{{'\t'}}x"}"""), out _, out _, out _));
            Assert.False(FlatRecordScanner.TryScan(Encoding.UTF8.GetBytes($$"""{"id":1,"text":"{{plain}}"""), out _, out _, out _));
        }
    }

    private static string Describe(string line, bool fast) => Describe(Encoding.UTF8.GetBytes(line), fast);

    /// <summary>What a record reads as: its id as written back, then its fields or the error they give.</summary>
    private static string Describe(byte[] line, bool fast)
    {
        JsonlRecord record;
        try
        {
            record = fast ? JsonlRecord.Read(line) : JsonlRecord.ReadAny(line);
        }
        catch (JsonException e)
        {
            return $"invalid: {e.Message}";
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            record.WriteId(writer);
            writer.WriteEndObject();
        }

        string fields;
        try
        {
            var (text, reference) = record.Fields();
            fields = $"text {JsonSerializer.Serialize(text)} reference {reference}";
        }
        catch (RecordException e)
        {
            fields = $"error {e.Message}";
        }

        return $"{Encoding.UTF8.GetString(buffer.ToArray())} {fields}";
    }
}
