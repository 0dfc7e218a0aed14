using TextClean.Characters;
using TextClean.Pipeline;

namespace TextClean;

/// <summary>
/// The one list of the library's passes, in pipeline order. The cleaner, the property tests, the fuzzer
/// and the benchmarks all read it, so a pass added here is tested and benchmarked with no other change.
/// </summary>
public static class PassCatalog
{
    /// <summary>The character and word passes that <paramref name="options"/> switches on, in order.</summary>
    public static IReadOnlyList<TextPass> RepairPasses(CleanerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var passes = new List<TextPass>
        {
            // Lone surrogates first: every later pass may assume well-formed UTF-16.
            new SurrogatePass(),
        };

        // Mojibake after HTML entities ("&Atilde;&copy;" is mojibake once unescaped) and before control
        // characters are removed (C1 controls are often Latin-1 mojibake).
        if (options.Mojibake is { } mojibake)
        {
            passes.Add(new MojibakePass(mojibake));
        }

        return passes;
    }
}
