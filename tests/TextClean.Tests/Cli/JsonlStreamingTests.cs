using System.Collections.Concurrent;
using System.Text;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>The JSON Lines runner as a stream processor: output while input is still coming, in order,
/// and a clean stop when either side fails.</summary>
public class JsonlStreamingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static JsonlRunner Runner(params string[] args)
    {
        var options = CliOptions.Parse(["fix", "--jsonl", .. args]);
        return new JsonlRunner(options, new RecordProcessor(options));
    }

    [Fact]
    public async Task A_record_is_answered_before_the_next_line_arrives()
    {
        using var input = new PipeInput();
        using var output = new WatchedOutput();
        var run = Task.Run(() => Runner("--threads", "2").Run(input, output));

        input.Send("{\"id\":1,\"text\":\"first\"}\n");
        Assert.True(output.WaitFor("\"id\":1", Patience), "the first record was not written while the input stayed open");

        input.Send("{\"id\":2,\"text\":\"second\"}\n");
        input.End();
        Assert.Equal(0, await run.WaitAsync(Patience));
        Assert.Equal("{\"id\":1,\"text\":\"first\"}\n{\"id\":2,\"text\":\"second\"}\n", output.Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Records_of_very_different_sizes_come_out_in_input_order(int threads)
    {
        var input = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            // Every 100th record is large, so workers finish batches out of order.
            var text = i % 100 == 0 ? new string('x', 300_000) : "t" + i;
            input.Append("{\"id\":").Append(i).Append(",\"text\":\"").Append(text).Append("\"}\n");
        }

        using var output = new MemoryStream();
        var failed = Runner("--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Run(new MemoryStream(Encoding.UTF8.GetBytes(input.ToString())), output);

        Assert.Equal(0, failed);
        var ids = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("id").GetInt32());
        Assert.Equal(Enumerable.Range(0, 2000), ids);
    }

    [Fact]
    public async Task A_failing_output_stops_the_run_with_an_output_error()
    {
        var input = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            input.Append("{\"id\":").Append(i).Append(",\"text\":\"t\"}\n");
        }

        var run = Task.Run(() => Runner("--threads", "2").Run(new MemoryStream(Encoding.UTF8.GetBytes(input.ToString())), new BrokenOutput()));

        var error = await Assert.ThrowsAsync<OutputException>(() => run.WaitAsync(Patience));
        Assert.Equal("Broken pipe", error.Message);
    }

    [Fact]
    public void A_read_error_comes_after_every_record_read_before_it_is_written()
    {
        var lines = "{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}\n"u8.ToArray();
        using var output = new MemoryStream();

        var error = Assert.Throws<IOException>(() => Runner().Run(new FailingInput(lines), output));

        Assert.Equal("disk gone", error.Message);
        Assert.Equal("{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Theory]
    [InlineData(new string[] { "fix" }, false)]
    [InlineData(new[] { "fix", "--progress" }, true)]
    [InlineData(new[] { "fix", "--jsonl", "--progress", "--threads", "2" }, true)]
    public void Progress_is_an_option(string[] args, bool expected)
    {
        Assert.Equal(expected, CliOptions.Parse(args).Progress);
    }

    [Fact]
    public void Progress_reports_megabytes_and_rate_when_it_stops()
    {
        using var error = new StringWriter();
        using (var meter = new ProgressMeter(error, inPlace: false))
        {
            meter.Add(2_500_000);
        }

        Assert.Matches(@"^textclean: 2\.5 MB in \d+\.\d s, \d+\.\d MB/s on average\r?\n$", error.ToString());
    }

    /// <summary>An input that gives what was sent and waits for more until it is ended, like a pipe.</summary>
    private sealed class PipeInput : Stream
    {
        private readonly BlockingCollection<byte[]> _chunks = [];
        private byte[] _current = [];
        private int _offset;

        public void Send(string text) => _chunks.Add(Encoding.UTF8.GetBytes(text));

        public void End() => _chunks.CompleteAdding();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _current.Length)
            {
                if (!_chunks.TryTake(out var next, Timeout.Infinite))
                {
                    return 0;
                }

                (_current, _offset) = (next, 0);
            }

            var n = Math.Min(count, _current.Length - _offset);
            _current.AsSpan(_offset, n).CopyTo(buffer.AsSpan(offset));
            _offset += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            _chunks.Dispose();
            base.Dispose(disposing);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>An output whose flushed text can be waited for.</summary>
    private sealed class WatchedOutput : MemoryStream
    {
        private readonly Lock _gate = new();

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return Encoding.UTF8.GetString(ToArray());
                }
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (_gate)
            {
                base.Write(buffer, offset, count);
            }
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (_gate)
            {
                base.Write(buffer);
            }
        }

        public bool WaitFor(string text, TimeSpan timeout)
        {
            return SpinWait.SpinUntil(() => Text.Contains(text, StringComparison.Ordinal), timeout);
        }
    }

    private sealed class BrokenOutput : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Broken pipe");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("Broken pipe");
    }

    /// <summary>Gives its bytes, then fails as a vanished disk does.</summary>
    private sealed class FailingInput(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            return n > 0 ? n : throw new IOException("disk gone");
        }
    }
}
