using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using TextClean.Testing.Targets;

namespace TextClean.Properties;

/// <summary>The groups every property runs over: each pass alone, random ordered subsets of the passes,
/// and the cleaner's Fix and Clean under a Quotes x Whitespace combination drawn per case.</summary>
public enum TargetGroup
{
    Passes,
    Chains,
    Fix,
    Clean,
}

/// <summary>Thrown inside a property to fail it with a readable reason (FsCheck shrinks on exceptions).</summary>
public sealed class PropertyFailure(string message) : Exception(message);

/// <summary>How properties run: how many cases (TEXTCLEAN_PROPERTY_CASES: quick by default, 10,000 in
/// CI) and against which targets.</summary>
public static class PropertyRun
{
    /// <summary>Cases per property for a plain <c>dotnet test</c>: enough to meet every kind of segment.</summary>
    public const int QuickCases = 200;

    public static int Cases { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("TEXTCLEAN_PROPERTY_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : QuickCases;

    /// <summary>TEXTCLEAN_PROPERTY_REPLAY="seed,gamma,size", as FsCheck prints after "Replay directly at
    /// failing step with": reruns exactly the failing case.</summary>
    public static Replay? ReplayFromEnvironment()
    {
        var parts = Environment.GetEnvironmentVariable("TEXTCLEAN_PROPERTY_REPLAY")?.Trim('(', ')', ' ').Split(',');
        if (parts is not { Length: 3 })
        {
            return null;
        }

        var seed = ulong.Parse(parts[0].Trim(), CultureInfo.InvariantCulture);
        var gamma = ulong.Parse(parts[1].Trim(), CultureInfo.InvariantCulture);
        var size = int.Parse(parts[2].Trim(), CultureInfo.InvariantCulture);
        return new Replay(new Rnd(seed, gamma), FSharpOption<int>.Some(size));
    }

    public static IReadOnlyList<CleaningTarget> Targets(TargetGroup group, Case value) => group switch
    {
        TargetGroup.Passes => PassUniverse.Passes,
        TargetGroup.Chains => [value.Chain!.Target()],
        TargetGroup.Fix => [PassUniverse.Fixes[value.Combination]],
        TargetGroup.Clean => [PassUniverse.Cleans[value.Combination]],
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary>Checks <paramref name="check"/> on every target of <paramref name="group"/> for
    /// <see cref="Cases"/> generated cases; a failure shrinks and throws with the minimal case.</summary>
    public static void Holds(
        string property, TargetGroup group, Func<CleaningTarget, Case, string?> check, int documents = 1, bool raw = false) =>
        HoldsForGroup(property, group, (targets, value) =>
        {
            foreach (var target in targets)
            {
                if (check(target, value) is { } problem)
                {
                    return $"{property} on {target.Name}: {problem}";
                }
            }

            return null;
        }, documents, raw);

    /// <summary>Like <see cref="Holds"/>, for checks that take the group's targets together.</summary>
    public static void HoldsForGroup(
        string property, TargetGroup group, Func<IReadOnlyList<CleaningTarget>, Case, string?> check, int documents = 1, bool raw = false)
    {
        var arbitrary = PropertyCases.Arbitrary(group == TargetGroup.Chains, documents, raw);
        var prop = Prop.ForAll(arbitrary, value =>
        {
            if (check(Targets(group, value), value) is { } problem)
            {
                throw new PropertyFailure(problem);
            }
        });
        var config = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithName($"{property} / {group}").WithQuietOnSuccess(true);
        if (ReplayFromEnvironment() is { } replay)
        {
            config = config.WithReplay(FSharpOption<Replay>.Some(replay)).WithMaxTest(1);
        }

        Check.One(config, prop);
    }
}
