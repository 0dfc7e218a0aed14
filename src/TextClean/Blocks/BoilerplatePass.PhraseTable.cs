using R = TextClean.Blocks.BoilerplateReasons;

namespace TextClean.Blocks;

// The furniture phrases, by how they match.
public sealed partial class BoilerplatePass
{
    /// <summary>Phrases by how they match, built once per pass. Lookups take a block's key as a span and
    /// allocate nothing.</summary>
    private sealed class PhraseTable
    {
        private const int MaxContainsWords = 30;
        private const int MaxPrefixWords = 12;
        private const int MaxMoreHeaderWords = 4;
        private const int MaxLongHeaderWords = 8;

        /// <summary>Length of a count on a button in a key (" 12", " 1 024").</summary>
        private const int MaxCountChars = 12;

        /// <summary>Legal footers and author blurbs run long ("These statements have not been evaluated…").</summary>
        private const int MaxFooterWords = 90;

        /// <summary>A legal notice may run longer still: a market-data disclaimer is 150 words (<see cref="IsLegalNotice"/>).</summary>
        private const int MaxLegalNoticeWords = 300;

        /// <summary>Contains-phrases are found by their first <see cref="HeadLength"/> characters, packed in a
        /// <see cref="ulong"/>, so a block is scanned once, with one probe per word, however many phrases there are.</summary>
        private const int HeadLength = 4;

        private readonly Dictionary<string, (string Reason, bool Section)> _whole = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Reason, bool Section)>.AlternateLookup<ReadOnlySpan<char>> _wholeBySpan;
        /// <summary>Prefix phrases by first character, in their order: a block is compared with a handful.</summary>
        private readonly Dictionary<char, (string Key, string Reason)[]> _prefixByFirst;
        /// <summary>Section headers that may go on ("related coverage …"), by first character, in their order.</summary>
        private readonly Dictionary<char, (string Key, string Reason)[]> _sectionPrefixesByFirst;
        private readonly int _longestWhole;
        private readonly Dictionary<ulong, (string Key, string Reason)[]> _containsByHead = [];
        /// <summary>One bit per head hash: most words start no phrase, and one bit test says so.</summary>
        private readonly ulong[] _headFilter = new ulong[HeadFilterBits / 64];
        private const int HeadFilterBits = 1 << 14;
        /// <summary>Contains-phrases shorter than a head (none built in; options may add some).</summary>
        private readonly (string Key, string Reason)[] _shortContains;

        public PhraseTable(IEnumerable<BoilerplatePhrase> phrases)
        {
            var containsByHead = new Dictionary<ulong, List<(string Key, string Reason)>>();
            var prefixes = new List<(string Key, string Reason)>();
            var sectionPrefixes = new List<(string Key, string Reason)>();
            var shortContains = new List<(string Key, string Reason)>();
            foreach (var phrase in phrases)
            {
                ArgumentNullException.ThrowIfNull(phrase);
                var key = BlockFeatures.NormalizedKey(phrase.Text);
                if (key.Length == 0)
                {
                    continue;
                }

                switch (phrase.Match)
                {
                    case PhraseMatch.Whole:
                        _whole.TryAdd(key, (phrase.Reason, false));
                        break;
                    case PhraseMatch.SectionHeader:
                        // A section header outranks the same words as a lone line of furniture.
                        if (!_whole.TryGetValue(key, out var existing) || !existing.Section)
                        {
                            _whole[key] = (phrase.Reason, true);
                        }

                        // One-word headers ("Related", "Latest") start too many ordinary lines to match as prefixes.
                        if (key.Contains(' '))
                        {
                            sectionPrefixes.Add((key, phrase.Reason));
                        }

                        break;
                    case PhraseMatch.Prefix:
                        prefixes.Add((phrase.Text.EndsWith(' ') ? key + " " : key, phrase.Reason));
                        break;
                    case PhraseMatch.Contains when key.Length < HeadLength:
                        shortContains.Add((key, phrase.Reason));
                        break;
                    case PhraseMatch.Contains:
                        var head = Head(key);
                        if (!containsByHead.TryGetValue(head, out var bucket))
                        {
                            containsByHead[head] = bucket = [];
                            _headFilter[FilterBit(head) >> 6] |= 1ul << FilterBit(head);
                        }

                        bucket.Add((key, phrase.Reason));
                        break;
                }
            }

            foreach (var (head, bucket) in containsByHead)
            {
                _containsByHead[head] = [.. bucket];
            }

            _shortContains = [.. shortContains];
            _wholeBySpan = _whole.GetAlternateLookup<ReadOnlySpan<char>>();
            _longestWhole = _whole.Keys.Max(k => (int?)k.Length) ?? 0;
            _prefixByFirst = ByFirstCharacter(prefixes);
            _sectionPrefixesByFirst = ByFirstCharacter(sectionPrefixes);
        }

