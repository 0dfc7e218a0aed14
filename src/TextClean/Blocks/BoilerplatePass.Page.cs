using System.Buffers;
using System.Numerics;

namespace TextClean.Blocks;

public sealed partial class BoilerplatePass
{
    /// <summary>
    /// One page's working state: what each block says about itself (worked out once per call) and the
    /// arrays the classification rounds reuse. A thread keeps one between calls (<see cref="Rent"/>), so
    /// that classifying a page allocates only the result; a page too large to keep gives its arrays back
    /// to the shared pools instead.
    /// </summary>
    private sealed class Page
    {
        // Enough for a 100 KB page; what a thread keeps stays near 3 MB (the per-language stopword counts,
        // 18 ints a block in pooled arrays, are the largest part).
        private const int MaxKeptBlocks = 1 << 13;
        private const int MaxKeptKeyChars = 1 << 18;

        [ThreadStatic]
        private static Page? t_spare;

        // Per block, indexed by block.
        public BlockFeatures[] Features = [];
        /// <summary><see cref="Stopwords.LanguageCount"/> counts per block, one per language.</summary>
        public int[] StopwordHits = [];
        /// <summary>The first block with exactly this block's text (itself when it is the first).</summary>
        public int[] FirstCopy = [];
        /// <summary>One id per distinct key, in order of first appearance.</summary>
        public int[] KeyIds = [];
        public string?[] OwnReasons = [];
        public (string Reason, bool Section)?[] SectionHeaders = [];
        public bool[] BylineLike = [];
        /// <summary>A photo's credit on a line of its own, under its caption (<see cref="CreditLine.FollowsCaption"/>).</summary>
        public bool[] CaptionCredit = [];
        /// <summary>The page has a block of <see cref="CaptionCredit"/>.</summary>
        public bool AnyCaptionCredit;
        /// <summary>The block could be a photo's caption: a caption's length, nothing said or quoted in it. Worked out
        /// only when <see cref="AnyCaptionCredit"/>.</summary>
        public bool[] MayBeCaption = [];
        /// <summary>The own reason is a phrase the block mentions in reported prose: it stands only at the
        /// body's edges or outside it (<see cref="BoilerplatePass.ConfirmMentions"/>).</summary>
        public bool[] MentionOnly = [];
        /// <summary>What the block is to a results table (<see cref="TableLine"/>).</summary>
        public TableLine[] TableLines = [];
        /// <summary>Why the block goes, once a round removed it.</summary>
        public string?[] Reasons = [];

        /// <summary>The blocks' keys, one after another (<see cref="BlockFeatures.KeyIn"/>).</summary>
        public char[] Keys = [];

        /// <summary>The surviving blocks, in order; the first <see cref="SurvivorCount"/> are live.</summary>
        public int[] Survivors = [];
        public int SurvivorCount;
        public int BlockCount;
        public int DistinctKeys;

        /// <summary>The survivors' words, and their stopwords per language: the page's language is read
        /// from these every round, so they follow the removals instead of being summed again.</summary>
        public long WordTotal;
        public readonly long[] StopwordTotals = new long[Stopwords.LanguageCount];

        // Per surviving block in one round, indexed by position among the survivors.
        public Kind[] Kinds = [];
        public string?[] Local = [];
        public bool[] InBody = [];
        public int[] GoodWordsAfter = [];

        // Per key id in one round.
        public int[] Seen = [];
        public bool[] KeptRepeat = [];
        public bool[] RemovedCopy = [];

        /// <summary>Open-addressing slots for <see cref="SpanIds"/>, sized for the page's blocks.</summary>
        public int[] Slots = [];

        public readonly List<(int Start, int End, double Score)> Runs = [];

        public int Languages => Stopwords.LanguageCount;

        public ReadOnlySpan<int> LiveSurvivors => Survivors.AsSpan(0, SurvivorCount);

