using TextClean.Blocks;
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
        return passes;
    }

    /// <summary>The block passes of <c>Clean</c>, in order, after the repair passes: metadata first (it
    /// needs the headline and byline where the page put them), then boilerplate, then render.</summary>
    public static IReadOnlyList<BlockPass> BlockPasses(CleanerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var passes = new List<BlockPass> { new MetadataPass() };
        if (options.Boilerplate is { } boilerplate)
        {
            passes.Add(new BoilerplatePass(boilerplate));
        }

        passes.Add(new RenderPass());
        return passes;
    }
}