        private static Dictionary<char, (string Key, string Reason)[]> ByFirstCharacter(List<(string Key, string Reason)> phrases) =>
            phrases.GroupBy(p => p.Key[0]).ToDictionary(g => g.Key, g => g.ToArray());

        /// <summary>The phrase that is the whole block, if any: the first thing both lookups below ask. A
        /// button may carry its count ("Share 12", "Comments (34)", "Tweet 5").</summary>
        public (string Reason, bool Section)? MatchWhole(ReadOnlySpan<char> key)
        {
            if (key.Length > _longestWhole + MaxCountChars)
            {
                return null;
            }

            if (_wholeBySpan.TryGetValue(key, out var whole))
            {
                return whole;
            }

            // The count is the digits and spaces at the end ("1,024" is "1 024" in a key). A button goes alone:
            // "Comments 34" in a share bar after the lead paragraph is no header that takes the rest of the page.
            var phraseEnd = key.TrimEnd("0123456789 ").Length;
            return phraseEnd > 0 && phraseEnd < key.Length && key[phraseEnd] == ' ' && key.Length - phraseEnd <= MaxCountChars
                && _wholeBySpan.TryGetValue(key[..phraseEnd], out var counted) && counted.Reason is R.Share or R.Comments ? (counted.Reason, false) : null;
        }

        /// <param name="allowLongHeader">The block does not end like a sentence, so it may be a header
        /// that starts with a section phrase and goes on ("Related coverage from Money:").</param>
        /// <param name="key">The block's key: lower case, one space between words.</param>
        /// <param name="words">The block's word count.</param>
        /// <param name="whole">What <see cref="MatchWhole"/> gave for <paramref name="key"/>.</param>
        /// <param name="inText">The phrase was found inside the block (a contains-phrase) after its first
        /// word: not as the whole block, its header or its opening words (a label, a call to action).</param>
        public (string Reason, bool Section)? Match(ReadOnlySpan<char> key, (string Reason, bool Section)? whole, int words, out bool inText, bool allowLongHeader = false)
        {
            inText = false;
            if (whole is not null)
            {
                return whole;
            }

            if (MatchHeaderStart(key, words, allowLongHeader) is { } header)
            {
                return header;
            }

            if (words <= MaxPrefixWords && !key.IsEmpty && _prefixByFirst.TryGetValue(key[0], out var prefixes))
            {
                foreach (var (prefix, reason) in prefixes)
                {
                    if (key.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return (reason, false);
                    }
                }
            }

            if (words <= MaxFooterWords)
            {
                var found = MatchContains(key, footersOnly: words > MaxContainsWords, out var at, out _);
                inText = found is not null && at > 0;
                return found;
            }

            if (words <= MaxLegalNoticeWords && IsLegalNotice(key, out var noticeAt))
            {
                inText = noticeAt > 0;
                return (R.Footer, false);
            }

            return null;
        }

        /// <summary>A legal notice longer than <see cref="MaxFooterWords"/>, such as a market-data page's disclaimer
        /// ("Most stock quote data provided by BATS… All rights reserved… registered trademarks of…"): two different
        /// footer phrases at least, which a long paragraph of an article hardly has. <paramref name="at"/>: where
        /// the first starts.</summary>
        private bool IsLegalNotice(ReadOnlySpan<char> key, out int at)
        {
            if (MatchContains(key, footersOnly: true, out at, out var first) is not { Reason: R.Footer })
            {
                return false;
            }

            for (var from = at + first.Length; from < key.Length;)
            {
                if (MatchContains(key[from..], footersOnly: true, out var next, out var phrase) is not { } found)
                {
                    return false;
                }

                if (found.Reason == R.Footer && phrase != first)
                {
                    return true;
                }

                from += next + phrase.Length;
            }

            return false;
        }