        /// <summary>A page for <paramref name="blocks"/> blocks of a text of <paramref name="chars"/>
        /// characters: the thread's spare when it has one.</summary>
        public static Page Rent(int blocks, int chars)
        {
            var page = t_spare ?? new Page();
            t_spare = null;
            page.Prepare(blocks, chars);
            return page;
        }

        /// <summary>Done with the page: the thread keeps it when it is small, the pools get its arrays otherwise.</summary>
        public void Return()
        {
            if (Features.Length <= MaxKeptBlocks && Keys.Length <= MaxKeptKeyChars)
            {
                t_spare = this;
                return;
            }

            Release(ref Features);
            Release(ref StopwordHits);
            Release(ref FirstCopy);
            Release(ref KeyIds);
            Release(ref OwnReasons);
            Release(ref SectionHeaders);
            Release(ref BylineLike);
            Release(ref CaptionCredit);
            Release(ref MayBeCaption);
            Release(ref MentionOnly);
            Release(ref TableLines);
            Release(ref Reasons);
            Release(ref Keys);
            Release(ref Survivors);
            Release(ref Kinds);
            Release(ref Local);
            Release(ref InBody);
            Release(ref GoodWordsAfter);
            Release(ref Seen);
            Release(ref KeptRepeat);
            Release(ref RemovedCopy);
            Release(ref Slots);
        }

        /// <summary>Counts every block's words into <see cref="WordTotal"/> and <see cref="StopwordTotals"/>.</summary>
        public void CountWords()
        {
            WordTotal = 0;
            StopwordTotals.AsSpan().Clear();
            for (var i = 0; i < BlockCount; i++)
            {
                WordTotal += Features[i].Words;
                var row = StopwordHits.AsSpan(i * StopwordTotals.Length, StopwordTotals.Length);
                for (var l = 0; l < row.Length; l++)
                {
                    StopwordTotals[l] += row[l];
                }
            }
        }

        /// <summary>Takes a removed block's words out of the totals.</summary>
        public void UncountWords(int block)
        {
            WordTotal -= Features[block].Words;
            var row = StopwordHits.AsSpan(block * StopwordTotals.Length, StopwordTotals.Length);
            for (var l = 0; l < row.Length; l++)
            {
                StopwordTotals[l] -= row[l];
            }
        }

        /// <summary>Makes room for a key of <paramref name="length"/> characters after the first
        /// <paramref name="used"/>, keeping those.</summary>
        public void EnsureKeyRoom(int used, int length)
        {
            if (used + length <= Keys.Length)
            {
                return;
            }

            var larger = ArrayPool<char>.Shared.Rent(Math.Max(2 * Keys.Length, used + length));
            Keys.AsSpan(0, used).CopyTo(larger);
            if (Keys.Length > 0)
            {
                ArrayPool<char>.Shared.Return(Keys);
            }

            Keys = larger;
        }

        /// <summary>Room for one round over the survivors; the per-key tables cleared.</summary>
        public void BeginRound()
        {
            Seen.AsSpan(0, DistinctKeys).Clear();
            KeptRepeat.AsSpan(0, DistinctKeys).Clear();
            RemovedCopy.AsSpan(0, DistinctKeys).Clear();
            InBody.AsSpan(0, SurvivorCount).Clear();
            Runs.Clear();
        }

