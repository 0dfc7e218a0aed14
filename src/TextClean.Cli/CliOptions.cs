using System.Globalization;

namespace TextClean.Cli;

/// <summary>The command line, parsed. Bad arguments throw <see cref="UsageException"/> (exit code 2).</summary>
internal sealed record CliOptions
{
    public required string Command { get; init; }

    public List<string> Files { get; } = [];

    public bool Jsonl { get; init; }

    public bool Explain { get; init; }

    public CleanerOptions Cleaner { get; init; } = CleanerOptions.Default;

    public ArticleDate? ReferenceDate { get; init; }

    /// <summary>Worker threads for --jsonl; all cores by default.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Input MB/s on stderr while running.</summary>
    public bool Progress { get; init; }

    /// <summary>Whether --jsonl maps an input file rather than reading it (<see cref="MappedInput"/>);
    /// --no-mmap for files that may be truncated while they are read.</summary>
    public bool MapFiles { get; init; } = true;

    public static readonly string[] Commands = ["clean", "fix", "dates"];

    public const string Usage =
        """
        usage: textclean <command> [options] [FILE...]

        commands:
          clean    cleaned article text (stdin when no FILE)
          fix      character and word repair only; no line is removed
          dates    temporal expressions, one JSON object per mention (offsets into the text as given)
        With several FILEs, cleaned texts are kept apart by a blank line and each date names its "file".

        options:
          --jsonl                          JSON Lines in and out: {"id", "text", "reference_date"?} per line;
                                           a bad line gets {"id", "error"} in its place, a blank line nothing;
                                           stderr names the first 10 failed lines and counts them all
          --quotes normalize|keep|ascii    apostrophe look-alikes (default normalize)
          --whitespace normalize|keep      odd and invisible whitespace (default normalize)
          --reference-date YYYY-MM-DD[THH:MM[:SS]]   for relative dates when the text has no published date
                                           (a time zone after the time, Z or +HH:MM, is dropped)
          --boilerplate balanced|precision|recall|off   boilerplate removal in clean (default balanced)
          --explain                        what was changed or removed, and why (stderr, or "changes" in JSONL)
          --threads N                      worker threads for --jsonl (default: all cores)
          --progress                       input processed and MB/s on stderr, every second
          --no-mmap                        read --jsonl input files instead of mapping them (a mapped file
                                           that is truncated while it is read stops the process)
          -h, --help                       this text
          --version                        the version and the commit it was built from
        """;

    /// <summary>Whether the command line asks for the usage: <c>help</c> as the command, or -h or --help
    /// anywhere before <c>--</c> (<c>textclean clean --help</c> as much as <c>textclean --help</c>).</summary>
    public static bool AsksForHelp(IReadOnlyList<string> args) =>
        (args.Count > 0 && args[0] == "help") || args.TakeWhile(arg => arg != "--").Any(arg => arg is "-h" or "--help");

    /// <summary>Whether the command line asks for the version: --version anywhere before <c>--</c>, as help is
    /// (<c>textclean clean --version</c> was refused as an unknown option the usage lists).</summary>
    public static bool AsksForVersion(IReadOnlyList<string> args) =>
        args.TakeWhile(arg => arg != "--").Contains("--version", StringComparer.Ordinal);

    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("no command given (clean, fix, dates); see textclean --help");
        }

        var command = args[0];
        if (!Commands.Contains(command, StringComparer.Ordinal))
        {
            throw new UsageException($"unknown command '{command}' (expected {string.Join(", ", Commands)}); see textclean --help");
        }

        var jsonl = false;
        var explain = false;
        var cleaner = CleanerOptions.Default;
        ArticleDate? reference = null;
        var threads = Environment.ProcessorCount;
        var progress = false;
        var mapFiles = true;
        var files = new List<string>();
        var optionsEnded = false;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                files.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    optionsEnded = true;
                    break;
                case "--jsonl":
                    jsonl = true;
                    break;
                case "--explain":
                    explain = true;
                    break;
                case "--quotes":
                    cleaner = cleaner with { Quotes = ParseEnum<QuoteStyle>(arg, Value(args, ref i)) };
                    break;
                case "--whitespace":
                    cleaner = cleaner with { Whitespace = ParseEnum<WhitespaceMode>(arg, Value(args, ref i)) };
                    break;
                case "--reference-date":
                    reference = ParseReferenceDate(Value(args, ref i))
                        ?? throw new UsageException($"--reference-date: '{args[i]}' is not YYYY-MM-DD or an ISO timestamp YYYY-MM-DDTHH:MM[:SS]");
                    break;
                case "--boilerplate":
                    cleaner = cleaner with { Boilerplate = ParseBoilerplate(Value(args, ref i)) };
                    break;
                case "--threads":
                    threads = int.TryParse(Value(args, ref i), System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1024
                        ? n
                        : throw new UsageException($"--threads: '{args[i]}' is not a whole number from 1 to 1024");
                    break;
                case "--progress":
                    progress = true;
                    break;
                case "--no-mmap":
                    mapFiles = false;
                    break;
                default:
                    throw new UsageException($"unknown option '{arg}'; see textclean --help");
            }
        }

        var options = new CliOptions { Command = command, Jsonl = jsonl, Explain = explain, Cleaner = cleaner, ReferenceDate = reference, Threads = threads, Progress = progress, MapFiles = mapFiles };
        options.Files.AddRange(files);
        return options;
    }

    /// <summary>A date, a time or an ISO 8601 timestamp as <see cref="ArticleDate.TryParse"/> reads it; null
    /// when it is none of them.</summary>
    public static ArticleDate? ParseReferenceDate(string value) =>
        ArticleDate.TryParse(value, out var date) ? date : null;

    private static Blocks.BoilerplateOptions ParseBoilerplate(string value) => value switch
    {
        "balanced" => Blocks.BoilerplateOptions.Default,
        "precision" => Blocks.BoilerplateOptions.Precision,
        "recall" => Blocks.BoilerplateOptions.Recall,
        "off" => Blocks.BoilerplateOptions.Off,
        _ => throw new UsageException($"--boilerplate: '{value}' is not one of balanced|precision|recall|off"),
    };

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new UsageException($"{args[i]} needs a value; see textclean --help");
        }

        return args[++i];
    }

    private static T ParseEnum<T>(string option, string value)
        where T : struct, Enum
    {
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse<T>(name);
            }
        }

        var allowed = string.Join('|', Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        throw new UsageException($"{option}: '{value}' is not one of {allowed}");
    }
}

/// <summary>Bad arguments: the message is printed on one line and the exit code is 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
