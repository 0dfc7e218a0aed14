using System.Text;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>A JSON Lines run says on standard error which input lines failed and why, counting every line
/// (blank ones too) across batches, whether the input is read or mapped; the output keeps an error record
/// in each one's place.</summary>
public sealed class FailureReportTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"textclean-failures-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Failed_records_are_named_by_their_input_line()
    {
        var input = "{\"id\":1,\"text\":\"a\"}\n\n{\"id\":2,\"text\":\"cut\n{\"id\":3,\"text\":null}\r\n{\"id\":4}\n[5]\n{\"id\":6,\"text\":\"b\"}\n";

        var (output, report) = Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), "'in.jsonl'");

        Assert.Equal(6, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(
            [
                "textclean: 'in.jsonl', line 3: invalid JSON at byte 20: Expected end of string, but instead reached end of data.",
                "textclean: 'in.jsonl', line 4: \"text\" must be a string, not null",
                "textclean: 'in.jsonl', line 5: the record has no \"text\"",
                "textclean: 'in.jsonl', line 6: a record must be a JSON object, not array",
                "textclean: 'in.jsonl': 4 of 6 records failed; each has {\"id\", \"error\"} in its place in the output",
            ],
            report);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Line_numbers_hold_across_batches_and_only_the_first_failures_are_listed(bool mapped)
    {
        // Over a megabyte, so that a file is mapped and cut into several batches, with blank lines between.
        var text = new string('x', 400);
        var lines = new StringBuilder();
        var bad = new List<int>();
        for (var line = 1; line <= 4000; line++)
        {
            if (line % 500 == 0)
            {
                lines.Append("{oops\n");
                bad.Add(line);
            }
            else
            {
                lines.Append(line % 3 == 0 ? "\n" : $"{{\"id\":{line},\"text\":\"{text}\"}}\n");
            }
        }

        File.WriteAllText(_path, lines.ToString());
        using var input = File.OpenRead(_path);

        var (_, report) = Run(input, "'big.jsonl'", mapped ? [] : ["--no-mmap"]);

        var records = Enumerable.Range(1, 4000).Count(line => line % 3 != 0 || line % 500 == 0);
        Assert.Equal(
            [
                .. bad.Select(line => $"textclean: 'big.jsonl', line {line}: invalid JSON at byte 2: 'o' is an invalid start of a property name. Expected a '\"'."),
                $"textclean: 'big.jsonl': {bad.Count} of {records} records failed; each has {{\"id\", \"error\"}} in its place in the output",
            ],
            report);

        File.WriteAllText(_path, string.Concat(Enumerable.Repeat("[1]\n", 25)));
        using var manyBad = File.OpenRead(_path);
        var (_, many) = Run(manyBad, "'bad.jsonl'", mapped ? [] : ["--no-mmap"]);
        Assert.Equal(11, many.Length);
        Assert.Equal("textclean: 'bad.jsonl', line 10: a record must be a JSON object, not array", many[9]);
        Assert.Equal("textclean: 'bad.jsonl': 25 of 25 records failed (the first 10 above); each has {\"id\", \"error\"} in its place in the output", many[10]);
    }

    private static (string Output, string[] Report) Run(Stream input, string source, params string[] more)
    {
        var options = CliOptions.Parse(["fix", "--jsonl", "--threads", "2", .. more]);
        using var output = new MemoryStream();
        var report = new StringWriter { NewLine = "\n" };
        new JsonlRunner(options, new RecordProcessor(options), failures: report).Run(input, output, source);
        return (Encoding.UTF8.GetString(output.ToArray()), report.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