        private void Prepare(int blocks, int chars)
        {
            Ensure(ref Features, blocks);
            Ensure(ref StopwordHits, blocks * Languages);
            StopwordHits.AsSpan(0, blocks * Languages).Clear();
            Ensure(ref FirstCopy, blocks);
            Ensure(ref KeyIds, blocks);
            Ensure(ref OwnReasons, blocks);
            Ensure(ref SectionHeaders, blocks);
            Ensure(ref BylineLike, blocks);
            Ensure(ref CaptionCredit, blocks);
            Ensure(ref MayBeCaption, blocks);
            Ensure(ref MentionOnly, blocks);
            Ensure(ref TableLines, blocks);
            Ensure(ref Reasons, blocks);
            Reasons.AsSpan(0, blocks).Clear();
            Ensure(ref Survivors, blocks);
            Ensure(ref Kinds, blocks);
            Ensure(ref Local, blocks);
            Ensure(ref InBody, blocks);
            Ensure(ref GoodWordsAfter, blocks + 1);
            Ensure(ref Seen, blocks);
            Ensure(ref KeptRepeat, blocks);
            Ensure(ref RemovedCopy, blocks);
            Ensure(ref Slots, SpanIds.SlotCount(blocks));
            // Keys are about as long as the text (a key can outgrow its block, and then the buffer grows).
            EnsureKeyRoom(0, Math.Max(16, chars));
            SurvivorCount = 0;
            AnyCaptionCredit = false;
            BlockCount = blocks;
            DistinctKeys = 0;
        }

        private static void Ensure<T>(ref T[] array, int length)
        {
            if (array.Length >= length)
            {
                return;
            }

            Release(ref array);
            array = ArrayPool<T>.Shared.Rent(Math.Max(length, 16));
        }

        private static void Release<T>(ref T[] array)
        {
            if (array.Length > 0)
            {
                ArrayPool<T>.Shared.Return(array);
            }

            array = [];
        }
    }

    /// <summary>
    /// Numbers the distinct spans of a sequence, in order of first appearance, with one open-addressing
    /// table (slots hold an item index + 1; 0 is empty, at most half full). The hash is .NET's randomized
    /// string hash, so no input can make the probes quadratic on purpose.
    /// </summary>
    private static class SpanIds
    {
        public static int SlotCount(int items) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, items * 2));

        /// <summary>For each item, the first item with an equal span (itself when it is the first). An item
        /// whose <paramref name="knownFirst"/> entry points before it is taken to equal that item without
        /// hashing it again (empty: no such knowledge).</summary>
        /// <returns>The number of distinct spans.</returns>
        public static int FirstOfEqual<TSpans>(in TSpans spans, int count, ReadOnlySpan<int> knownFirst, Span<int> first, Span<int> slots)
            where TSpans : struct, ISpanList
        {
            slots = slots[..SlotCount(count)];
            slots.Clear();
            var mask = slots.Length - 1;
            var distinct = 0;
            for (var i = 0; i < count; i++)
            {
                if (!knownFirst.IsEmpty && knownFirst[i] < i)
                {
                    first[i] = first[knownFirst[i]];
                    continue;
                }

                var span = spans[i];
                var slot = string.GetHashCode(span) & mask;
                while (true)
                {
                    var earlier = slots[slot] - 1;
                    if (earlier < 0)
                    {
                        slots[slot] = i + 1;
                        first[i] = i;
                        distinct++;
                        break;
                    }

                    if (spans[earlier].SequenceEqual(span))
                    {
                        first[i] = earlier;
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            return distinct;
        }

        /// <summary>Turns what <see cref="FirstOfEqual"/> gave into dense ids (0, 1, 2, … in order of first
        /// appearance), in place, so that tables by id are as small as the number of distinct spans.</summary>
        public static void Number(Span<int> first)
        {
            var next = 0;
            for (var i = 0; i < first.Length; i++)
            {
                // first[first[i]] already holds its id: items point back, never forward.
                first[i] = first[i] == i ? next++ : first[first[i]];
            }
        }
    }

    /// <summary>Indexed spans, for <see cref="SpanIds"/>; implemented by structs so that calls are direct.</summary>
    private interface ISpanList
    {
        ReadOnlySpan<char> this[int index] { get; }
    }

    private readonly struct BlockTexts(string text, TextBlock[] blocks) : ISpanList
    {
        public ReadOnlySpan<char> this[int index] => blocks[index].Span(text);
    }

    private readonly struct BlockKeys(BlockFeatures[] features, char[] keys) : ISpanList
    {
        public ReadOnlySpan<char> this[int index] => features[index].KeyIn(keys);
    }
}
