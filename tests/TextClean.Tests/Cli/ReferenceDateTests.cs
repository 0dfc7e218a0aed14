using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>--reference-date and a record's reference_date: a date, a time, and the ISO 8601 timestamps
/// pipelines carry (a fraction of a second, a time zone, which is dropped: the date as written stays).</summary>
public class ReferenceDateTests
{
    [Theory]
    [InlineData("2023-09-12", "2023-09-12")]
    [InlineData("2023-09-12T08:15", "2023-09-12T08:15")]
    [InlineData("2023-09-12T08:15:30", "2023-09-12T08:15:30")]
    [InlineData("2023-09-12 08:15", "2023-09-12T08:15")]
    [InlineData("2023-09-12T08:15:30Z", "2023-09-12T08:15:30")]
    [InlineData("2023-09-12T08:15Z", "2023-09-12T08:15")]
    [InlineData("2023-09-12T23:30:00-05:00", "2023-09-12T23:30")]
    [InlineData("2023-09-12T08:15:30+0200", "2023-09-12T08:15:30")]
    [InlineData("2023-09-12T08:15+02", "2023-09-12T08:15")]
    [InlineData("2023-09-12T08:15:30.123Z", "2023-09-12T08:15:30")]
    [InlineData("2023-09-12T08:15:30.123456+00:00", "2023-09-12T08:15:30")]
    [InlineData("2023-09-12T08:15:30,5", "2023-09-12T08:15:30")]
    [InlineData("", null)]
    [InlineData("2023-02-30", null)]
    [InlineData("2023-9-12", null)]
    [InlineData("2023-09-12Z", null)]
    [InlineData("2023-09-12T08:15+24:00", null)]
    [InlineData("2023-09-12T08:15+5", null)]
    [InlineData("2023-09-12T08:15:30.", null)]
    [InlineData("2023-09-12T08:15.5", null)]
    [InlineData("2023-09-12T08:15:30Zulu", null)]
    [InlineData("2023-09-12T25:00Z", null)]
    public void Reads_dates_times_and_timestamps(string value, string? expected)
    {
        Assert.Equal(expected, CliOptions.ParseReferenceDate(value)?.ToString());
    }

    [Fact]
    public void A_record_with_a_timestamp_reference_date_is_answered_not_refused()
    {
        var options = CliOptions.Parse(["dates", "--jsonl"]);
        var runner = new JsonlRunner(options, new RecordProcessor(options));
        using var output = new MemoryStream();

        runner.Run(new MemoryStream("{\"id\":1,\"text\":\"He left yesterday.\",\"reference_date\":\"2023-09-12T08:15:30.123Z\"}\n"u8.ToArray()), output);

        Assert.Contains("\"value\":\"2023-09-11\"", System.Text.Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_takes_a_timestamp_too()
    {
        Assert.Equal("2023-09-12T23:30", CliOptions.Parse(["dates", "--reference-date", "2023-09-12T23:30:00-05:00"]).ReferenceDate?.ToString());
    }
}
