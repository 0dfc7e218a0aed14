using System.Text;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>A line that is not valid JSON still says which record it was, when its id came whole
/// before the error, and where on the line the error is.</summary>
public class ErrorRecordTests
{
    private static string RunLine(string line)
    {
        var options = CliOptions.Parse(["fix", "--jsonl"]);
        using var output = new MemoryStream();
        new JsonlRunner(options, new RecordProcessor(options)).Run(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n")), output);
        return Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n');
    }

    [Theory]
    [InlineData("""{"id":7,"text":"cut sho""", """{"id":7,"error":"invalid JSON at byte 24: Expected end of string, but instead reached end of data."}""")]
    [InlineData("""{"id":"doc-7","text":"x",}""", """{"id":"doc-7","error":"invalid JSON at byte 26: The JSON object contains a trailing comma at the end which is not supported in this mode."}""")]
    [InlineData("""{"meta":1,"id":{"n": [1]},"text":"x"}}""", """{"id":{"n":[1]},"error":"invalid JSON at byte 38: '}' is invalid after a single JSON value. Expected end of data."}""")]
    [InlineData("""{"text":"x","id":9,""", """{"id":9,"error":"invalid JSON at byte 19: Expected start of a property name or value, but instead reached end of data."}""")]
    [InlineData("""{"text":"x","id":9""", """{"id":null,"error":"invalid JSON at byte 19: '9' is an invalid end of a number. Expected a delimiter."}""")] // a number cut short is no id
    [InlineData("""{"id":[1,""", """{"id":null,"error":"invalid JSON at byte 9: Expected start of a property name or value, but instead reached end of data."}""")]
    [InlineData("""{"text":"x" "id":3}""", """{"id":null,"error":"invalid JSON at byte 13: '\"' is invalid after a value. Expected either ',', '}', or ']'."}""")]
    [InlineData("""[{"id":1}""", """{"id":null,"error":"invalid JSON at byte 10: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed."}""")]
    [InlineData("""oops""", """{"id":null,"error":"invalid JSON at byte 1: 'o' is an invalid start of a value."}""")]
    public void A_broken_line_keeps_the_id_read_before_the_error(string line, string expected)
    {
        Assert.Equal(expected, RunLine(line));
    }
}
