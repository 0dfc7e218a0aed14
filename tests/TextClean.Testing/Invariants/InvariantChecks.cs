using TextClean.Pipeline;
using TextClean.Testing.Targets;

namespace TextClean.Testing.Invariants;

/// <summary>One broken invariant: which, on what, and how.</summary>
public sealed record Violation(string Property, string Target, string Detail)
{
    public override string ToString() => $"{Property} on {Target}: {Detail}";
}

/// <summary>
/// The invariants every pass and pipeline keeps, as checks that return null when the invariant holds and
/// a readable description when it does not. The FsCheck properties, the fuzz driver and the regression
/// replay all call these, so the three never disagree on what "holds" means. Exceptions are not caught
/// here: a check that throws has found a totality bug, and each caller reports it its own way.
/// </summary>
public static class InvariantChecks
{
    public const string Idempotence = "idempotence";
    public const string Totality = "totality";
    public const string HygieneProperty = "hygiene";
    public const string SameInstance = "same-instance";
    public const string ThreadSafety = "thread-safety";
    public const string CultureIndependence = "culture";
    public const string ChangeReports = "change-report";
    public const string DateOffsets = "date-offsets";
    public const string Decoding = "decoding";

    private static readonly System.Text.Encoding Utf8Lossy = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>f(f(x)) == f(x); for Clean also the metadata of already-clean text on a third run.</summary>
    public static string? Idempotent(CleaningTarget target, string input)
    {
        var once = target.Run(input);
        var (twice, second) = target.Observe(once);
        if (!string.Equals(once, twice, StringComparison.Ordinal))
        {
            return "a second run changed the output: " + Difference(once, twice);
        }

        var third = target.Metadata(twice);
        return string.Equals(second, third, StringComparison.Ordinal)
            ? null
            : $"metadata of clean text moved on a third run: {second} then {third}";
    }

    /// <summary>The output keeps every hygiene rule of the passes the target runs.</summary>
    public static string? Hygienic(CleaningTarget target, string input) =>
        Hygiene.FirstBreach(target.Run(input), target.Guarantees);

    /// <summary>An unchanged text comes back as the same instance: checked on the input and on the output
    /// (which idempotence says must come back unchanged), with and without a change log.</summary>
    public static string? KeepsInstance(CleaningTarget target, string input)
    {
        if (!target.KeepsInstanceWhenUnchanged)
        {
            return null;
        }

        var output = target.Run(input);
        if (!ReferenceEquals(output, input) && string.Equals(output, input, StringComparison.Ordinal))
        {
            return "nothing changed but a new string was returned for the input";
        }

        var again = target.Run(output);
        if (!ReferenceEquals(again, output) && string.Equals(again, output, StringComparison.Ordinal))
        {
            return "nothing changed but a new string was returned for the (already clean) output";
        }

        var (logged, changes) = target.RunReporting(output);
        if (!ReferenceEquals(logged, output) && string.Equals(logged, output, StringComparison.Ordinal))
        {
            return $"with a change log, nothing changed but a new string was returned ({changes.Count} changes reported)";
        }

        return null;
    }

    /// <summary>Reporting changes does not change the output, every reported original is the text it
    /// replaced, and replaying the changes on the input gives the output.</summary>
    public static string? ChangesReplay(CleaningTarget target, string input)
    {
        var (output, changes) = target.RunReporting(input);
        var quiet = target.Run(input);
        if (!string.Equals(output, quiet, StringComparison.Ordinal))
        {
            return "the output differs when changes are reported: " + Difference(quiet, output);
        }

        var text = input;
        var i = 0;
        while (i < changes.Count)
        {
            var step = changes[i].Step;
            var copied = 0;
            var builder = new System.Text.StringBuilder(text.Length);
            for (; i < changes.Count && changes[i].Step == step; i++)
            {
                var c = changes[i];
                if (c.Start < copied || c.Length < 0 || c.Start > text.Length - c.Length)
                {
                    return $"change {i} ({c.Pass} {c.Reason}) at [{c.Start}, +{c.Length}) overlaps the previous one or leaves its step's text (length {text.Length})";
                }

                if (!text.AsSpan(c.Start, c.Length).SequenceEqual(c.Original))
                {
                    return $"change {i} ({c.Pass} {c.Reason}) says it replaced \"{Escaping.Escape(c.Original)}\" but the text there is \"{Escaping.Escape(text.Substring(c.Start, c.Length))}\"";
                }

                builder.Append(text, copied, c.Start - copied).Append(c.Replacement);
                copied = c.Start + c.Length;
            }

            text = builder.Append(text, copied, text.Length - copied).ToString();
        }

        if (!string.Equals(text, output, StringComparison.Ordinal))
        {
            return $"replaying the {changes.Count} reported changes does not give the output: " + Difference(output, text);
        }

        var replayed = ChangeLog.Replay(input, changes);
        return string.Equals(replayed, output, StringComparison.Ordinal)
            ? null
            : "ChangeLog.Replay disagrees with a step-by-step replay: " + Difference(output, replayed);
    }

