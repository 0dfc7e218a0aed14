using System.Text;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>JSON Lines bytes as corpora have them: a text field with Latin-1 bytes is read as a file with
/// them is (Windows-1252 when stray bytes far outnumber the UTF-8, else each byte outside UTF-8), not turned
/// into U+FFFD; an id with such bytes is
/// echoed byte for byte, so that it still matches its input record; a byte-order mark at the start of a line
/// (files joined with cat) is no part of the record. In the rows, ¤ stands for the single byte 0xE9 (Latin-1
/// é, no UTF-8) and ^ for a UTF-8 byte-order mark.</summary>
public class InputBytesTests
{
    [Theory]
    [InlineData("""{"id":1,"text":"caf¤ au lait"}""", """{"id":1,"text":"café au lait"}""")]
    [InlineData("""{"id":2,"text":"caf¤\nnext"}""", """{"id":2,"text":"café\nnext"}""")]
    [InlineData("""{"id":3,"text":"naïve caf¤"}""", """{"id":3,"text":"naïve café"}""")] // UTF-8 and Latin-1 mixed
    [InlineData("""{"id":5,"text":"“quoted” caf¤ ¤t¤"}""", """{"id":5,"text":"“quoted” café été"}""")] // more Latin-1 than UTF-8
    [InlineData("""{"id":"caf¤","text":"x"}""", """{"id":"caf¤","text":"x"}""")]
    [InlineData("""{"id":["caf¤\t",1],"text":"x"}""", """{"id":["caf¤\t",1],"text":"x"}""")]
    [InlineData("""{"id":"caf¤","text":null}""", """{"id":"caf¤","error":"\"text\" must be a string, not null"}""")]
    [InlineData("""^{"id":4,"text":"x"}""", """{"id":4,"text":"x"}""")]
    public void A_line_of_these_bytes_gives_this_output(string line, string expected)
    {
        var options = CliOptions.Parse(["fix", "--jsonl"]);
        using var output = new MemoryStream();
        // After a first record, so that a byte-order mark is not the input's own, which the reader drops.
        var input = new MemoryStream([.. "{\"id\":0,\"text\":\"\"}\n"u8, .. Bytes(line), (byte)'\n']);
        new JsonlRunner(options, new RecordProcessor(options)).Run(input, output);

        var written = output.ToArray();
        var second = written.AsSpan(written.AsSpan().IndexOf((byte)'\n') + 1).TrimEnd((byte)'\n');
        Assert.Equal(Convert.ToHexString(Bytes(expected)), Convert.ToHexString(second));
    }

    private static byte[] Bytes(string row) =>
        [.. row.Replace("^", "\uFEFF", StringComparison.Ordinal).Split('¤')
            .SelectMany((part, i) => i == 0 ? Encoding.UTF8.GetBytes(part) : [0xE9, .. Encoding.UTF8.GetBytes(part)])];
}
