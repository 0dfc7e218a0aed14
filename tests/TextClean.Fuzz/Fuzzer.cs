using System.Diagnostics;
using System.Globalization;
using TextClean.Pipeline;
using TextClean.Testing;
using TextClean.Testing.Invariants;
using TextClean.Testing.Regressions;
using TextClean.Testing.Targets;

namespace TextClean.Fuzz;

internal sealed record FuzzSettings(int Seed, TimeSpan Duration, long? MaxExecutions, string? RegressionDirectory);

/// <summary>
/// Mutation fuzzing of every pass (alone and in a random chain each execution) and of Fix and Clean under
/// every option combination, against <see cref="InvariantChecks"/>, with a time check per input. Feedback
/// without code coverage: an input joins the corpus when it makes the library do something new, that is a
/// (pass, reason) pair in the change reports, or a new count bucket of one, or a new set of targets that
/// changed it. Single-threaded, so a seed reproduces the run.
/// </summary>
internal sealed class Fuzzer(FuzzSettings settings)
{
    private const int MaxCorpus = 5_000;

    /// <summary>Inputs shorter than this are not timed: fixed costs swamp their time per KB.</summary>
    private const int TimedLength = 512;

    private readonly Random _random = new(settings.Seed);
    private readonly HashSet<string> _features = new(StringComparer.Ordinal);
    private readonly HashSet<string> _findingKeys = new(StringComparer.Ordinal);
    private readonly List<double> _microsPerKb = [];
    private double _medianMicrosPerKb = double.NaN;
    private List<string> _corpus = [];

    // Time spent minimizing findings, left out of executions per second.
    private readonly Stopwatch _minimizing = new();

    public int Findings { get; private set; }

    public int Run()
    {
        Console.WriteLine($"fuzz: seed {settings.Seed} (rerun with --seed {settings.Seed}), {settings.Duration.TotalSeconds:0} s, {PassUniverse.Passes.Count} passes, {PassUniverse.OptionCombinations.Count} option combinations");
        Console.WriteLine($"fuzz: {CleanSurface.Describe()}");
        _corpus = SeedCorpus.Load(_random);
        Console.WriteLine($"fuzz: {_corpus.Count} seed inputs");
        foreach (var input in _corpus.ToArray())
        {
            Execute(input, 0);
        }

        var mutator = new Mutator(_random, _corpus);
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        long executions = 0;
        while (clock.Elapsed < settings.Duration && (settings.MaxExecutions is not { } max || executions < max))
        {
            var parent = _corpus[_random.Next(_corpus.Count)];
            Execute(mutator.Mutate(parent), ++executions);
            if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(15))
            {
                lastReport = clock.Elapsed;
                Report(executions, clock.Elapsed);
            }
        }

        Report(executions, clock.Elapsed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: done: seed {settings.Seed}, {executions} executions in {clock.Elapsed.TotalSeconds:0.0} s ({_minimizing.Elapsed.TotalSeconds:0.0} s of it minimizing findings) = {ExecutionsPerSecond(executions, clock.Elapsed):0} exec/s, {Findings} findings ({_findingKeys.Count} distinct)"));
        return Findings == 0 ? 0 : 1;
    }

