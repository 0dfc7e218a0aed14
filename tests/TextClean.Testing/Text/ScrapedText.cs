namespace TextClean.Testing.Text;

/// <summary>One piece of a generated document: what kind it is (for reading counterexamples) and its text.</summary>
public sealed record Segment(string Kind, string Text)
{
    public override string ToString() => $"{Kind}: \"{Escaping.Escape(Text)}\"";
}

/// <summary>
/// Random documents that look like scraped articles: paragraphs of sentences in many scripts with their
/// damage mixed in (mojibake, entities, controls, invisibles, lone surrogates, odd line breaks, blank-line
/// runs, huge lines, boilerplate, bylines and dates). Everything comes from the <see cref="Random"/> given,
/// so a seed reproduces a document.
/// </summary>
public static class ScrapedText
{
    private static readonly Lazy<string[]> SeedTexts = new(() => [.. RepoPaths.SeedTexts()]);

    private static readonly Lazy<string[]> SeedSentences = new(() =>
        [.. SeedTexts.Value
            .SelectMany(t => t.Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 3)
            .Distinct(StringComparer.Ordinal)]);

    private delegate string Maker(Random random);

    // Weights: mostly ordinary article text, with every kind of damage common enough to meet every pass.
    private static readonly (int Weight, string Kind, Maker Make)[] Kinds =
    [
        (250, "sentence", r => Pick(r, Fragments.Sentences)),
        (100, "seed-sentence", r => SeedSentences.Value.Length > 0 ? Pick(r, SeedSentences.Value) + "." : Pick(r, Fragments.Sentences)),
        (120, "line-break", r => Pick(r, Fragments.LineBreaks)),
        (30, "blank-lines", r => string.Concat(Enumerable.Repeat(Pick(r, ["\n", "\r\n", "\r", "\n \n"]), r.Next(3, 40)))),
        (60, "space", r => Pick(r, Fragments.Spaces)),
        (80, "mojibake", r => Mojibake.Random(r, Pick(r, r.Next(3) == 0 ? SeedSentencesOrBuiltIn() : Fragments.Sentences))),
        (20, "mojibake-token", r => Mojibake.Random(r, Pick(r, Fragments.QuotesAndWidth))),
        (50, "entity", r => Pick(r, Fragments.Entities)),
        (40, "control", r => Pick(r, Fragments.Controls)),
        (50, "invisible", r => Pick(r, Fragments.Invisibles)),
        (20, "lone-surrogate", r => Pick(r, Fragments.LoneSurrogates)),
        (40, "emoji-combining", r => Pick(r, Fragments.EmojiAndCombining)),
        (40, "quotes-width", r => Pick(r, Fragments.QuotesAndWidth)),
        (40, "boilerplate", r => Pick(r, Fragments.Boilerplate) + Pick(r, ["\n", "\r\n", "", " "])),
        (50, "byline-date", r => Pick(r, Fragments.BylinesAndDates)),
        (30, "word-damage", r => Pick(r, Fragments.WordDamage)),
        (20, "hyphenated-lines", HyphenatedLines),
        (25, "noise", Noise),
        (20, "seed-slice", SeedSlice),
        (2, "huge-line", HugeLine),
        (8, "repeat", r => string.Concat(Enumerable.Repeat(Pick(r, Fragments.Repeatable), r.Next(2, 300)))),
    ];

    private static readonly int TotalWeight = Kinds.Sum(k => k.Weight);

    /// <summary>A document of about <paramref name="size"/> / 2 segments (FsCheck's size runs 0..100).</summary>
    public static IReadOnlyList<Segment> Document(Random random, int size)
    {
        var count = random.Next(0, Math.Max(1, size / 2) + 1);
        var segments = new Segment[count];
        for (var i = 0; i < count; i++)
        {
            segments[i] = Segment(random);
        }

        return segments;
    }

    /// <summary>Raw UTF-16 soup, not text-like at all: for totality (any string whatever).</summary>
    public static IReadOnlyList<Segment> RawDocument(Random random, int size)
    {
        var count = random.Next(0, Math.Max(1, size / 2) + 1);
        var segments = new Segment[count];
        for (var i = 0; i < count; i++)
        {
            segments[i] = new Segment("noise", Noise(random));
        }

        return segments;
    }

    public static Segment Segment(Random random)
    {
        var roll = random.Next(TotalWeight);
        foreach (var (weight, kind, make) in Kinds)
        {
            if (roll < weight)
            {
                return new Segment(kind, make(random));
            }

            roll -= weight;
        }

        throw new InvalidOperationException("unreachable: weights cover the roll");
    }

    public static string Join(IReadOnlyList<Segment> segments) => string.Concat(segments.Select(s => s.Text));

    private static IReadOnlyList<string> SeedSentencesOrBuiltIn() => SeedSentences.Value.Length > 0 ? SeedSentences.Value : Fragments.Sentences;

    private static string Pick(Random random, IReadOnlyList<string> items) => items[random.Next(items.Count)];

    /// <summary>Any UTF-16 code units, biased towards the interesting ranges.</summary>
    private static string Noise(Random random)
    {
        var chars = new char[random.Next(1, 24)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(6) switch
            {
                0 => (char)random.Next(0x00, 0x100),
                1 => (char)random.Next(0x0300, 0x0370),
                2 => (char)random.Next(0x2000, 0x2070),
                3 => (char)random.Next(0xD800, 0xE000),
                4 => (char)random.Next(0xFE00, 0x10000),
                _ => (char)random.Next(0x0000, 0x10000),
            };
        }

        return new string(chars);
    }

    private static string SeedSlice(Random random)
    {
        if (SeedTexts.Value.Length == 0)
        {
            return Pick(random, Fragments.Sentences);
        }

        var text = Pick(random, SeedTexts.Value);
        var start = random.Next(text.Length);
        return text.Substring(start, Math.Min(text.Length - start, random.Next(1, 600)));
    }

    /// <summary>Sentences laid out as print does, words broken at line ends with a hyphen (now and then with
    /// padding before the break), some lines mojibake: the chains where a repair and a join wait on each other.</summary>
    private static string HyphenatedLines(Random random)
    {
        var builder = new System.Text.StringBuilder();
        for (var lines = random.Next(2, 12); lines > 0; lines--)
        {
            var sentence = Pick(random, Fragments.Sentences);
            var cut = sentence.IndexOf(' ', random.Next(sentence.Length)) is var space and > 2 ? space - 2 : sentence.Length / 2;
            var line = sentence[..cut] + Pick(random, ["-\n", "-\n", "-\r\n", "- \n", "-\t\n"]) + sentence[cut..] + " ";
            builder.Append(random.Next(3) == 0 ? Mojibake.Random(random, line) : line);
        }

        return builder.ToString();
    }

    /// <summary>One line of 8k to 32k characters: sentences with no line break.</summary>
    private static string HugeLine(Random random)
    {
        var target = random.Next(8_000, 32_000);
        var builder = new System.Text.StringBuilder(target + 200);
        while (builder.Length < target)
        {
            builder.Append(Pick(random, Fragments.Sentences)).Append(' ');
        }

        return builder.ToString();
    }
}
