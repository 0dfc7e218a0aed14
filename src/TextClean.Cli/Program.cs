using System.Reflection;
using System.Text;

namespace TextClean.Cli;

/// <summary>The <c>textclean</c> command: parse arguments, call the library, write results. Exit codes:
/// 0 success, 1 when any record or file failed, 2 on bad arguments (with a one-line message).</summary>
internal static class Program
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static int Main(string[] args)
    {
        if (CliOptions.AsksForHelp(args))
        {
            Console.Out.WriteLine(CliOptions.Usage);
            return 0;
        }

        if (CliOptions.AsksForVersion(args))
        {
            Console.Out.WriteLine(VersionLine);
            return 0;
        }

        CliOptions options;
        try
        {
            options = CliOptions.Parse(args);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"textclean: {e.Message}");
            return 2;
        }

        return Run(options, OutputStream.OpenStandardOutput(), Console.Error);
    }

    /// <summary>Runs a parsed command with <paramref name="output"/> as standard output; a failed output is
    /// reported to <paramref name="error"/>.</summary>
    internal static int Run(CliOptions options, OutputStream output, TextWriter error)
    {
        var processor = new RecordProcessor(options);
        var stdout = new BufferedStream(output, 1 << 16);
        using var progress = options.Progress ? new ProgressMeter(Console.Error, inPlace: !Console.IsErrorRedirected) : null;
        try
        {
            var status = options.Jsonl ? RunJsonl(options, processor, stdout, progress) : RunPlain(options, processor, stdout, progress);
            stdout.Flush();
            return status;
        }
        catch (OutputException e) when (e.ReaderGone)
        {
            // "| head -1" has what it asked for. cat or grep die of SIGPIPE here, quietly (the shell shows 141);
            // .NET ignores SIGPIPE, so the closest is a quiet success, as ripgrep (Rust ignores it too) does.
            return 0;
        }
        catch (OutputException e)
        {
            error.WriteLine($"textclean: cannot write the output: {e.Message}");
            return 1;
        }
        finally
        {
            try
            {
                stdout.Dispose();
            }
            catch (OutputException)
            {
                // Already reported: what is left in the buffer cannot be written either.
            }
        }
    }

    private static int RunJsonl(CliOptions options, RecordProcessor processor, Stream stdout, ProgressMeter? progress)
    {
        var runner = new JsonlRunner(options, processor, progress, Console.Error);
        var failed = 0;
        foreach (var (name, open) in Inputs(options))
        {
            try
            {
                using var input = open();
                if (BinaryInput.NotJsonLines(input) is { } notJsonLines)
                {
                    Console.Error.WriteLine($"textclean: cannot read {Describe(name)}: {notJsonLines}");
                    failed++;
                    continue;
                }

                failed += runner.Run(input, stdout, Describe(name));
            }
            catch (Exception e) when (e is IOException and not OutputException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"textclean: cannot read {Describe(name)}: {e.Message}");
                failed++;
            }
        }

        return failed > 0 ? 1 : 0;
    }

    /// <summary>Plain mode: each input whole, its output after the previous one's. With several inputs, a date
    /// mention names its file, and cleaned texts are kept apart by a blank line (the paragraph break), so that
    /// one file's last paragraph never runs into the next file's first.</summary>
    internal static int RunPlain(CliOptions options, RecordProcessor processor, Stream stdout, ProgressMeter? progress, TextWriter? errors = null)
    {
        errors ??= Console.Error;
        using var writer = new StreamWriter(stdout, Utf8NoBom, 1 << 16, leaveOpen: true);
        var several = options.Files.Count > 1;
        var wroteText = false;
        var failed = 0;
        foreach (var (name, open) in Inputs(options))
        {
            byte[] bytes;
            try
            {
                using var input = open();
                using var memory = new MemoryStream();
                input.CopyTo(memory);
                bytes = memory.ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"textclean: cannot read {Describe(name)}: {e.Message}");
                failed++;
                continue;
            }

            if (BinaryInput.CompressedFormat(bytes) is { } compressed)
            {
                errors.WriteLine($"textclean: cannot read {Describe(name)}: {compressed}");
                failed++;
                continue;
            }

            if (BinaryInput.LooksBinary(bytes))
            {
                errors.WriteLine($"textclean: warning: {Describe(name)} looks binary (a NUL byte near its start), or is UTF-16 without a byte-order mark; read as text");
            }

            var text = TextDecoder.Decode(bytes);
            var output = processor.Plain(text, errors, several ? name : null);
            progress?.Add(bytes.Length);
            if (output.Length == 0)
            {
                if (options.Command == "clean" && !text.AsSpan().Trim().IsEmpty)
                {
                    // Without a word, an empty result reads as a failure on a first try with a snippet.
                    errors.WriteLine($"textclean: note: nothing of {Describe(name)} was kept: every block was judged boilerplate (--explain says why; --boilerplate off keeps them)");
                }

                continue;
            }

            if (wroteText && options.Command == "clean")
            {
                writer.Write('\n');
            }

            wroteText = true;
            writer.Write(output);
            if (output[^1] != '\n')
            {
                writer.Write('\n');
            }
        }

        writer.Flush();
        return failed > 0 ? 1 : 0;
    }

    /// <summary>The library's version with the commit it was built from (the SDK adds it), so that a corpus
    /// can record which cleaner made it.</summary>
    internal static string VersionLine =>
        $"textclean {typeof(TextCleaner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown"}";

    /// <summary>An input as error messages name it.</summary>
    private static string Describe(string? name) => name is null or "-" ? "standard input" : $"'{name}'";

    /// <summary>The inputs in order: the named files, or standard input when there are none.</summary>
    private static IEnumerable<(string? Name, Func<Stream> Open)> Inputs(CliOptions options)
    {
        if (options.Files.Count == 0)
        {
            yield return (null, MappedInput.OpenStandardInput);
            yield break;
        }

        foreach (var file in options.Files)
        {
            yield return file == "-"
                ? (file, MappedInput.OpenStandardInput)
                : (file, () => OpenFile(file));
        }
    }

    /// <summary>A named input file. A directory is said to be one: opening it fails with "Access to the
    /// path is denied", which sends the user after permissions.</summary>
    internal static FileStream OpenFile(string path) =>
        Directory.Exists(path)
            ? throw new IOException("it is a directory")
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
