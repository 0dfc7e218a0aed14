using System.Globalization;
using TextClean.Fuzz;
using TextClean.Testing;

// textclean fuzz driver.
//   fuzz [--seconds N] [--seed S] [--execs N] [--regressions DIR | --no-write]
//       mutation fuzzing of every pass, random chains, Fix and Clean; exit 1 on any finding, each written
//       minimized to tests/regressions/ (replayed by the unit tests forever)
//   cli --cli "COMMAND" [--records N] [--seed S]
//       adversarial JSONL through `clean --jsonl` and `fix --jsonl`, twice: every record answered once,
//       no output that changes on the second run, no forbidden character in any output
const string Usage = "usage: TextClean.Fuzz [fuzz] [--seconds N] [--seed S] [--execs N] [--regressions DIR | --no-write]\n" +
                     "       TextClean.Fuzz cli --cli \"dotnet path/to/textclean.dll\" [--records N] [--seed S]";

var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "fuzz";
var options = new Dictionary<string, string?>(StringComparer.Ordinal);
for (var i = mode == args.FirstOrDefault() ? 1 : 0; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"unexpected argument '{args[i]}'\n{Usage}");
        return 2;
    }

    var takesValue = args[i] != "--no-write";
    if (takesValue && i + 1 >= args.Length)
    {
        Console.Error.WriteLine($"{args[i]} needs a value\n{Usage}");
        return 2;
    }

    options[args[i]] = takesValue ? args[++i] : null;
}

try
{
    var seed = options.TryGetValue("--seed", out var s) ? int.Parse(s!, CultureInfo.InvariantCulture) : Random.Shared.Next();
    switch (mode)
    {
        case "fuzz":
            var regressions = options.ContainsKey("--no-write") ? null : options.GetValueOrDefault("--regressions") ?? RepoPaths.Regressions;
            var settings = new FuzzSettings(
                seed,
                TimeSpan.FromSeconds(options.TryGetValue("--seconds", out var sec) ? double.Parse(sec!, CultureInfo.InvariantCulture) : 60),
                options.TryGetValue("--execs", out var ex) ? long.Parse(ex!, CultureInfo.InvariantCulture) : null,
                regressions);
            return new Fuzzer(settings).Run();
        case "cli":
            if (options.GetValueOrDefault("--cli") is not { Length: > 0 } command)
            {
                Console.Error.WriteLine($"cli needs --cli\n{Usage}");
                return 2;
            }

            var records = options.TryGetValue("--records", out var r) ? int.Parse(r!, CultureInfo.InvariantCulture) : 2000;
            return new CliCheck(command, records, seed).Run();
        default:
            Console.Error.WriteLine($"unknown mode '{mode}'\n{Usage}");
            return 2;
    }
}
catch (FormatException e)
{
    Console.Error.WriteLine($"{e.Message}\n{Usage}");
    return 2;
}
