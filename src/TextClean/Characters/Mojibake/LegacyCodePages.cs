using System.Buffers;

namespace TextClean.Characters.Mojibake;

/// <summary>The code pages UTF-8 is most often misread as, in the order ties are broken: the web's
/// Windows-1252 (and Latin-1) first, then the Cyrillic, Central European, Greek, Turkish and Baltic pages,
/// MacRoman and the DOS page 437.</summary>
internal static partial class LegacyCodePages
{
    public static IReadOnlyList<LegacyCodePage> All => Built.All;

    /// <summary>Every character a misread byte 0x80..0xFF can become, plus U+FFFD. Text without any of them
    /// holds no mojibake these code pages could have made.</summary>
    public static SearchValues<char> Suspects => Built.Suspects;

    /// <summary>Whether <paramref name="c"/> is one of the <see cref="Suspects"/>: a bit lookup, cheaper
    /// than the search values' own test for the one character at a time the pass asks about.</summary>
    public static bool IsSuspect(char c) => (Built.SuspectBits[c >> 6] & (1UL << c)) != 0;

    /// <summary>Invisible format characters (zero-width, bidi controls, soft hyphen, BOM) that the
    /// whitespace and control passes may remove: the island scanner and the plausibility score look through
    /// them, so whether they are still there changes no decision.</summary>
    public static bool IsTransparent(char c) => c is '\u00AD' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
        or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    /// <summary>Built after the generated pages: static fields of partial classes in different files have no
    /// guaranteed initialization order.</summary>
    private static class Built
    {
        public static readonly IReadOnlyList<LegacyCodePage> All =
            [Windows1252, Windows1251, Windows1250, Iso8859_2, Windows1253, Windows1254, Windows1257, MacRoman, Cp437];

        public static readonly SearchValues<char> Suspects = BuildSuspects();

        public static readonly ulong[] SuspectBits = BuildSuspectBits();

        public static readonly ByteRoles Roles = new(All);
    }

    /// <summary>
    /// The pages (bit i for <c>All[i]</c>) in which any UTF-8 sequence may start inside
    /// <paramref name="text"/>: a lead byte followed by a continuation byte, or by what damage leaves in
    /// its place (a space, '?', U+FFFD). Zero means no page can find UTF-8 there, the common case for
    /// clean text, which is then left at once.
    /// </summary>
    public static int PagesWithSequences(ReadOnlySpan<char> text, ReadOnlySpan<char> after)
    {
        var pages = 0;
        for (var i = 0; i < text.Length; i++)
        {
            pages |= PagesWithSequenceAt(text, after, i);
        }

        return pages;
    }

    /// <summary>
    /// Whether <c>text[i]</c> may be the last byte of a UTF-8 sequence misread in some page: a continuation
    /// byte there, with a lead one to three characters before it and continuation bytes between, all in that
    /// page ("Ã´" is "ô", "Ð´" is "д", "ãƒ´" is "ヴ"). What the mojibake pass left of such a sequence is what
    /// a later tool needs to repair it, so other passes keep their hands off.
    /// </summary>
    public static bool MayEndSequence(ReadOnlySpan<char> text, int i)
    {
        var roles = Built.Roles;
        var pages = roles.ContinuationPages(text[i]);
        for (var continuations = 1; pages != 0 && continuations <= 3 && i - continuations >= 0; continuations++)
        {
            var before = text[i - continuations];
            if ((roles.LeadPages(before, continuations) & pages) != 0)
            {
                return true;
            }

            pages &= roles.ContinuationPages(before);
        }

        return false;
    }

    /// <summary>
    /// The first index of <paramref name="text"/> whose <see cref="PagesWithSequenceAt"/> may read past its
    /// end: a sequence reads at most three visible characters after its lead, so every index before the
    /// third-last visible character reads inside the text, and its answer stands however the text goes on.
    /// </summary>
    public static int FirstSequenceReachingEnd(ReadOnlySpan<char> text)
    {
        var visible = 0;
        var i = text.Length;
        while (i > 0 && visible < 3)
        {
            i--;
            if (IsVisible(text[i]))
            {
                visible++;
            }
        }

        return i;
    }

    /// <summary>The pages in which a UTF-8 sequence may start at <c>text[i]</c> (see
    /// <see cref="PagesWithSequences"/>).</summary>
    public static int PagesWithSequenceAt(ReadOnlySpan<char> text, ReadOnlySpan<char> after, int i)
    {
        var roles = Built.Roles;
        var c = text[i];
        if (!roles.IsLead(c))
        {
            return 0;
        }

        var pages = 0;
        for (var continuations = 1; continuations <= 3; continuations++)
        {
            var leads = roles.LeadPages(c, continuations);
            var at = i;
            for (var k = 1; leads != 0 && k <= continuations; k++)
            {
                at = NextVisible(text, after, at + 1);
                var next = at < text.Length ? text[at] : at - text.Length < after.Length ? after[at - text.Length] : '\0';
                leads &= next switch
                {
                    '?' or '\uFFFD' => leads,
                    ' ' => continuations > 1 ? leads : roles.LeadsLosingNoBreakSpace(c), // (a superset for longer leads)
                    _ => roles.ContinuationPages(next),
                };
            }

            pages |= leads;
        }

        return pages;
    }

