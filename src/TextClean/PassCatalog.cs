using TextClean.Blocks;
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

        // Entities before mojibake: "&Atilde;&copy;" is mojibake only once unescaped.
        if (options.HtmlEntities.Enabled)
        {
            passes.Add(new HtmlEntityPass(options.HtmlEntities));
        }

        // Mojibake after HTML entities ("&Atilde;&copy;" is mojibake once unescaped) and before control
        // characters are removed (C1 controls are often Latin-1 mojibake).
        if (options.Mojibake.Enabled)
        {
            // One switch for C1 controls (ControlCharacterOptions.RepairC1Controls): the mojibake pass reads those
            // inside its stretches, the controls pass the rest.
            var c1 = options.Controls.RepairC1Controls;
            passes.Add(new MojibakePass(options.Mojibake.RepairC1Controls == c1 ? options.Mojibake : options.Mojibake with { RepairC1Controls = c1 }));
        }

        // After mojibake: the C1 controls left by then are single Windows-1252 bytes read as Latin-1.
        if (options.Controls.Enabled)
        {
            passes.Add(new ControlCharacterPass(options.Controls));
        }

        if (options.Whitespace == WhitespaceMode.Normalize)
        {
            passes.Add(new WhitespacePass(options.WhitespaceDetails));
        }

        // Width before normalization ("ｅ" + U+0301 composes only once it is "e"), and normalization before
        // quotes: NFC turns the Greek accents U+1FEF and U+1FFD into ` and ´, which the quote pass reads, and
        // the ʼ of an expanded ŉ must meet the quote pass too.
        if (options.Width.Enabled)
        {
            passes.Add(new WidthPass(options.Width));
        }

        if (options.Normalization.Enabled)
        {
            passes.Add(new NormalizationPass());
        }

        if (options.Quotes != QuoteStyle.Keep)
        {
            passes.Add(new QuotePass(new QuoteOptions { Style = options.Quotes }));
        }

        // Word stage, after every character pass: the passes read letters, so decoding, entities and
        // look-alike characters must be settled first. In-word repair before de-hyphenation, so a
        // repaired word already counts as the document's evidence when split words are judged.
        var words = options.WordRepair;
        if (words.Enabled && words.InWordRepair)
        {
            passes.Add(new InWordRepairPass(words.Lexicon, options.Quotes));
        }

        if (words.Enabled && words.Dehyphenation)
        {
            passes.Add(new DehyphenationPass(words.Lexicon));
        }

        return passes;
    }

    /// <summary>The block passes of <c>Clean</c>, in order, after the repair passes: metadata first (it
    /// needs the headline and byline where the page put them), then boilerplate, then render.</summary>
    public static IReadOnlyList<BlockPass> BlockPasses(CleanerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var passes = new List<BlockPass> { new MetadataPass() };
        if (options.Boilerplate is { Enabled: true } boilerplate)
        {
            passes.Add(new BoilerplatePass(boilerplate));
        }

        passes.Add(new RenderPass());
        return passes;
    }
}
