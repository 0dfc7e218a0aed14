using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TextClean.Testing;
using TextClean.Testing.Targets;
using TextClean.Testing.Text;

namespace TextClean.Properties;

/// <summary>A generated text kept as its segments, so that shrinking can drop and shorten them and a
/// counterexample reads as the few pieces that matter.</summary>
public sealed class Document(IReadOnlyList<Segment> segments)
{
    public IReadOnlyList<Segment> Segments { get; } = segments;

    public string Text { get; } = ScrapedText.Join(segments);

    public override string ToString()
    {
        var shown = Text.Length <= 4000 ? Escaping.Escape(Text) : Escaping.Escape(Text[..4000]) + $"... ({Text.Length} UTF-16 units)";
        var builder = new StringBuilder().Append('"').Append(shown).Append("\" from ").Append(Segments.Count).Append(" segments");
        foreach (var segment in Segments.Take(20))
        {
            builder.Append("\n    ").Append(segment.Text.Length <= 200 ? segment.ToString() : $"{segment.Kind}: ({segment.Text.Length} units)");
        }

        return builder.ToString();
    }
}

/// <summary>An ordered subset of one option combination's passes, by index.</summary>
public sealed record ChainSpec(int Combination, int[] Selected)
{
    public ChainTarget Target() => PassUniverse.Chain(Combination, Selected);

    public override string ToString() => Target().Name;
}

/// <summary>One property case: the documents to run (one, or a batch for thread safety), the option
/// combination for Fix and Clean, and, for the random-chain group, the chain to run them through.</summary>
public sealed record Case(int Combination, ChainSpec? Chain, Document[] Documents)
{
    public override string ToString() =>
        (Chain is null ? $"options {PassUniverse.Describe(PassUniverse.OptionCombinations[Combination])}\n" : Chain + "\n") +
        string.Join("\n", Documents.Select((d, i) => $"document {i}: {d}"));
}

/// <summary>FsCheck generators and shrinkers for <see cref="Case"/>. Documents come from
/// <see cref="ScrapedText"/> seeded by FsCheck's own random source, so FsCheck's replay reproduces them.</summary>
public static class PropertyCases
{
    public static Arbitrary<Case> Arbitrary(bool chain, int documents, bool raw = false)
    {
        var document = Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            return new Document(raw ? ScrapedText.RawDocument(random, size) : ScrapedText.Document(random, size));
        }));
        // Each case draws one option combination, so 10,000 cases cover all six about equally often.
        var gen =
            from combination in Gen.Choose(0, PassUniverse.OptionCombinations.Count - 1)
            from seed in Gen.Choose(0, int.MaxValue)
            from docs in Gen.ArrayOf(document, documents)
            select new Case(combination, chain ? Chain(combination, seed) : null, docs);
        return Arb.From(gen, Shrink);
    }

    private static ChainSpec Chain(int combination, int seed)
    {
        var random = new Random(seed);
        var count = PassUniverse.PassListsByOptions[combination].Passes.Count;
        return new ChainSpec(combination, [.. Enumerable.Range(0, count).Where(_ => random.Next(2) == 0)]);
    }

    /// <summary>The default options if the case fails there too, then fewer passes, then fewer documents,
    /// then fewer and shorter segments.</summary>
    public static IEnumerable<Case> Shrink(Case value)
    {
        if (value.Combination != 0 && value.Chain is null)
        {
            yield return value with { Combination = 0 };
        }

        if (value.Chain is { } chain)
        {
            for (var i = 0; i < chain.Selected.Length; i++)
            {
                yield return value with { Chain = chain with { Selected = [.. chain.Selected.Where((_, k) => k != i)] } };
            }
        }

        if (value.Documents.Length > 1)
        {
            for (var i = 0; i < value.Documents.Length; i++)
            {
                yield return value with { Documents = [.. value.Documents.Where((_, k) => k != i)] };
            }
        }

        for (var d = 0; d < value.Documents.Length; d++)
        {
            foreach (var smaller in Shrink(value.Documents[d].Segments))
            {
                var documents = (Document[])value.Documents.Clone();
                documents[d] = new Document(smaller);
                yield return value with { Documents = documents };
            }
        }
    }

    private static IEnumerable<IReadOnlyList<Segment>> Shrink(IReadOnlyList<Segment> segments)
    {
        var n = segments.Count;
        if (n > 1)
        {
            yield return [.. segments.Take(n / 2)];
            yield return [.. segments.Skip(n / 2)];
        }

        // Drop runs of segments, long runs first (a list of 50 shrinks in a few dozen steps, not hundreds).
        for (var run = Math.Max(1, n / 4); run >= 1; run /= 2)
        {
            for (var start = 0; start + run <= n; start += run)
            {
                if (run < n)
                {
                    yield return [.. segments.Take(start), .. segments.Skip(start + run)];
                }
            }

            if (run == 1)
            {
                break;
            }
        }

        for (var i = 0; i < n; i++)
        {
            foreach (var shorter in Shorter(segments[i].Text))
            {
                yield return [.. segments.Take(i), segments[i] with { Text = shorter }, .. segments.Skip(i + 1)];
            }
        }
    }

    private static IEnumerable<string> Shorter(string text)
    {
        if (text.Length <= 1)
        {
            yield break;
        }

        yield return text[..(text.Length / 2)];
        yield return text[(text.Length / 2)..];
        if (text.Length <= 16)
        {
            for (var i = 0; i < text.Length; i++)
            {
                yield return text.Remove(i, 1);
            }
        }
    }
}
