using System.Text;
using System.Text.Json;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>--explain in JSON Lines: a change's original text is what the input had, an unpaired
/// surrogate included (as the escape it arrived as, not the writer's U+FFFD).</summary>
public class ExplainOutputTests
{
    [Theory]
    [InlineData("""x\ud800y""", """\uD800""")]
    [InlineData("""\udc00 \ud83d\ude00""", """\uDC00""")]
    [InlineData("""caf\u00e9 \ud83d\ude00\udfff""", """\uDFFF""")]
    public void A_lone_surrogate_removed_is_shown_as_its_escape(string escapedText, string expectedOriginal)
    {
        var options = CliOptions.Parse(["fix", "--jsonl", "--explain"]);
        using var output = new MemoryStream();
        new JsonlRunner(options, new RecordProcessor(options))
            .Run(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"id\":1,\"text\":\"{escapedText}\"}}\n")), output);

        var line = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains($"\"original\":\"{expectedOriginal}\"", line, StringComparison.Ordinal);
        Assert.Equal("\uFFFD", JsonDocument.Parse(line).RootElement.GetProperty("changes")[0].GetProperty("replacement").GetString());
    }

    [Theory]
    [InlineData("plain", null)]
    [InlineData("\\ud83d\\ude00", null)]
    [InlineData("a\\ud800", "\"a\\uD800\"")]
    [InlineData("\\u00e9\"\\udc00\\n", "\"é\\\"\\uDC00\\n\"")]
    public void Quoting_keeps_lone_surrogates_and_escapes_the_rest_as_the_writer_does(string escaped, string? expected)
    {
        var value = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var quoted = JsonText.QuoteKeepingLoneSurrogates(value);
        Assert.Equal(expected, quoted is null ? null : Encoding.UTF8.GetString(quoted));
    }
}
