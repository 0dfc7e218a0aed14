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

    /// <summary>Built after the generated pages: static fields of partial classes in different files have no
    /// guaranteed initialization order.</summary>
    private static class Built
    {
        public static readonly IReadOnlyList<LegacyCodePage> All =
            [Windows1252, Windows1251, Windows1250, Iso8859_2, Windows1253, Windows1254, Windows1257, MacRoman, Cp437];

        public static readonly SearchValues<char> Suspects = BuildSuspects();
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

        // Latin-1's C1 controls, which the Windows-1252 page also takes back.
        for (var c = '\u0080'; c <= '\u009F'; c++)
        {
            set.Add(c);
        }

        return SearchValues.Create([.. set.Order()]);
    }
}
