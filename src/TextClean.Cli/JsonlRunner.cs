using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace TextClean.Cli;

/// <summary>
/// JSON Lines mode: one record in, one record out, in input order, with reading, processing and writing
/// overlapped. The calling thread cuts the input into batches of whole lines (copied from a stream, or
/// slices of a mapped file, see <see cref="MappedInput"/>); <see cref="CliOptions.Threads"/> workers
/// process batches as they come; a writer thread writes them back in input order. A fixed set of batches
/// circulates (reader → workers → writer → reader), so memory stays bounded however long the input is,
/// and a slow side holds the others back instead of piling up data. A bad line is answered with an error
/// record in its place and the rest go on.
/// <para>Per record, nothing is built but the strings the library takes and gives: the record is read
/// straight from its line's bytes (<see cref="JsonlRecord"/>) and each worker's one Utf8JsonWriter writes
/// the answer straight into its batch's pooled output. In a 100 MB native <c>fix</c> run of mixed records
/// on two threads, perf counted 97% of the CPU time on the workers, 2.7% on the reader (the process's start
/// included; 11% before input files were mapped) and 0.2% on the writer.</para>
/// </summary>
/// <param name="failures">Where failed records are reported by input line (standard error in the
/// command); null reports them only in the output.</param>
internal sealed class JsonlRunner(CliOptions options, RecordProcessor processor, ProgressMeter? progress = null, TextWriter? failures = null)
{
    /// <summary>A batch is dispatched at this many records or bytes (or sooner, when input is slow to come).</summary>
    private const int BatchRecords = 256;
    private const int BatchBytes = 1 << 20;

    /// <summary>Processes every line; returns the number of records that failed.</summary>
    /// <param name="source">The input as failure reports name it.</param>
    /// <exception cref="OutputException">Writing the output failed; the input was not read to its end.</exception>
    public int Run(Stream input, Stream output, string source = "standard input")
    {
        var workers = options.Threads;
        // Enough batches for every worker to have one in hand and one waiting, plus the reader's and the writer's.
        var batchCount = (2 * workers) + 2;
        using var free = new BlockingCollection<Batch>(new ConcurrentQueue<Batch>(Enumerable.Range(0, batchCount).Select(_ => new Batch())));
        using var work = new BlockingCollection<Batch>(new ConcurrentQueue<Batch>());
        using var inOrder = new BlockingCollection<Batch>(new ConcurrentQueue<Batch>());
        using var writeFailed = new CancellationTokenSource();

        var workerThreads = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            workerThreads[i] = new Thread(() => Work(work)) { IsBackground = true, Name = $"textclean worker {i}" };
            workerThreads[i].Start();
        }

        var report = failures is null ? null : new FailureReport(failures, source);
        var writer = new OrderedWriter(output, inOrder, free, progress, writeFailed, report);
        var writerThread = new Thread(writer.Run) { IsBackground = true, Name = "textclean writer" };
        writerThread.Start();

        ExceptionDispatchInfo? readError = null;
        using var mapped = options.MapFiles ? MappedInput.TryMap(input) : null;
        try
        {
            if (mapped is not null)
            {
                ReadMapped(mapped, free, work, inOrder, writeFailed.Token);
                input.Seek(mapped.Length, SeekOrigin.Current); // read, as the stream path leaves it
            }
            else
            {
                // Reads as large as a batch, so that a batch is rarely cut short by the end of the buffer.
                Read(new LineReader(input, BatchBytes), free, work, inOrder, writeFailed.Token);
            }
        }
        catch (OperationCanceledException) when (writeFailed.IsCancellationRequested)
        {
            // The writer failed: stop reading; its error is thrown below.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            readError = ExceptionDispatchInfo.Capture(e); // thrown once what was read has been written
        }
        finally
        {
            work.CompleteAdding();
            inOrder.CompleteAdding();

            // Whatever ended the reading, the batches handed out are finished before the input (a mapping
            // the workers read) is released.
            foreach (var thread in workerThreads)
            {
                thread.Join();
            }

            writerThread.Join();
        }
        foreach (var batch in free)
        {
            batch.Dispose();
        }

        if (writer.Error is { } writeError)
        {
            ExceptionDispatchInfo.Throw(writeError);
        }