    private void Report(long executions, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {elapsed.TotalSeconds,6:0} s  {executions,9} exec  {ExecutionsPerSecond(executions, elapsed),7:0} exec/s  corpus {_corpus.Count}  features {_features.Count}  median {_medianMicrosPerKb:0.0} us/KB  findings {Findings} ({_findingKeys.Count} distinct)"));

    private double ExecutionsPerSecond(long executions, TimeSpan elapsed) =>
        executions / Math.Max(0.001, (elapsed - _minimizing.Elapsed).TotalSeconds);

    private void Execute(string input, long execution)
    {
        // Each execution also runs one random chain: over a run, many ordered subsets of the passes.
        var combination = _random.Next(PassUniverse.PassListsByOptions.Count);
        var passCount = PassUniverse.PassListsByOptions[combination].Passes.Count;
        var chain = PassUniverse.Chain(combination, Enumerable.Range(0, passCount).Where(_ => _random.Next(2) == 0));
        CleaningTarget[] targets = [.. PassUniverse.Fixed, chain];

        List<Violation> violations;
        try
        {
            violations = InvariantChecks.All(targets, input, includeCultures: execution % 16 == 0);
        }
        catch (Exception e)
        {
            violations = [new Violation(InvariantChecks.Totality, "checks", InvariantChecks.Describe(e))];
        }

        try
        {
            if (InvariantChecks.DecodesFaithfully(input, _random) is { } problem)
            {
                violations.Add(new Violation(InvariantChecks.Decoding, "TextDecoder", problem));
            }
        }
        catch (Exception e)
        {
            violations.Add(new Violation(InvariantChecks.Totality, "TextDecoder", InvariantChecks.Describe(e)));
        }

        foreach (var violation in violations)
        {
            Found(violation, input, targets.FirstOrDefault(t => t.Name == violation.Target));
        }

        CheckTime(input, targets);
        if (execution > 0 && IsNew(input, targets))
        {
            if (_corpus.Count < MaxCorpus)
            {
                _corpus.Add(input);
            }
            else
            {
                _corpus[_random.Next(_corpus.Count)] = input;
            }
        }
    }

    /// <summary>Records the behaviour features of <paramref name="input"/>; true when any was not seen before.</summary>
    private bool IsNew(string input, CleaningTarget[] targets)
    {
        var added = false;
        foreach (var target in targets)
        {
            if (target.Kind is not (TargetKind.Fix or TargetKind.Pass))
            {
                continue;
            }

            IReadOnlyList<TextChange> changes;
            try
            {
                changes = target.RunReporting(input).Changes;
            }
            catch (Exception)
            {
                continue;
            }

            foreach (var group in changes.GroupBy(c => (c.Pass, c.Reason)))
            {
                added |= _features.Add($"{target.Kind}:{group.Key.Pass}/{group.Key.Reason}#{Log2(group.Count())}");
            }
        }

        return added;
    }

    private static int Log2(int n) => 31 - int.LeadingZeroCount(Math.Max(1, n));

    /// <summary>
    /// Flags an input whose time per KB is far above the median of the run. Timing on a shared machine is
    /// noisy, so an outlier is measured again (best of three) and then at four times its length: a linear
    /// pass takes about four times as long, a quadratic one sixteen.
    /// </summary>
    private void CheckTime(string input, CleaningTarget[] targets)
    {
        if (input.Length < TimedLength)
        {
            return;
        }

        var perKb = MicrosPerKb(input, targets);
        _microsPerKb.Add(perKb);
        if (_microsPerKb.Count % 256 == 0 || double.IsNaN(_medianMicrosPerKb))
        {
            var recent = _microsPerKb.TakeLast(4096).Order().ToArray();
            _medianMicrosPerKb = recent[recent.Length / 2];
        }

        if (_microsPerKb.Count < 64 || perKb < 30 * _medianMicrosPerKb)
        {
            return;
        }

        foreach (var target in targets)
        {
            var best = Enumerable.Range(0, 3).Min(_ => Micros(target, input));
            var bestPerKb = best * 1024 / input.Length;
            if (bestPerKb < 10 * _medianMicrosPerKb || best < 20_000)
            {
                continue;
            }

            // The load of a shared machine comes and goes: the growth is measured twice, both lengths timed afresh
            // each time, and the smaller counts, so that one slow spell does not make a linear pass look quadratic
            // (repeated mojibake, linear at 1x to 8x, was flagged at "10.5 times" on a machine with load 30).
            var longer = string.Concat(input, input, input, input);
            var growth = Math.Min(Enumerable.Range(0, 2).Min(_ => Micros(target, longer)) / best, Growth(target, input, longer));
            if (growth > 10 || bestPerKb > 300 * _medianMicrosPerKb)
            {
                Found(new Violation("time", target.Name, string.Create(CultureInfo.InvariantCulture,
                    $"{bestPerKb:0} us/KB against a run median of {_medianMicrosPerKb:0.0} us/KB for all targets; four times the input took {growth:0.0} times as long")),
                    input, target: null);
            }
        }
    }

    /// <summary>How many times as long <paramref name="target"/> takes on <paramref name="longer"/> as on
    /// <paramref name="input"/>, each timed at its best of a few runs.</summary>
    private static double Growth(CleaningTarget target, string input, string longer) =>
        Enumerable.Range(0, 2).Min(_ => Micros(target, longer)) / Math.Max(1, Enumerable.Range(0, 3).Min(_ => Micros(target, input)));

    private static double MicrosPerKb(string input, CleaningTarget[] targets)
    {
        var clock = Stopwatch.StartNew();
        foreach (var target in targets)
        {
            try
            {
                target.Run(input);
            }
            catch (Exception)
            {
                // Reported by the invariant checks.
            }
        }

        return clock.Elapsed.TotalMicroseconds * 1024 / input.Length;
    }

    private static double Micros(CleaningTarget target, string input)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            target.Run(input);
        }
        catch (Exception)
        {
        }

