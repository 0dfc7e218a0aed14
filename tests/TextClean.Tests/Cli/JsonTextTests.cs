using System.Buffers;
using System.Text;
using System.Text.Json;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>JsonText writes long text values byte for byte as Utf8JsonWriter does with the CLI's encoder.</summary>
public class JsonTextTests
{
    private static string ByWriter(string value, bool bulk)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions))
        {
            writer.WriteStartObject();
            if (bulk)
            {
                JsonText.WriteString(writer, "text"u8, value);
            }
            else
            {
                writer.WriteString("text"u8, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("“Curly quotes” and dashes — and an apostrophe’s place, then a line feed\nand a tab\tand \"quotes\" and \\ backslash\r\n")]
    [InlineData("Café, naïve, Москва, Ελλάδα, 東京, ①, ﬁ, \u00A0no-break, \u2028line separator, \u200Bzero width, \u00ADsoft hyphen")]
    [InlineData("A control \u0001 and an emoji \uD83D\uDE00 go to the writer, and so does \u007F, all in one text of some length")]
    public void Writes_what_the_writer_writes(string text)
    {
        var value = text.Length >= 64 ? text : text + new string('x', 64);
        Assert.Equal(ByWriter(value, bulk: false), ByWriter(value, bulk: true));
    }

    [Fact]
    public void Agrees_with_the_writer_on_every_BMP_character()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var value = new string('a', 40) + (char)c + new string('b', 40);
            Assert.Equal(ByWriter(value, bulk: false), ByWriter(value, bulk: true));
        }
    }

    [Fact]
    public void Agrees_with_the_writer_on_random_text()
    {
        const string common = "ab \n\t\r\"\\’“”—éЖ東";
        const string rare = "\u2028\u0001\u007F\uFEFF\u00A0"; // escaped by the encoder: the writer takes over
        var random = new Random(3);
        var inBulk = 0;
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(64, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(1000) == 0 ? rare[random.Next(rare.Length)] : common[random.Next(common.Length)];
            }

            var value = new string(chars);
            Assert.Equal(ByWriter(value, bulk: false), ByWriter(value, bulk: true));
            inBulk += JsonText.TryEncode(value, new byte[(value.Length * 3) + 2], out _) ? 1 : 0;
        }

        Assert.True(inBulk > 2000, $"only {inBulk} of 3000 texts took the bulk path");
    }

    [Fact]
    public void Appends_a_short_value_as_the_writer_writes_it_or_leaves_it_to_the_writer()
    {
        for (var c = 0; c <= 0x2030; c++)
        {
            var value = "Sept. 1" + (char)c + "5";
            var byWriter = Encoding.UTF8.GetString(JsonEncodedText.Encode(value, JsonOutput.Encoder).EncodedUtf8Bytes);
            var output = new byte[64];
            var written = 3;
            if (JsonText.TryAppendPlainAscii(value, output, ref written))
            {
                Assert.Equal("\"" + byWriter + "\"", Encoding.UTF8.GetString(output, 3, written - 3));
            }
            else
            {
                Assert.Equal(3, written);
                Assert.True(c is < 0x20 or >= 0x7F or '"' or '\\', $"U+{c:X4} went to the writer");
            }
        }

        // Every length round the eight-character steps, with a character to refuse at every place.
        for (var length = 1; length <= 20; length++)
        {
            var plain = new string('7', length);
            var written = 0;
            var output = new byte[length + 2];
            Assert.True(JsonText.TryAppendPlainAscii(plain, output, ref written));
            Assert.Equal("\"" + plain + "\"", Encoding.UTF8.GetString(output));
            foreach (var refused in "\"\\\n\u007F\u00E9")
            {
                for (var at = 0; at < length; at++)
                {
                    var none = 0;
                    Assert.False(JsonText.TryAppendPlainAscii(plain[..at] + refused + plain[(at + 1)..], new byte[64], ref none));
                    Assert.Equal(0, none);
                }
            }
        }

        var full = 0;
        Assert.False(JsonText.TryAppendPlainAscii("too long for the space", new byte[10], ref full));
        Assert.Equal(0, full);
    }
}