    /// <summary>The index of the first suspect character (see <see cref="Suspects"/>) in
    /// <paramref name="text"/>, or -1. Every suspect is non-ASCII, so ASCII runs are skipped by a vectorized
    /// range search before the (scalar) set lookup.</summary>
    public static int IndexOfSuspect(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (found < 0)
            {
                return -1;
            }

            offset += found;
            if (IsSuspect(text[offset]))
            {
                return offset;
            }

            offset++;
        }
    }

    private static int NextVisible(ReadOnlySpan<char> text, ReadOnlySpan<char> after, int at)
    {
        while (at < text.Length && !IsVisible(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>What a sequence's look-ahead counts: anything but a transparent character, though a soft hyphen
    /// (the 0xAD byte of a misread page) counts.</summary>
    private static bool IsVisible(char c) => !IsTransparent(c) || c == '\u00AD';

    /// <summary>For each character, the pages (12 bits of flags per role) in which it reads as a two-,
    /// three- or four-byte UTF-8 lead, as a continuation byte, and as a two-byte lead that often loses
    /// its 0xA0. Direct lookup below U+2600, where nearly all of them lie.</summary>
    internal sealed class ByteRoles
    {
        private const int DirectLimit = 0x2600;
        private readonly long[] _direct = new long[DirectLimit];
        private readonly Dictionary<char, long> _others = [];

        public ByteRoles(IReadOnlyList<LegacyCodePage> pages)
        {
            for (var p = 0; p < pages.Count; p++)
            {
                for (var b = 0x80; b <= 0xF4; b++)
                {
                    if (b is >= 0xC0 and < 0xC2)
                    {
                        continue;
                    }

                    var role = 1L << (p + b switch
                    {
                        <= 0xBF => 36,
                        < 0xE0 => 0,
                        < 0xF0 => 12,
                        _ => 24,
                    });
                    if (Utf8Island.MayLoseNoBreakSpace(b))
                    {
                        role |= 1L << (p + 48);
                    }

                    Add(pages[p].ToChar((byte)b), role);
                    foreach (var (c, alsoByte) in pages[p].AlsoReadBack)
                    {
                        if (alsoByte == b)
                        {
                            Add(c, role);
                        }
                    }
                }
            }
        }

        /// <summary>Whether <paramref name="c"/> is a lead byte in any page.</summary>
        public bool IsLead(char c) => (Roles(c) & 0xF_FFFF_FFFFL) != 0;

        /// <summary>Pages where <paramref name="c"/> is a lead byte taking that many continuation bytes.</summary>
        public int LeadPages(char c, int continuations) => (int)((Roles(c) >>> (12 * (continuations - 1))) & 0xFFF);

        public int ContinuationPages(char c) => (int)((Roles(c) >>> 36) & 0xFFF);

        /// <summary>Pages where <paramref name="c"/> is a two-byte lead whose 0xA0 continuation is often lost.</summary>
        public int LeadsLosingNoBreakSpace(char c) => (int)((Roles(c) >>> 48) & 0xFFF);

        private long Roles(char c) => c < DirectLimit ? _direct[c] : _others.GetValueOrDefault(c);

        private void Add(char c, long role)
        {
            if (c < DirectLimit)
            {
                _direct[c] |= role;
            }
            else
            {
                _others[c] = _others.GetValueOrDefault(c) | role;
            }
        }
    }

    private static ulong[] BuildSuspectBits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (Built.Suspects.Contains((char)c))
            {
                bits[c >> 6] |= 1UL << c;
            }
        }

        return bits;
    }

    private static SearchValues<char> BuildSuspects()
    {
        var set = new HashSet<char> { '\uFFFD' };
        foreach (var page in All)
        {
            foreach (var c in page.UpperHalf)
            {
                set.Add(c);
            }
        }

        // Invisible characters later passes remove: a segment runs through them, so it is the same
        // segment before and after they go.
        for (var c = '\u0000'; c < '\uFFFF'; c++)
        {
            if (IsTransparent(c))
            {
                set.Add(c);
            }
        }

        // MacRoman's ligatures ﬁ and ﬂ lead only to rare scripts (Thaana, NKo), and the width pass
        // spells them out: suspecting them would make a second run see different segments.
        set.Remove('\uFB01');
        set.Remove('\uFB02');

        // What pages also take back: Latin-1's C1 controls (Windows-1252), the ohm sign (MacRoman).
        foreach (var page in All)
        {
            foreach (var (c, _) in page.AlsoReadBack)
            {
                set.Add(c);
            }
        }

        // IndexOfSuspect skips ASCII unread.
        if (set.Any(char.IsAscii))
        {
            throw new InvalidOperationException("A suspect character is ASCII.");
        }

        return SearchValues.Create([.. set.Order()]);
    }
}
