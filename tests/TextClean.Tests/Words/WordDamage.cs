using System.Text;

namespace TextClean.Tests.Words;

/// <summary>
/// Damages real text the way issue 6 describes, and scores a repair of it. The same generator runs
/// through the CLI over larger sets in tools/word-damage/measure.py.
/// </summary>
internal static class WordDamage
{
    /// <summary>What stands in for a damaged letter.</summary>
    public const string Symbols = "][|}{01356@#^*~\\";

    /// <summary>Replaces one interior letter of a share (<paramref name="rate"/>) of the ASCII words of
    /// 6+ letters with a symbol. Words keep their places, so the texts align word for word.</summary>
    public static (string Damaged, int Count) Damage(string text, Random random, double rate)
    {
        var builder = new StringBuilder(text.Length);
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            var eligible = word.Length >= 6 && !word.ContainsAnyExceptInRange('A', 'z') && !word.ContainsAny("[\\]^_`")
                && (i >= text.Length || !char.IsDigit(text[i])) && (start == 0 || !char.IsDigit(text[start - 1]));
            if (eligible && random.NextDouble() < rate)
            {
                var position = random.Next(1, word.Length - 1);
                builder.Append(word[..position]).Append(Symbols[random.Next(Symbols.Length)]).Append(word[(position + 1)..]);
                count++;
            }
            else
            {
                builder.Append(word);
            }
        }

        return (builder.ToString(), count);
    }

    /// <summary>Word-by-word score of <paramref name="repaired"/> (a length-keeping repair of
    /// <paramref name="damaged"/>) against <paramref name="original"/>.</summary>
    public static Score Measure(string original, string damaged, string repaired, int damagedCount)
    {
        var truth = original.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var before = damaged.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var after = repaired.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (truth.Length != before.Length || before.Length != after.Length)
        {
            throw new InvalidOperationException("The repair moved words; score it with tools/word-damage/measure.py.");
        }

        int changed = 0, right = 0;
        for (var w = 0; w < before.Length; w++)
        {
            if (before[w] != after[w])
            {
                changed++;
                right += after[w] == truth[w] && before[w] != truth[w] ? 1 : 0;
            }
        }

        return new Score(damagedCount, changed, right);
    }

    public readonly record struct Score(int Damaged, int Changed, int Right)
    {
        public double Precision => Changed == 0 ? 1 : (double)Right / Changed;

        public double Recall => Damaged == 0 ? 1 : (double)Right / Damaged;

        public static Score operator +(Score a, Score b) => new(a.Damaged + b.Damaged, a.Changed + b.Changed, a.Right + b.Right);
    }
}
