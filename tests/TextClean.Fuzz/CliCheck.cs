using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TextClean.Testing;
using TextClean.Testing.Invariants;
using TextClean.Testing.Text;

namespace TextClean.Fuzz;

/// <summary>
/// The command line end to end on adversarial JSON Lines, generated from a seed: scraped-looking and raw
/// texts (lone surrogates as <c>\ud800</c> escapes), ids of every JSON kind, reference dates good and bad,
/// and broken lines. Through <c>fix --jsonl</c> and <c>clean --jsonl</c>, then again on their own output,
/// it checks that every record is answered exactly once and in order, that no output changes on the second
/// run (for clean, nor its metadata on a third), and that no output holds a character the default
/// pipeline's passes rule out (<see cref="Hygiene"/>).
/// </summary>
internal sealed class CliCheck(string command, int records, int seed)
{
    private readonly List<string> _problems = [];

    public int Run()
    {
        var guarantees = Hygiene.GuaranteesOf(TextCleaner.Default.RepairPasses);
        Console.WriteLine($"cli: seed {seed}, {records} records, command: {command}");
        Console.WriteLine($"cli: forbidden in output: {string.Join(", ", guarantees.Order())}" +
            $"{string.Concat(Enum.GetValues<HygieneRule>().Except(guarantees).Select(r => $"; {r} not yet enforced (no '{Hygiene.ResponsiblePass(r)}' pass in this build)"))}");
        var (lines, good) = Generate(new Random(seed));
        var answered = 0;
        var changed = 0;
        var forbidden = 0;
        foreach (var verb in new[] { "fix", "clean" })
        {
            var first = RunCli(verb, lines);
            var answeredFirst = AnsweredOnce(verb, "run 1", lines, first, good);
            if (answeredFirst < 0)
            {
                continue;
            }

            answered += answeredFirst;
            var secondInput = Resubmit(lines, first, good);
            var second = RunCli(verb, secondInput);
            if (AnsweredOnce(verb, "run 2", secondInput, second, Enumerable.Repeat(true, secondInput.Length).ToArray()) != secondInput.Length)
            {
                continue;
            }

            string[]? third = null;
            if (verb == "clean")
            {
                third = RunCli(verb, Resubmit(secondInput, second, Enumerable.Repeat(true, second.Length).ToArray()));
            }

            var k = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                if (!good[i])
                {
                    continue;
                }

                var once = JsonDocument.Parse(first[i]).RootElement;
                var twice = JsonDocument.Parse(second[k]).RootElement;
                foreach (var field in new[] { "text", "title" })
                {
                    forbidden += Forbidden(verb, i, field, once, guarantees) + Forbidden(verb, i, field, twice, guarantees);
                }

                if (Text(once, "text") != Text(twice, "text"))
                {
                    changed++;
                    Problem($"{verb}: record {i}: the output changed on the second run: {InvariantChecks.Difference(Text(once, "text") ?? "", Text(twice, "text") ?? "")}");
                }

                if (third is not null && third.Length == second.Length)
                {
                    var again = JsonDocument.Parse(third[k]).RootElement;
                    foreach (var field in new[] { "text", "title", "authors", "published" })
                    {
                        if (Raw(twice, field) != Raw(again, field))
                        {
                            changed++;
                            Problem($"clean: record {i}: \"{field}\" of already-clean text moved on a third run: {Raw(twice, field)} then {Raw(again, field)}");
                        }
                    }
                }

                k++;
            }
        }

        foreach (var problem in _problems.Take(30))
        {
            Console.WriteLine("  " + problem);
        }