    /// <summary>The same output (and metadata) under every culture of <see cref="CultureScope.Cultures"/>.</summary>
    public static string? CultureFree(CleaningTarget target, string input)
    {
        string? expected = null;
        foreach (var culture in CultureScope.Cultures)
        {
            var seen = CultureScope.Run(culture, () => target.Observe(input) is var (text, metadata) ? text + "\u0000" + metadata : "");
            if (expected is null)
            {
                expected = seen;
            }
            else if (!string.Equals(expected, seen, StringComparison.Ordinal))
            {
                return $"under {culture.Name} the result differs from the invariant culture's: " + Difference(expected, seen);
            }
        }

        return null;
    }

    /// <summary>The targets, used from several threads at once (each thread runs every target on every
    /// input, starting at a different input), give what sequential calls give.</summary>
    public static string? ThreadSafe(IReadOnlyList<CleaningTarget> targets, IReadOnlyList<string> inputs)
    {
        var expected = targets.Select(t => inputs.Select(t.Run).ToArray()).ToArray();
        var crew = WorkerCrew.Shared;
        var seen = new string[crew.Size][][];
        crew.Run(worker =>
        {
            var results = targets.Select(_ => new string[inputs.Count]).ToArray();
            for (var k = 0; k < inputs.Count; k++)
            {
                var index = (k + (worker * inputs.Count / crew.Size)) % inputs.Count;
                for (var t = 0; t < targets.Count; t++)
                {
                    results[t][index] = targets[t].Run(inputs[index]);
                }
            }

            seen[worker] = results;
        });
        for (var worker = 0; worker < crew.Size; worker++)
        {
            for (var t = 0; t < targets.Count; t++)
            {
                for (var k = 0; k < inputs.Count; k++)
                {
                    if (!string.Equals(expected[t][k], seen[worker][t][k], StringComparison.Ordinal))
                    {
                        return $"{targets[t].Name} on thread {worker}, input {k}: " + Difference(expected[t][k], seen[worker][t][k]);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Every date span lies inside its text and covers exactly the text it reports: the dates of
    /// Clean (offsets into its output) and of the date extractor (offsets into its input), with no reference
    /// date, an ordinary one, and the first and last days of the calendar (where day arithmetic overflows).</summary>
    public static string? DateSpansValid(CleanTarget target, string input)
    {
        var result = target.Cleaner.Clean(input);
        return SpansProblem(result.Text, CleanSurface.CleanDates(result))
            ?? SpansProblem(input, CleanSurface.ExtractDates(input, null))
            ?? SpansProblem(input, CleanSurface.ExtractDates(input, new ArticleDate(new DateOnly(2023, 9, 12), new TimeOnly(19, 27))))
            ?? SpansProblem(input, CleanSurface.ExtractDates(input, new ArticleDate(DateOnly.MinValue, null)))
            ?? SpansProblem(input, CleanSurface.ExtractDates(input, new ArticleDate(DateOnly.MaxValue, null)));
    }

    /// <summary>
    /// <see cref="TextDecoder.Decode"/> reads the UTF-8 of any text back as that text (lone surrogates
    /// become U+FFFD on the way out, as UTF-8 requires), drops a UTF-8 byte-order mark, and reads any bytes
    /// at all (<paramref name="damage"/> flips some of them) into well-formed text without an exception.
    /// </summary>
    public static string? DecodesFaithfully(string text, Random damage)
    {
        var bytes = Utf8Lossy.GetBytes(text);
        var expected = Utf8Lossy.GetString(bytes);
        var startsWithBom = expected.StartsWith('\uFEFF');
        var decoded = TextDecoder.Decode(bytes);
        var wanted = startsWithBom ? expected[1..] : expected;
        if (!string.Equals(decoded, wanted, StringComparison.Ordinal))
        {
            return "valid UTF-8 did not decode to its text: " + Difference(wanted, decoded);
        }

        var withBom = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. bytes]);
        if (!string.Equals(withBom, expected, StringComparison.Ordinal))
        {
            return "valid UTF-8 after a byte-order mark did not decode to its text: " + Difference(expected, withBom);
        }

        for (var flips = 1 + damage.Next(6); flips > 0 && bytes.Length > 0; flips--)
        {
            bytes[damage.Next(bytes.Length)] = (byte)damage.Next(256);
        }

        return Hygiene.FirstBreach(TextDecoder.Decode(bytes), new HashSet<HygieneRule> { HygieneRule.NoLoneSurrogate }) is { } breach
            ? "damaged bytes decoded to malformed UTF-16: " + breach
            : null;
    }

    /// <summary>Null is refused with <see cref="ArgumentNullException"/>, with and without a change log.</summary>
    public static string? RefusesNull(CleaningTarget target)
    {
        foreach (var (how, call) in new (string, Action)[] { ("Run", () => target.Run(null!)), ("with changes", () => target.RunReporting(null!)) })
        {
            try
            {
                call();
                return $"{how}: null was accepted";
            }
            catch (ArgumentNullException)
            {
            }
            catch (Exception e)
            {
                return $"{how}: null gave {e.GetType().Name} instead of ArgumentNullException";
            }
        }

        return null;
    }

    /// <summary>The per-input invariants, by name: what <see cref="All"/> runs and what a minimizer re-checks.</summary>
    public static IReadOnlyList<string> PerInputProperties { get; } =
        [Idempotence, HygieneProperty, SameInstance, ChangeReports, CultureIndependence, DateOffsets];

    /// <summary>One per-input invariant on one target (null when it holds or does not apply).</summary>
    public static string? Check(string property, CleaningTarget target, string input) => property switch
    {
        Idempotence => Idempotent(target, input),
        HygieneProperty => Hygienic(target, input),
        SameInstance => KeepsInstance(target, input),
        ChangeReports => ChangesReplay(target, input),
        CultureIndependence => CultureFree(target, input),
        DateOffsets => target is CleanTarget clean ? DateSpansValid(clean, input) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(property), property, "not a per-input property"),
    };

    /// <summary>Every per-input invariant on every target, exceptions included (as totality violations).
    /// What the fuzz driver and the regression replay run.</summary>
    public static List<Violation> All(IEnumerable<CleaningTarget> targets, string input, bool includeCultures = true)
    {
        var violations = new List<Violation>();
        foreach (var target in targets)
        {
            foreach (var property in PerInputProperties)
            {
                if (property == CultureIndependence && !includeCultures)
                {
                    continue;
                }

                try
                {
                    if (Check(property, target, input) is { } problem)
                    {
                        violations.Add(new Violation(property, target.Name, problem));
                    }
                }
                catch (Exception e)
                {
                    violations.Add(new Violation(Totality, target.Name, Describe(e)));
                    break;
                }
            }
        }

        return violations;
    }

    /// <summary>Where two strings first differ, escaped, with a little context.</summary>
    public static string Difference(string expected, string actual)
    {
        var at = 0;
        var limit = Math.Min(expected.Length, actual.Length);
        while (at < limit && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 20);
        return $"at offset {at}: \"{Escaping.Escape(Slice(expected, from, 50))}\" became \"{Escaping.Escape(Slice(actual, from, 50))}\"";
    }

    private static string Slice(string s, int from, int length) =>
        from >= s.Length ? "" : s.Substring(from, Math.Min(length, s.Length - from));

    /// <summary>The exception's type, message and innermost frame: what identifies the bug.</summary>
    public static string Describe(Exception e)
    {
        var frame = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return $"{e.GetType().Name}: {e.Message} {frame}";
    }

    private static string? SpansProblem(string text, IReadOnlyList<DateSpan> spans)
    {
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End < span.Start || span.End > text.Length)
            {
                return $"{span.Source}: span [{span.Start}, {span.End}) lies outside the text (length {text.Length})";
            }

            if (!text.AsSpan(span.Start, span.End - span.Start).SequenceEqual(span.Text))
            {
                return $"{span.Source}: text[{span.Start}..{span.End}] is \"{Escaping.Escape(text[span.Start..span.End])}\" but the mention says \"{Escaping.Escape(span.Text)}\"";
            }
        }

        return null;
    }
}