        /// <summary>What <see cref="Match"/> gives when it is a section header, and null otherwise: the rules
        /// after the header rules only ever give furniture, so they are not run.</summary>
        public (string Reason, bool Section)? MatchSectionHeader(ReadOnlySpan<char> key, (string Reason, bool Section)? whole, int words, bool allowLongHeader)
        {
            if (whole is { } found)
            {
                return found.Section ? found : null;
            }

            return MatchHeaderStart(key, words, allowLongHeader);
        }

        private (string Reason, bool Section)? MatchHeaderStart(ReadOnlySpan<char> key, int words, bool allowLongHeader)
        {
            // "More Washington Examiner", "More in Politics": a short "more …" line heads a link list.
            if (words is >= 2 and <= MaxMoreHeaderWords && key.StartsWith("more ", StringComparison.Ordinal))
            {
                return (R.RelatedLink, true);
            }

            // "Related coverage from Money:", "Read more from our desk": a header phrase that goes on.
            if (words <= MaxLongHeaderWords && allowLongHeader && !key.IsEmpty && _sectionPrefixesByFirst.TryGetValue(key[0], out var headers))
            {
                foreach (var (header, reason) in headers)
                {
                    if (key.StartsWith(header, StringComparison.Ordinal) && key.Length > header.Length && key[header.Length] == ' ')
                    {
                        return (reason, true);
                    }
                }
            }

            return null;
        }

        /// <summary>A phrase starting at a word start of <paramref name="key"/>; it must end at a word end,
        /// unless it is long enough to be unambiguous ("subscribe" in "subscribed").</summary>
        private (string Reason, bool Section)? MatchContains(ReadOnlySpan<char> key, bool footersOnly, out int at, out string phrase)
        {
            phrase = "";
            for (at = 0; at < key.Length;)
            {
                var rest = key[at..];
                if (rest.Length >= HeadLength)
                {
                    var head = Head(rest);
                    var bit = FilterBit(head);
                    if ((_headFilter[bit >> 6] & (1ul << bit)) != 0 && _containsByHead.TryGetValue(head, out var bucket))
                    {
                        foreach (var (candidate, reason) in bucket)
                        {
                            if ((!footersOnly || IsLongBlockReason(reason)) && rest.StartsWith(candidate, StringComparison.Ordinal)
                                && (rest.Length == candidate.Length || rest[candidate.Length] == ' ' || candidate.Length >= 6)
                                && (candidate != BoilerplatePhrases.CookieWord || IsWebCookieNotice(key)))
                            {
                                phrase = candidate;
                                return (reason, false);
                            }
                        }
                    }
                }

                foreach (var (candidate, reason) in _shortContains)
                {
                    if ((!footersOnly || IsLongBlockReason(reason)) && rest.StartsWith(candidate, StringComparison.Ordinal)
                        && (rest.Length == candidate.Length || rest[candidate.Length] == ' '))
                    {
                        phrase = candidate;
                        return (reason, false);
                    }
                }

                // The next word: keys hold one space between words, and words are short, so a plain loop
                // beats a vectorized search started once per word.
                while (at < key.Length && key[at] != ' ')
                {
                    at++;
                }

                at++;
            }

            at = -1;
            return null;
        }

        /// <summary>Whether a block that says "cookie" speaks of the web's: a word of
        /// <see cref="BoilerplatePhrases.WebCookieContext"/> stands in it.</summary>
        private static bool IsWebCookieNotice(ReadOnlySpan<char> key)
        {
            foreach (var word in BoilerplatePhrases.WebCookieContext)
            {
                for (var from = 0; key[from..].IndexOf(word, StringComparison.Ordinal) is >= 0 and var found;)
                {
                    var at = from + found;
                    var end = at + word.Length;
                    if ((at == 0 || key[at - 1] == ' ') && (end == key.Length || key[end] == ' '))
                    {
                        return true;
                    }

                    from = end;
                }
            }

            return false;
        }

        private static ulong Head(ReadOnlySpan<char> key) =>
            key[0] | ((ulong)key[1] << 16) | ((ulong)key[2] << 32) | ((ulong)key[3] << 48);

        private static int FilterBit(ulong head) => (int)((head * 0x9E3779B97F4A7C15ul) >> (64 - 14));

        /// <summary>Legal footers and author blurbs run long; their phrases are looked for in longer blocks too.</summary>
        private static bool IsLongBlockReason(string reason) => reason is R.Footer or R.AboutAuthor;
    }
}
