using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace TextClean.Cli;

/// <summary>
/// A regular file's bytes mapped into the process, so that JSON Lines workers read records where the page
/// cache already holds them. Reading through a stream copies every byte once more (read(2) into the
/// reader's buffer, then into a batch), and on two cores that copy is work taken from the workers: perf
/// put 11% of a two-thread <c>fix</c> run's CPU on the reader thread, two thirds of it in the kernel's copy.
/// Pipes, terminals and small files keep the stream path.
/// </summary>
/// <remarks>Truncating the file while it is being read (a log rotated with copytruncate) makes the process
/// fail on the missing pages, as it does any program that maps its input (ripgrep, for one): the runtime
/// prints "Fatal error. System.AccessViolationException" with a stack and aborts (exit status 134), and
/// output not yet written is lost; a disk read error ends the same way, where a stream gives "cannot read".
/// Appending is harmless (what was there at the start is read).</remarks>
internal sealed unsafe class MappedInput : IDisposable
{
    /// <summary>Below this a mapping saves too little to be worth its set-up.</summary>
    internal const long MinimumBytes = 1 << 20;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _first;
    private bool _released;

    private MappedInput(MemoryMappedFile file, MemoryMappedViewAccessor view, long offset, long length)
    {
        _file = file;
        _view = view;
        byte* mapped = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref mapped);
        _first = mapped + view.PointerOffset + offset;
        Length = length;
    }

    /// <summary>Bytes from the stream's position to the end of the file.</summary>
    public long Length { get; }

    /// <summary>A mapping of what is left to read of <paramref name="input"/>, or null when it is not a
    /// regular file of at least <paramref name="minimumBytes"/> bytes or cannot be mapped (the caller reads
    /// the stream instead). The stream is not moved: the caller moves it past what it reads.</summary>
    public static MappedInput? TryMap(Stream input, long minimumBytes = MinimumBytes)
    {
        if (input is not FileStream { CanSeek: true } file)
        {
            return null;
        }

        MemoryMappedFile? mapping = null;
        try
        {
            var offset = file.Position;
            var length = file.Length - offset;
            if (length < minimumBytes)
            {
                return null;
            }

            mapping = MemoryMappedFile.CreateFromFile(file, mapName: null, capacity: 0, MemoryMappedFileAccess.Read,
                HandleInheritability.None, leaveOpen: true);
            var view = mapping.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            return new MappedInput(mapping, view, offset, length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // A file system or device that cannot be mapped, or an address space too small for the file.
            mapping?.Dispose();
            return null;
        }
    }

    /// <summary>Standard input as a seekable file stream when it is redirected from a regular file (so it
    /// can be mapped), otherwise the console's stream. The file stream does not close the descriptor.</summary>
    public static Stream OpenStandardInput()
    {
        if (!OperatingSystem.IsWindows())
        {
            if (WasClosedAtStart(0))
            {
                throw new IOException("it was closed when textclean started");
            }

            try
            {
                var file = new SharedOffsetFileStream(new SafeFileHandle(0, ownsHandle: false));
                if (file.CanSeek)
                {
                    return file;
                }

                file.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Not a file descriptor FileStream accepts: read the console's stream.
            }
        }

        return Console.OpenStandardInput();
    }

    /// <summary>Whether <paramref name="descriptor"/> is one the process opened itself rather than one it was
    /// started with. Started with standard input closed (<c>textclean &lt;&amp;-</c>), the process finds
    /// descriptor 0 taken by whatever the runtime opened first (a pipe of its own, /dev/urandom): the dll
    /// waited on it for ever and the native build read random bytes until it ran out of memory. The runtime
    /// opens its files close-on-exec, and a descriptor that survived the exec cannot be. False where the
    /// flags cannot be read.</summary>
    internal static bool WasClosedAtStart(long descriptor) =>
        DescriptorFlags.Of(descriptor) is { } flags && (flags & DescriptorFlags.CloseOnExec) != 0;

    /// <summary>A file stream on a descriptor shared with other readers (standard input), which it leaves
    /// open. A file stream reads at its own position (pread) and leaves the descriptor's offset alone, but
    /// the shell shares that offset with whatever reads standard input next (<c>textclean - -</c>, or
    /// <c>(textclean; cat) &lt; file</c>): on closing, the offset is moved to what was read, as read(2)
    /// would have left it.</summary>
    internal sealed class SharedOffsetFileStream(SafeFileHandle handle) : FileStream(handle, FileAccess.Read, bufferSize: 0)
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing && CanSeek)
            {
                _ = SafeFileHandle; // getting a seekable file stream's handle moves its offset to the stream's position
            }

            base.Dispose(disposing);
        }
    }

    /// <summary><paramref name="length"/> bytes from <paramref name="offset"/> (relative to the stream's
    /// position when mapped).</summary>
    public ReadOnlySpan<byte> Slice(long offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Length);
        return new ReadOnlySpan<byte>(_first + offset, length);
    }

    public void Dispose()
    {
        if (!_released)
        {
            _released = true;
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
        }

        _view.Dispose();
        _file.Dispose();
    }
}