        report?.Summarize();
        readError?.Throw();
        return writer.FailedRecords;
    }

    /// <summary>Reads lines into batches and hands each batch to the workers and, in order, to the writer.
    /// A batch goes as soon as it is full or the next line is not in memory yet, so records keep flowing
    /// when the input comes slowly (a pipe from another program).</summary>
    private static void Read(LineReader reader, BlockingCollection<Batch> free, BlockingCollection<Batch> work,
        BlockingCollection<Batch> inOrder, CancellationToken cancel)
    {
        Batch? batch = null;
        try
        {
            while (true)
            {
                if (batch is not null && (batch.IsFull(BatchRecords, BatchBytes) || !reader.HasBufferedLine))
                {
                    Dispatch(batch);
                    batch = null;
                }

                if (!reader.TryReadLine(out var line))
                {
                    break;
                }

                if (batch is null)
                {
                    cancel.ThrowIfCancellationRequested();
                    batch = free.Take(cancel);
                }

                batch.Add(line);
            }
        }
        finally
        {
            if (batch is not null)
            {
                Dispatch(batch); // what was read before an error is still answered
            }
        }

        void Dispatch(Batch ready)
        {
            inOrder.Add(ready);
            work.Add(ready);
        }
    }

    /// <summary>Cuts a mapped file into batches of whole lines, about <see cref="BatchBytes"/> each, without
    /// reading them: only the end of each batch is looked at, for its last line feed. The workers split the
    /// lines.</summary>
    private static void ReadMapped(MappedInput input, BlockingCollection<Batch> free, BlockingCollection<Batch> work,
        BlockingCollection<Batch> inOrder, CancellationToken cancel)
    {
        long position = input.Length >= 3 && input.Slice(0, 3).SequenceEqual(LineReader.ByteOrderMark) ? 3 : 0;
        while (position < input.Length)
        {
            cancel.ThrowIfCancellationRequested();
            var batch = free.Take(cancel);
            var length = WholeLinesLength(input, position);
            batch.SetMapped(input, position, length);
            inOrder.Add(batch);
            work.Add(batch);
            position += length;
        }
    }

    /// <summary>The length of the whole lines from <paramref name="position"/> that fit in a batch, or of
    /// the one line there when it is longer than a batch; the rest of the input when it fits.</summary>
    internal static int WholeLinesLength(MappedInput input, long position, int batchBytes = BatchBytes)
    {
        var left = input.Length - position;
        if (left <= batchBytes)
        {
            return (int)left;
        }

        var lastBreak = input.Slice(position, batchBytes).LastIndexOf((byte)'\n');
        if (lastBreak >= 0)
        {
            return lastBreak + 1;
        }

        // One line longer than a batch: it goes whole, up to its line feed or the end of the input.
        var end = position + batchBytes;
        while (end < input.Length)
        {
            var chunk = input.Slice(end, (int)Math.Min(batchBytes, input.Length - end));
            var lineBreak = chunk.IndexOf((byte)'\n');
            if (lineBreak >= 0)
            {
                end += lineBreak + 1;
                break;
            }

            end += chunk.Length;
        }

        return end - position <= Array.MaxLength
            ? (int)(end - position)
            : throw new IOException($"a line at byte {position} is longer than {Array.MaxLength} bytes");
    }

    private void Work(BlockingCollection<Batch> work)
    {
        // One writer per worker, pointed at each record's batch output in turn (WriteRecord resets it).
        using var json = new Utf8JsonWriter(Stream.Null, JsonOutput.WriterOptions);
        foreach (var batch in work.GetConsumingEnumerable())
        {
            var lines = batch.Lines;
            var lineInBatch = 0;
            while (Batch.TryTakeLine(ref lines, out var line))
            {
                lineInBatch++;
                if (line.StartsWith(LineReader.ByteOrderMark))
                {
                    line = line[3..]; // files joined with cat: the mark that began the next one
                }

                if (line.Trim(" \t"u8).IsEmpty)
                {
                    continue; // a blank line is no record
                }

                batch.Records++;
                if (WriteRecord(line, batch.Output, json) is { } error)
                {
                    batch.Fail(lineInBatch, error);
                }

                batch.Output.Write("\n"u8);
            }

            batch.LineCount = lineInBatch;

            batch.Processed.Set();
        }
    }

    /// <summary>Appends the output record for one input line to <paramref name="output"/> through
    /// <paramref name="json"/>; the error when it is an error record, else null.</summary>
    internal string? WriteRecord(ReadOnlySpan<byte> line, GrowableBuffer output, Utf8JsonWriter json)
    {
        var recordStart = output.WrittenCount;
        json.Reset(output);
        JsonlRecord record;
        try
        {
            record = JsonlRecord.Read(line);
        }
        catch (JsonException e)
        {
            var invalid = BinaryInput.NotJsonLines(line) is { } notJsonLines
                ? $"{InvalidJsonMessage(e)} (the input is not JSON Lines: {notJsonLines})"
                : InvalidJsonMessage(e);
            json.WriteStartObject();
            JsonlRecord.WriteIdBeforeError(json, line);
            json.WriteString("error"u8, invalid);
            json.WriteEndObject();
            json.Flush();
            return invalid;
        }

        string? error;
        try
        {
            json.WriteStartObject();
            record.WriteId(json);
            processor.WriteJsonFields(json, record);
            json.WriteEndObject();
            json.Flush();
            return null;
        }
        catch (RecordException e)
        {
            error = e.Message;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input: say so in this record's place and go on with the rest.
            error = $"internal error ({e.GetType().Name}): {e.Message}";
        }

        // An error record in place of the record; whatever was half written for it is dropped.
        output.Truncate(recordStart);
        json.Reset(output);
        json.WriteStartObject();
        record.WriteId(json);
        json.WriteString("error"u8, error);
        json.WriteEndObject();
        json.Flush();
        return error;
    }

    /// <summary>The reader's message where the user can act on it: the byte of the line (1-based), and
    /// neither its line number, always 0 for one record, nor its advice to change the reader's options.</summary>
    internal static string InvalidJsonMessage(JsonException e)
    {
        var message = e.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (position >= 0 ? message[..position] : message).Replace(" Change the reader options.", "", StringComparison.Ordinal);
        return e.BytePositionInLine is { } at ? $"invalid JSON at byte {at + 1}: {message}" : $"invalid JSON: {message}";
    }

    /// <summary>Writes processed batches in input order, then hands them back to the reader. Flushes
    /// whenever the next batch is not queued yet, so output streams as input does.</summary>
    private sealed class OrderedWriter(
        Stream output, BlockingCollection<Batch> inOrder, BlockingCollection<Batch> free, ProgressMeter? progress,
        CancellationTokenSource failed, FailureReport? report)
    {
        public int FailedRecords { get; private set; }

        public OutputException? Error { get; private set; }

        public void Run()
        {
            foreach (var batch in inOrder.GetConsumingEnumerable())
            {
                batch.Processed.Wait();
                if (Error is null)
                {
                    try
                    {
                        output.Write(batch.Output.WrittenSpan);
                        if (inOrder.Count == 0)
                        {
                            output.Flush();
                        }
                    }
                    catch (IOException e)
                    {
                        Error = e as OutputException ?? new OutputException(e);
                        failed.Cancel();
                    }
                }

                FailedRecords += batch.FailedRecords;
                report?.Add(batch);
                progress?.Add(batch.InputBytes);
                batch.Clear();
                free.Add(batch);
            }

            if (Error is null)
            {
                try
                {
                    output.Flush();
                }
                catch (IOException e)
                {
                    Error = e as OutputException ?? new OutputException(e);
                }
            }
        }
    }

    /// <summary>Input lines, each ending in a line feed but perhaps the last, and their output: up to a few
    /// hundred lines copied from a stream into the batch's own buffer, or a slice of a mapped file.</summary>
    private sealed class Batch : IDisposable
    {
        private const int InitialBytes = 1 << 16;

        /// <summary>Above this a buffer is not kept for the next batch: one huge record must not pin its
        /// memory for the rest of the run.</summary>
        private const int KeepBytes = 4 * BatchBytes;

        private byte[] _input = ArrayPool<byte>.Shared.Rent(InitialBytes);
        private int _inputLength;
        private int _lineCount;
        private MappedInput? _mapped;
        private long _mappedOffset;

        public GrowableBuffer Output { get; } = new(InitialBytes);

        /// <summary>Set by the worker. The writer waits for it without spinning: a batch takes far longer
        /// than a spin, and on a busy machine spinning only takes the core from the worker it waits for.</summary>
        public ManualResetEventSlim Processed { get; } = new(false, spinCount: 0);

        public int FailedRecords { get; private set; }

        /// <summary>Records (lines not blank) and lines, set by the worker, for failure reports.</summary>
        public int Records { get; set; }

        public int LineCount { get; set; }

        /// <summary>The first failed records, by their line in the batch (1-based).</summary>
        public List<(int Line, string Error)> Failures { get; } = [];

        public void Fail(int line, string error)
        {
            FailedRecords++;
            if (Failures.Count < FailureReport.Shown)
            {
                Failures.Add((line, error));
            }
        }

        /// <summary>Input bytes, line breaks included, for the progress meter.</summary>
        public long InputBytes => _inputLength;

        public ReadOnlySpan<byte> Lines => _mapped is { } mapped ? mapped.Slice(_mappedOffset, _inputLength) : _input.AsSpan(0, _inputLength);

        public bool IsFull(int records, int bytes) => _lineCount >= records || _inputLength >= bytes;

        /// <summary>Takes the first line off <paramref name="lines"/>, without its line feed or a carriage
        /// return before it; false when none is left.</summary>
        public static bool TryTakeLine(ref ReadOnlySpan<byte> lines, out ReadOnlySpan<byte> line)
        {
            if (lines.IsEmpty)
            {
                line = default;
                return false;
            }

            var lineBreak = lines.IndexOf((byte)'\n');
            if (lineBreak < 0)
            {
                line = lines;
                lines = default;
            }
            else
            {
                line = lines[..lineBreak];
                lines = lines[(lineBreak + 1)..];
            }

            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            return true;
        }

        /// <summary>Copies one line (without its line feed) into the batch.</summary>
        public void Add(ReadOnlySpan<byte> line)
        {
            var needed = _inputLength + line.Length + 1;
            if (needed > _input.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_input.Length * 2, needed));
                _input.AsSpan(0, _inputLength).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_input);
                _input = larger;
            }

            line.CopyTo(_input.AsSpan(_inputLength));
            _input[_inputLength + line.Length] = (byte)'\n';
            _inputLength = needed;
            _lineCount++;
        }

        /// <summary>Makes the batch the lines in <paramref name="length"/> bytes of <paramref name="input"/>.</summary>
        public void SetMapped(MappedInput input, long offset, int length)
        {
            _mapped = input;
            _mappedOffset = offset;
            _inputLength = length;
        }

        public void Clear()
        {
            _inputLength = 0;
            _lineCount = 0;
            _mapped = null;
            FailedRecords = 0;
            Records = 0;
            LineCount = 0;
            Failures.Clear();
            Processed.Reset();
            if (_input.Length > KeepBytes)
            {
                ArrayPool<byte>.Shared.Return(_input);
                _input = ArrayPool<byte>.Shared.Rent(InitialBytes);
            }

            Output.Clear(KeepBytes);
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_input);
            _input = [];
            Output.Dispose();
            Processed.Dispose();
        }
    }

    /// <summary>Failed records by input line, fed batch by batch in input order: the first few with their error,
    /// then how many failed in all, so that a run over millions of records says where to look without
    /// flooding the terminal. The output has an error record in each one's place either way.</summary>
    private sealed class FailureReport(TextWriter writer, string source)
    {
        public const int Shown = 10;
        private const int MaxErrorLength = 300;

        private long _linesBefore;
        private long _records;
        private long _failed;
        private int _shown;

        public void Add(Batch batch)
        {
            foreach (var (line, error) in batch.Failures)
            {
                if (_shown == Shown)
                {
                    break;
                }

                var shortened = error.Length <= MaxErrorLength ? error : string.Concat(error.AsSpan(0, MaxErrorLength), "…");
                writer.WriteLine($"textclean: {source}, line {_linesBefore + line}: {shortened}");
                _shown++;
            }

            _linesBefore += batch.LineCount;
            _records += batch.Records;
            _failed += batch.FailedRecords;
        }

        public void Summarize()
        {
            if (_failed > 0)
            {
                var shown = _failed > _shown ? $" (the first {_shown} above)" : "";
                writer.WriteLine($"textclean: {source}: {_failed} of {_records} records failed{shown}; each has {{\"id\", \"error\"}} in its place in the output");
            }
        }
    }
}

/// <summary>A record that cannot be processed; its message goes into the error record.</summary>
internal sealed class RecordException(string message) : Exception(message);
