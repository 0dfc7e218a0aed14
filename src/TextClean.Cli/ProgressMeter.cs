using System.Diagnostics;
using System.Globalization;

namespace TextClean.Cli;

/// <summary>
/// <c>--progress</c>: input processed so far and its rate in MB/s (10^6 bytes) on stderr, once a second
/// and once more at the end. On a terminal the line is rewritten in place; redirected, each report is
/// its own line. Thread-safe.
/// </summary>
internal sealed class ProgressMeter : IDisposable
{
    private readonly TextWriter _output;
    private readonly bool _inPlace;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _writing = new();
    private long _bytes;
    private long _lastBytes;
    private TimeSpan _lastTime;
    private bool _disposed;

    public ProgressMeter(TextWriter output, bool inPlace)
    {
        _output = output;
        _inPlace = inPlace;
        _timer = new Timer(_ => Report(final: false), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Counts <paramref name="bytes"/> more of input as processed.</summary>
    public void Add(long bytes) => Interlocked.Add(ref _bytes, bytes);

    /// <summary>Stops the meter and writes the final figures: total and average rate.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        Report(final: true);
    }

    private void Report(bool final)
    {
        lock (_writing)
        {
            if (_disposed)
            {
                return;
            }

            var bytes = Interlocked.Read(ref _bytes);
            var now = _clock.Elapsed;
            // While running, the rate of the last interval; at the end, the average of the whole run.
            var rate = final
                ? bytes / Math.Max(now.TotalSeconds, 1e-9)
                : (bytes - _lastBytes) / Math.Max((now - _lastTime).TotalSeconds, 1e-9);
            _lastBytes = bytes;
            _lastTime = now;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"textclean: {bytes / 1e6:F1} MB in {now.TotalSeconds:F1} s, {rate / 1e6:F1} MB/s{(final ? " on average" : "")}");
            if (_inPlace)
            {
                _output.Write($"\r{line}\u001b[K{(final ? "\n" : "")}");
            }
            else
            {
                _output.WriteLine(line);
            }

            _output.Flush();
            _disposed = final;
        }
    }
}
