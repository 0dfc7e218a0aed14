using System.Text;
using System.Text.Json;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

public class JsonlTests
{
    private static List<JsonElement> Run(string input, params string[] args)
    {
        var options = CliOptions.Parse(["fix", "--jsonl", .. args]);
        var runner = new JsonlRunner(options, new RecordProcessor(options));
        using var output = new MemoryStream();
        runner.Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), output);
        return Encoding.UTF8.GetString(output.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
    }

    [Fact]
    public void Every_record_is_answered_once_in_order_and_a_bad_line_gets_an_error_record()
    {
        var records = Run("{\"id\":1,\"text\":\"a\"}\n{oops\n{\"id\":\"z\",\"text\":\"b\"}\r\n[2]\n{\"id\":3}\n");
        Assert.Equal(5, records.Count);
        Assert.Equal(1, records[0].GetProperty("id").GetInt32());
        Assert.True(records[1].TryGetProperty("error", out _));
        Assert.Equal("z", records[2].GetProperty("id").GetString());
        Assert.Equal("b", records[2].GetProperty("text").GetString());
        Assert.True(records[3].TryGetProperty("error", out _));
        Assert.Equal(3, records[4].GetProperty("id").GetInt32());
        Assert.Contains("text", records[4].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static string RunLine(string line)
    {
        var options = CliOptions.Parse(["fix", "--jsonl"]);
        var runner = new JsonlRunner(options, new RecordProcessor(options));
        using var output = new MemoryStream();
        runner.Run(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n")), output);
        return Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n');
    }

    /// <summary>Records read field by field from the line: ids of every kind come back as they were (a
    /// container compactly, as a document writes it), a field given twice counts the last time, names may
    /// be escaped, and other fields, however nested, are ignored.</summary>
    [Theory]
    [InlineData("""{"id":1.50e3,"text":"a"}""", """{"id":1.50e3,"text":"a"}""")]
    [InlineData("""{"id":-0.0,"text":"a"}""", """{"id":-0.0,"text":"a"}""")]
    [InlineData("""{"id":"doc-7","text":"a"}""", """{"id":"doc-7","text":"a"}""")]
    [InlineData("""{"id":"caf\u00e9","text":"a"}""", """{"id":"café","text":"a"}""")]
    [InlineData("""{"id":"\u00e9\ud800","text":"a"}""", """{"id":"\u00e9\ud800","text":"a"}""")]
    [InlineData("""{"id":["\ud800", 1],"text":"a"}""", """{"id":["\ud800", 1],"text":"a"}""")]
    [InlineData("""{"id":{"doc": [1, true, null]},"text":"a"}""", """{"id":{"doc":[1,true,null]},"text":"a"}""")]
    [InlineData("""{"id":false,"text":"a"}""", """{"id":false,"text":"a"}""")]
    [InlineData("""{"text":"a"}""", """{"id":null,"text":"a"}""")]
    [InlineData("""{"id":1,"text":"first","text":"second"}""", """{"id":1,"text":"second"}""")]
    [InlineData("""{"te\u0078t":"a","\u0069d":2}""", """{"id":2,"text":"a"}""")]
    [InlineData("""{"id":3,"meta":{"text":5,"id":[{"text":1}]},"text":"a"}""", """{"id":3,"text":"a"}""")]
    [InlineData("""{"id":4,"text":"tab\tquote\"slash\/"}""", """{"id":4,"text":"tab quote\"slash/"}""")]
    [InlineData("""{"id":9,"text":"\ud83d\ude00 caf\u00e9 \u00C9t\u00e9 \\n"}""", """{"id":9,"text":"\uD83D\uDE00 café Été \\n"}""")]
    [InlineData("""{"id":5,"text":"a","reference_date":null}""", """{"id":5,"text":"a"}""")]
    [InlineData("""{"id":6,"text":5}""", """{"id":6,"error":"\"text\" must be a string, not number"}""")]
    [InlineData("""{"id":6,"text":null}""", """{"id":6,"error":"\"text\" must be a string, not null"}""")]
    [InlineData("""{"id":6,"text":{"body":"a"}}""", """{"id":6,"error":"\"text\" must be a string, not object"}""")]
    [InlineData("""{"id":6,"text":["a"]}""", """{"id":6,"error":"\"text\" must be a string, not array"}""")]
    [InlineData("""{"id":6,"body":"a"}""", """{"id":6,"error":"the record has no \"text\""}""")]
    [InlineData("""{"id":7,"text":"a","reference_date":{"y": 1}}""", """{"id":7,"error":"reference_date {\"y\": 1} is not \"YYYY-MM-DD\" or an ISO timestamp \"YYYY-MM-DDTHH:MM[:SS]\""}""")]
    [InlineData("""{"id":8,"text":"a"} x""", """{"id":8,"error":"invalid JSON at byte 21: 'x' is invalid after a single JSON value. Expected end of data."}""")]
    [InlineData("""[{"id":9,"text":"a"}]""", """{"id":null,"error":"a record must be a JSON object, not array"}""")]
    public void A_record_line_gives_this_output_line(string line, string expected)
    {
        Assert.Equal(expected, RunLine(line));
    }

    [Fact]
    public void Any_json_id_is_echoed_as_it_was()
    {
        var records = Run("{\"id\":{\"doc\":[1,2]},\"text\":\"x\"}\n");
        Assert.Equal("{\"doc\":[1,2]}", records[0].GetProperty("id").GetRawText());
    }

    [Fact]
    public void A_lone_surrogate_escape_is_read_and_repaired()
    {
        var records = Run("{\"id\":1,\"text\":\"a\\ud800b\"}\n");
        Assert.Equal("a\uFFFDb", records[0].GetProperty("text").GetString());
    }

    [Fact]
    public void A_bad_reference_date_is_an_error_record_not_a_crash()
    {
        var records = Run("{\"id\":1,\"text\":\"a\",\"reference_date\":\"yesterday\"}\n");
        Assert.Contains("reference_date", records[0].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_keeps_input_order_across_batches_and_threads()
    {
        var input = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            input.Append("{\"id\":").Append(i).Append(",\"text\":\"t").Append(i).Append("\"}\n");
        }

        var records = Run(input.ToString(), "--threads", "2");
        Assert.Equal(Enumerable.Range(0, 3000), records.Select(r => r.GetProperty("id").GetInt32()));
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("fix", "--quotes", "curly")]
    [InlineData("fix", "--whitespace")]
    [InlineData("fix", "--threads", "0")]
    [InlineData("fix", "--reference-date", "2023-02-30")]
    [InlineData("fix", "--what")]
    public void Bad_arguments_are_a_usage_error(params string[] args)
    {
        Assert.Throws<UsageException>(() => CliOptions.Parse(args));
    }
}