        return clock.Elapsed.TotalMicroseconds;
    }

    private void Found(Violation violation, string input, CleaningTarget? target)
    {
        Findings++;
        if (target is ChainTarget chain)
        {
            // The passes that matter first: a chain that still fails without a pass does not need it.
            for (var i = chain.Passes.Count - 1; i >= 0; i--)
            {
                var shorter = chain.Without(i);
                if (StillFails(input, shorter, violation))
                {
                    chain = shorter;
                }
            }

            target = chain;
            violation = violation with { Target = chain.Name };
        }

        // One report per bug, not per option combination: Fix and Clean fail alike under all six.
        var where = target switch
        {
            FixTarget or CleanTarget => target.Kind.ToString(),
            ChainTarget => violation.Target[..(violation.Target.IndexOf(']', StringComparison.Ordinal) + 1)],
            _ => violation.Target,
        };
        if (!_findingKeys.Add($"{violation.Property}|{where}|{Signature(violation.Property, violation.Detail)}"))
        {
            return;
        }

        var minimal = input;
        if (target is not null)
        {
            var failing = target;
            _minimizing.Start();
            minimal = Minimizer.Minimize(input, candidate => StillFails(candidate, failing, violation), TimeSpan.FromSeconds(10));
            _minimizing.Stop();
            if (violation.Property != InvariantChecks.Totality && Recheck(minimal, target, violation.Property) is { } detail)
            {
                violation = violation with { Detail = detail };
            }
        }

        Console.WriteLine($"FINDING {violation}");
        Console.WriteLine($"  input ({minimal.Length} of {input.Length} units after minimizing): \"{Escaping.Escape(minimal.Length > 400 ? minimal[..400] + "..." : minimal)}\"");
        if (settings.RegressionDirectory is { } directory)
        {
            var name = violation.Property == "time" ? violation with { Property = RegressionFile.SlowPrefix.TrimEnd('-') } : violation;
            var path = RegressionFile.Write(directory, name, minimal, $"the fuzz driver, seed {settings.Seed}");
            Console.WriteLine($"  written to {path}");
        }
    }

    private static string? Recheck(string input, CleaningTarget target, string property)
    {
        try
        {
            return InvariantChecks.Check(property, target, input);
        }
        catch (Exception e)
        {
            return InvariantChecks.Describe(e);
        }
    }

    /// <summary>Whether <paramref name="candidate"/> still breaks the same invariant the same way on
    /// <paramref name="target"/> (only that invariant is checked, so minimizing stays quick).</summary>
    private static bool StillFails(string candidate, CleaningTarget target, Violation violation)
    {
        if (violation.Property == "time")
        {
            return false;
        }

        if (violation.Property == InvariantChecks.Totality)
        {
            try
            {
                foreach (var property in InvariantChecks.PerInputProperties)
                {
                    InvariantChecks.Check(property, target, candidate);
                }

                return false;
            }
            catch (Exception e)
            {
                return e.GetType().Name == Signature(InvariantChecks.Totality, violation.Detail);
            }
        }

        try
        {
            return InvariantChecks.Check(violation.Property, target, candidate) is { } problem
                && Signature(violation.Property, problem) == Signature(violation.Property, violation.Detail);
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>What makes two failures of one invariant the same bug: the exception type, the hygiene rule.</summary>
    private static string Signature(string property, string detail) => property switch
    {
        InvariantChecks.Totality or InvariantChecks.HygieneProperty => detail.Split([':', ' '], 2)[0],
        _ => "",
    };
}
