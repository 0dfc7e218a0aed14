using System.Text;
using System.Text.Json;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>Unescaping a JSON string's body must give what System.Text.Json reads from it (lone surrogates
/// aside, which only this reader keeps), wherever the escapes and the non-ASCII fall against its vectors.</summary>
public class JsonStringsTests
{
    private static readonly string[] Pieces =
        ["a", "Z", " ", ".", "7", "\n", "\r\n", "\t", "\"", "\\", "/", "é", "“", "—", "😀", "\u0001", "ÿ", "Ж", "\u00a0"];

    [Fact]
    public void Unescapes_what_the_writer_escaped_at_every_position()
    {
        var random = new Random(20261123);
        for (var n = 0; n < 3000; n++)
        {
            var value = new StringBuilder();
            var plainRun = random.Next(0, 70); // long ASCII runs, so that escapes land at every offset in a vector
            value.Append('x', plainRun);
            for (var k = random.Next(0, 12); k > 0; k--)
            {
                value.Append(Pieces[random.Next(Pieces.Length)]).Append('y', random.Next(0, 40));
            }

            var text = value.ToString();
            foreach (var body in new[] { Body(JsonSerializer.Serialize(text)), Body(JsonSerializer.Serialize(text, Unescaped)) })
            {
                var output = new char[body.Length];
                var written = JsonStrings.UnescapeInto(body, output);
                Assert.Equal(text, new string(output, 0, written));
                Assert.Equal(text, JsonStrings.Unescape(body));
            }
        }
    }

    [Fact]
    public void Keeps_a_lone_surrogate_escape_and_replaces_invalid_UTF8()
    {
        var body = Encoding.ASCII.GetBytes(new string('a', 40) + "\\ud800" + new string('b', 20));
        Assert.Equal(new string('a', 40) + "\ud800" + new string('b', 20), JsonStrings.Unescape(body));

        byte[] invalid = [.. Encoding.ASCII.GetBytes(new string('a', 33)), 0xC3, .. "\\n"u8, 0xFF, (byte)'z'];
        Assert.Equal(new string('a', 33) + "\uFFFD\n\uFFFDz", JsonStrings.Unescape(invalid));
    }

    [Fact]
    public void Refuses_an_output_shorter_than_the_body()
    {
        Assert.Throws<ArgumentException>(() => JsonStrings.UnescapeInto("abc"u8, new char[2]));
    }

    // Writes non-ASCII as UTF-8 instead of \u escapes, as most producers of JSON Lines do.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static byte[] Body(string json) => Encoding.UTF8.GetBytes(json[1..^1]);
}
