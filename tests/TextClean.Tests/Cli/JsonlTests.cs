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
