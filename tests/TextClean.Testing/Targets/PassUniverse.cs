using System.Reflection;
using TextClean.Pipeline;

namespace TextClean.Testing.Targets;

/// <summary>
/// Every pass and pipeline the invariants must hold for, read from <see cref="PassCatalog"/> under every
/// combination of the options that change the pass list. A pass registered in the catalog is covered here
/// with no other change; a new enum value of those options is too.
/// </summary>
public static class PassUniverse
{
    /// <summary>Quotes x Whitespace: the options that decide which passes run and how. The defaults come
    /// first, so index 0 is what shrinking aims for.</summary>
    public static IReadOnlyList<CleanerOptions> OptionCombinations { get; } =
        [.. (from quotes in Enum.GetValues<QuoteStyle>()
             from whitespace in Enum.GetValues<WhitespaceMode>()
             select CleanerOptions.Default with { Quotes = quotes, Whitespace = whitespace })
            .OrderBy(o => o == CleanerOptions.Default ? 0 : 1)];

    /// <summary>Each combination's repair passes, in pipeline order (the material random chains are cut from).</summary>
    public static IReadOnlyList<(CleanerOptions Options, IReadOnlyList<TextPass> Passes)> PassListsByOptions { get; } =
        [.. OptionCombinations.Select(o => (o, PassCatalog.RepairPasses(o)))];

    /// <summary>Every distinct pass alone. Passes built alike under two combinations (same type, equal
    /// instance fields) count once; a pass the options configure differently is tested in each form.</summary>
    public static IReadOnlyList<PassTarget> Passes { get; } = DistinctPasses();

    public static IReadOnlyList<FixTarget> Fixes { get; } =
        [.. OptionCombinations.Select(o => new FixTarget(new TextCleaner(o), Describe(o)))];

    public static IReadOnlyList<CleanTarget> Cleans { get; } =
        [.. OptionCombinations.Select(o => new CleanTarget(new TextCleaner(o), Describe(o)))];

    /// <summary>Passes alone, Fix and Clean under every combination: what the fuzzer and regression replay check.</summary>
    public static IReadOnlyList<CleaningTarget> Fixed { get; } = [.. Passes, .. Fixes, .. Cleans];

    public static string Describe(CleanerOptions options) =>
        $"quotes={options.Quotes} whitespace={options.Whitespace}";

    /// <summary>The ordered subset of combination <paramref name="combination"/>'s passes picked by
    /// <paramref name="selected"/> (indices into that list, ascending).</summary>
    public static ChainTarget Chain(int combination, IEnumerable<int> selected)
    {
        var (options, passes) = PassListsByOptions[combination];
        return new ChainTarget([.. selected.Order().Distinct().Select(i => passes[i])], Describe(options));
    }

    /// <summary>The chain a <see cref="ChainTarget.Name"/> names (<c>chain [a, b] quotes=X whitespace=Y</c>),
    /// rebuilt from this build's catalog; null when the name is not a chain or a pass in it does not exist.</summary>
    public static ChainTarget? ChainNamed(string name)
    {
        const string Prefix = "chain [";
        var close = name.IndexOf(']', StringComparison.Ordinal);
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || close < 0)
        {
            return null;
        }

        var options = name[(close + 1)..].Trim();
        var combination = PassListsByOptions.ToList().FindIndex(c => Describe(c.Options) == options);
        if (combination < 0)
        {
            return null;
        }

        var passes = PassListsByOptions[combination].Passes;
        var names = name[Prefix.Length..close].Split(", ", StringSplitOptions.RemoveEmptyEntries);
        var indices = names.Select(n => passes.ToList().FindIndex(p => p.Name == n)).ToArray();
        return indices.Contains(-1) ? null : Chain(combination, indices);
    }

    private static PassTarget[] DistinctPasses()
    {
        var seen = new List<(TextPass Pass, CleanerOptions Options)>();
        foreach (var (options, passes) in PassListsByOptions)
        {
            foreach (var pass in passes)
            {
                if (!seen.Any(s => BuiltAlike(s.Pass, pass)))
                {
                    seen.Add((pass, options));
                }
            }
        }

        return [.. seen.Select(s => new PassTarget(
            s.Pass,
            seen.Count(o => o.Pass.Name == s.Pass.Name) > 1 ? $"pass {s.Pass.Name} ({Describe(s.Options)})" : $"pass {s.Pass.Name}"))];
    }

    /// <summary>Same type and equal instance fields (options records and enums compare by value; a table
    /// built per instance compares by reference, so at worst a pass is tested twice).</summary>
    private static bool BuiltAlike(TextPass a, TextPass b)
    {
        if (a.GetType() != b.GetType())
        {
            return false;
        }

        for (var type = a.GetType(); type is not null && type != typeof(TextPass); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!Equals(field.GetValue(a), field.GetValue(b)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
