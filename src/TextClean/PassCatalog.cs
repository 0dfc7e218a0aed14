using TextClean.Characters;
using TextClean.Pipeline;
using TextClean.Words;

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

        // Word stage, after every character pass: the passes read letters, so decoding, entities and
        // look-alike characters must be settled first. In-word repair before de-hyphenation, so a
        // repaired word already counts as the document's evidence when split words are judged.
        var words = options.WordRepair;
        if (words.InWordRepair)
        {
            passes.Add(new InWordRepairPass(words.Lexicon));
        }

        if (words.Dehyphenation)
        {
            passes.Add(new DehyphenationPass(words.Lexicon));
        }

        return passes;
    }
}
