using System.Text;
using TextClean.Testing.Invariants;
using TextClean.Testing.Text;

namespace TextClean.Fuzz;

/// <summary>Turns one input into a nearby one. Every choice comes from the <see cref="Random"/> given, so a
/// fuzz run is reproduced by its seed.</summary>
internal sealed class Mutator(Random random, IReadOnlyList<string> corpus)
{
    /// <summary>Inputs are kept under this many UTF-16 units so executions stay many; the time check
    /// still sees quadratic work, since it runs a flagged input again at four times its length.</summary>
    public const int MaxLength = 16_000;

    private static readonly Encoding Utf8Lossy = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>How a word is broken at a line's end: the hyphens de-hyphenation joins, with the padding and
    /// line breaks it joins across, and a mid-line "- " split.</summary>
    private static readonly string[] WordBreaks = ["-\n", "-\r\n", "- \n", "-\t\n", "-  \r\n", "\u2010\n", "-\n  ", "- "];

    private delegate string Mutation(string input);

    public string Mutate(string input)
    {
        Mutation[] mutations = [FlipBytes, Splice, InsertToken, Duplicate, Truncate, MakeMojibake, AppendSegment, BreakWords];
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            input = mutations[random.Next(mutations.Length)](input);
        }

        return input.Length > MaxLength ? input[..MaxLength] : input;
    }

    /// <summary>Flips bits, sets bytes or drops in a lead/continuation byte in the UTF-8, then decodes
    /// lossily (the library's own decoder is checked on such bytes by <see cref="InvariantChecks.DecodesFaithfully"/>).</summary>
    private string FlipBytes(string input)
    {
        var bytes = Utf8Lossy.GetBytes(input).ToList();
        var flips = 1 + random.Next(8);
        for (var i = 0; i < flips; i++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(4))
            {
                case 0 when at < bytes.Count:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when at < bytes.Count:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.Insert(at, (byte)(random.Next(3) switch { 0 => 0x80 + random.Next(0x40), 1 => 0xC2 + random.Next(0x1E), _ => 0xE0 + random.Next(0x15) }));
                    break;
                default:
                    if (at < bytes.Count)
                    {
                        bytes.RemoveAt(at);
                    }

                    break;
            }
        }

        return Utf8Lossy.GetString(bytes.ToArray());
    }

    private string Splice(string input)
    {
        var other = corpus[random.Next(corpus.Count)];
        return input[..random.Next(input.Length + 1)] + other[random.Next(other.Length + 1)..];
    }

    private string InsertToken(string input)
    {
        var token = Fragments.Dictionary[random.Next(Fragments.Dictionary.Count)];
        return input.Insert(random.Next(input.Length + 1), token);
    }

    /// <summary>Copies a range elsewhere, sometimes many times over: long runs are where quadratic loops show.</summary>
    private string Duplicate(string input)
    {
        if (input.Length == 0)
        {
            return string.Concat(Enumerable.Repeat(Fragments.Repeatable[random.Next(Fragments.Repeatable.Count)], 1 + random.Next(2000)));
        }

        var start = random.Next(input.Length);
        var range = input.Substring(start, Math.Min(input.Length - start, 1 + random.Next(64)));
        var times = random.Next(8) == 0 ? 1 + random.Next(Math.Max(1, 8_000 / range.Length)) : 1 + random.Next(3);
        return input.Insert(random.Next(input.Length + 1), string.Concat(Enumerable.Repeat(range, times)));
    }

    private string Truncate(string input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var start = random.Next(input.Length);
        return random.Next(2) == 0 ? input[..start] : input.Remove(start, random.Next(input.Length - start + 1));
    }

    private string MakeMojibake(string input)
    {
        if (input.Length == 0)
        {
            return Mojibake.Random(random, Fragments.Sentences[random.Next(Fragments.Sentences.Count)]);
        }

        var start = random.Next(input.Length);
        var length = random.Next(input.Length - start + 1);
        return input[..start] + Mojibake.Random(random, input.Substring(start, length)) + input[(start + length)..];
    }

    /// <summary>Breaks words across lines with a hyphen, often many in one text, as print layouts do: chains of
    /// hyphenated line ends are where the mojibake and de-hyphenation passes feed each other, and random edits
    /// seldom make more than one.</summary>
    private string BreakWords(string input)
    {
        var builder = new StringBuilder(input);
        var breaks = 1 + random.Next(random.Next(8) == 0 ? 32 : 4);
        for (var k = 0; k < breaks && builder.Length > 1; k++)
        {
            // The first place between two letters at or after a random one, looking a little way only.
            var at = 1 + random.Next(builder.Length - 1);
            var limit = Math.Min(builder.Length, at + 64);
            while (at < limit && !(char.IsLetter(builder[at - 1]) && char.IsLetter(builder[at])))
            {
                at++;
            }

            if (at < limit)
            {
                builder.Insert(at, WordBreaks[random.Next(WordBreaks.Length)]);
            }
        }

        return builder.ToString();
    }

    private string AppendSegment(string input)
    {
        var segment = ScrapedText.Segment(random).Text;
        return random.Next(2) == 0 ? input + segment : segment + input;
    }
}