        var total = 2 * lines.Length;
        Console.WriteLine($"cli: answered exactly once: {answered}/{total}; outputs changed on the second run: {changed}; forbidden characters: {forbidden}");
        return _problems.Count == 0 && answered == total ? 0 : 1;
    }

    /// <summary>Input lines and which of them are well-formed records (the rest must get an error record).</summary>
    private (string[] Lines, bool[] Good) Generate(Random random)
    {
        var lines = new List<string>();
        var good = new List<bool>();
        for (var i = 0; lines.Count < records; i++)
        {
            var id = Id(random, i);
            switch (random.Next(20))
            {
                case 0:
                    lines.Add(random.Next(4) switch
                    {
                        0 => "{\"id\": " + id + ", \"text\": ",                 // cut off
                        1 => "not json at all " + i.ToString(CultureInfo.InvariantCulture),
                        2 => "[1, 2, 3]",
                        _ => "{\"id\": " + id + ", \"text\": 42}",            // text is not a string
                    });
                    good.Add(false);
                    break;
                case 1:
                    lines.Add("{\"id\": " + id + ", \"text\": \"x\", \"reference_date\": \"2023-02-30\"}");
                    good.Add(false);
                    break;
                default:
                    var size = random.Next(0, 100);
                    var text = ScrapedText.Join(random.Next(8) == 0 ? ScrapedText.RawDocument(random, size) : ScrapedText.Document(random, size));
                    var reference = random.Next(3) == 0 ? ", \"reference_date\": \"2023-09-12T19:27\"" : "";
                    lines.Add("{\"id\": " + id + ", \"text\": " + Quote(text) + reference + "}");
                    good.Add(true);
                    break;
            }
        }

        return ([.. lines], [.. good]);
    }

    private string[] RunCli(string verb, string[] input)
    {
        var parts = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(parts[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var part in parts.Skip(1).Append(verb).Append("--jsonl"))
        {
            start.ArgumentList.Add(part);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command}");
        var stderr = process.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            foreach (var line in input)
            {
                process.StandardInput.Write(line);
                process.StandardInput.Write('\n');
            }

            process.StandardInput.Close();
        });
        var output = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            output.Add(line);
        }

        writer.Wait();
        process.WaitForExit();
        if (process.ExitCode is not (0 or 1))
        {
            Problem($"{verb}: exit code {process.ExitCode}: {stderr.Result.Split('\n')[0]}");
        }

        return [.. output];
    }

    /// <summary>How many records got the right kind of answer, with their own id, in their own place;
    /// -1 when the answers cannot be lined up with the records at all.</summary>
    private int AnsweredOnce(string verb, string run, string[] input, string[] output, bool[] good)
    {
        if (output.Length != input.Length)
        {
            Problem($"{verb} {run}: {input.Length} records in, {output.Length} lines out");
            return -1;
        }

        var answered = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var ok = true;
            JsonElement answer;
            try
            {
                answer = JsonDocument.Parse(output[i]).RootElement;
            }
            catch (JsonException e)
            {
                Problem($"{verb} {run}: answer {i} is not JSON: {e.Message}");
                return -1;
            }

            var hasError = answer.TryGetProperty("error", out _);
            if (hasError == good[i] || (!hasError && !answer.TryGetProperty("text", out _)))
            {
                Problem($"{verb} {run}: record {i} {(good[i] ? "is well-formed but got" : "is broken but got no")} error: {Shorten(output[i])}");
                ok = false;
            }

            if (good[i] && !SameId(input[i], answer))
            {
                Problem($"{verb} {run}: answer {i} carries another record's id: {Shorten(output[i])} for {Shorten(input[i])}");
                ok = false;
            }

            answered += ok ? 1 : 0;
        }

        return answered;
    }

    /// <summary>The well-formed records again, with the first run's output as their text.</summary>
    private static string[] Resubmit(string[] input, string[] output, bool[] good)
    {
        var lines = new List<string>();
        for (var i = 0; i < input.Length; i++)
        {
            if (!good[i])
            {
                continue;
            }

            var record = JsonDocument.Parse(input[i]).RootElement;
            var answer = JsonDocument.Parse(output[i]).RootElement;
            var reference = record.TryGetProperty("reference_date", out var r) ? ", \"reference_date\": " + r.GetRawText() : "";
            lines.Add("{\"id\": " + record.GetProperty("id").GetRawText() + ", \"text\": " + (answer.TryGetProperty("text", out var t) ? t : record.GetProperty("text")).GetRawText() + reference + "}");
        }

        return [.. lines];
    }

    private int Forbidden(string verb, int record, string field, JsonElement answer, IReadOnlySet<HygieneRule> rules)
    {
        if (!answer.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return 0;
        }

        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses exactly the strings that hold a lone surrogate.
            text = "\uD800";
        }

        if (Hygiene.FirstBreach(text, rules) is not { } breach)
        {
            return 0;
        }

        Problem($"{verb}: record {record}: \"{field}\": {breach}");
        return 1;
    }

    private static bool SameId(string inputLine, JsonElement answer)
    {
        var id = JsonDocument.Parse(inputLine).RootElement.GetProperty("id");
        return answer.TryGetProperty("id", out var echoed) && JsonElement.DeepEquals(id, echoed);
    }

    private static string? Text(JsonElement answer, string field) =>
        answer.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetRawText() : null;

    private static string Raw(JsonElement answer, string field) =>
        answer.TryGetProperty(field, out var v) ? v.GetRawText() : "(absent)";

    private void Problem(string problem) => _problems.Add(problem);

    private static string Shorten(string line) => line.Length <= 160 ? line : line[..160] + "...";

    /// <summary>Ids of every JSON kind, some of them alike, so an answer given to the wrong record shows.</summary>
    private static string Id(Random random, int i) => random.Next(8) switch
    {
        0 => i.ToString(CultureInfo.InvariantCulture),
        1 => Quote($"rec-{i}-ü-{Fragments.EmojiAndCombining[random.Next(Fragments.EmojiAndCombining.Count)]}"),
        2 => "null",
        3 => "{\"n\": " + i.ToString(CultureInfo.InvariantCulture) + ", \"tags\": [\"a\", true]}",
        4 => "-" + i.ToString(CultureInfo.InvariantCulture) + ".5e3",
        5 => "[" + i.ToString(CultureInfo.InvariantCulture) + ", \"x\"]",
        6 => "true",
        _ => Quote(i.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>A JSON string literal; everything outside printable ASCII escaped, lone surrogates included.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c is >= ' ' and <= '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }
}
