using System.Globalization;
using System.Text;

namespace TextClean.Characters.Mojibake;

/// <summary>
/// How implausible a piece of text is as something a person wrote: the sum of a rarity cost per character
/// and a coherence cost per pair of neighbours. Mojibake is made of common characters in impossible
/// company (a capital Ã after a lowercase letter, a © inside a word, Latin next to Cyrillic inside a
/// word); a wrong decoding produces rare characters in odd company (IPA letters, archaic Cyrillic,
/// a lone Hebrew letter among Latin words). The pass compares the cost of a stretch of text before and
/// after a candidate repair, in the same surroundings, and repairs only when the cost falls clearly.
/// </summary>
/// <remarks>The weights are hand-set, in "suspicion points": 1 is a mild oddity, 2.5 is rarely seen in
/// real text. They were tuned on ftfy's public cases and on synthetic damage of real multilingual text;
/// the tests hold both.</remarks>
internal static class Plausibility
{
    private enum Kind : byte
    {
        Space,
        Digit,
        Lower,
        Upper,
        Letter,
        Mark,
        Punctuation,
        Symbol,
        Control,

        /// <summary>U+FFFD: whatever it replaced, it has no company to keep.</summary>
        Unknown,

        /// <summary>Soft hyphens and zero-width characters: they go anywhere and keep no company.</summary>
        Invisible,
    }

    private enum Script : byte
    {
        Common,
        Latin,
        Greek,
        Cyrillic,
        Hebrew,
        Arabic,
        EastAsian,
        OtherCommon,
        OtherRare,
    }

    private readonly record struct Info(Kind Kind, Script Script, double Rarity, int Value);

    /// <summary>The cost of <paramref name="text"/> as a whole.</summary>
    public static double Cost(ReadOnlySpan<char> text)
    {
        var cost = 0.0;
        Info previous = default, beforePrevious = default;
        // The script of the last letter seen, and of the last letter before the word now being read.
        Script? lastLetterScript = null, scriptBeforeWord = null;
        var count = 0;
        var index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text[index..], out var rune, out var consumed);
            index += consumed;
            var current = Classify(rune.Value);
            cost += current.Rarity;
            if (current.Kind == Kind.Invisible)
            {
                // Invisible characters keep no company, and their neighbours keep each other's: the score
                // is the same whether a later pass removes them or not.
                continue;
            }

            if (count > 0)
            {
                cost += PairCost(previous, current, count > 1 && beforePrevious.Kind == Kind.Upper);
            }
            else if (current.Kind == Kind.Mark)
            {
                cost += 2.5;
            }

            // A Hebrew letter before a maqaf, geresh or gershayim is a prefix ("ב־1") or a numeral ("ה׳"), not
            // alone; and a one-letter word after a word of its own script is a word ("և", Armenian "and").
            if (count > 1 && IsWordLetter(previous) && !IsWordish(beforePrevious) && !IsWordish(current)
                && current.Value is not (HebrewMaqaf or HebrewGeresh or HebrewGershayim)
                && scriptBeforeWord != previous.Script)
            {
                cost += LoneLetterCost(previous);
            }

            if (IsWordLetter(current))
            {
                if (!IsWordish(previous))
                {
                    scriptBeforeWord = lastLetterScript;
                }

                lastLetterScript = current.Script;
            }

            // A symbol inside a word ("Ä°stanbul", "g√¢teaux"): only apostrophes, hyphens and middle dots belong there.
            if (count > 1 && previous.Kind is Kind.Symbol or Kind.Punctuation or Kind.Control && previous.Value > 0x7F
                && IsWordLetter(beforePrevious) && IsWordLetter(current) && !IsInWordPunctuation(previous.Value))
            {
                cost += 1.5;
            }

            beforePrevious = previous;
            previous = current;
            count++;
        }

        return cost;
    }

    /// <summary>Pictographs and dingbats (♫ ✔ ❤ ☺ and emoji) sit right against words in social media text.</summary>
    private static bool IsPictograph(int c) => c is (>= 0x2600 and < 0x27C0) or (>= 0x2B00 and < 0x2C00) or (>= 0x1F000 and < 0x1FB00);

    private static bool IsInWordPunctuation(int c) => c is
        0x2019 or 0x00B4 or 0x02BC or 0x2032 or 0x2010 or 0x2011 or 0x2013 or 0x2014 or 0x00B7 or 0x2027 or 0x30FB
        or HebrewMaqaf or HebrewGeresh or HebrewGershayim;

    // Hebrew's own in-word punctuation: the maqaf joins words ("ב־1"), the geresh marks a sound or a numeral
    // ("ג׳ירפה", "ה׳"), the gershayim an acronym ("צה״ל").
    private const int HebrewMaqaf = 0x05BE;
    private const int HebrewGeresh = 0x05F3;
    private const int HebrewGershayim = 0x05F4;

    /// <summary>Symbols of the Latin-1 and Windows-1252 upper halves, the stuff of Western mojibake.</summary>
    private static bool IsWesternSymbol(int c) => c is (>= 0xA1 and <= 0xBF and not (0xAA or 0xBA)) or 0xD7 or 0xF7
        or 0x20AC or 0x201A or 0x201E or 0x2020 or 0x2021 or 0x02C6 or 0x2030 or 0x2039 or 0x203A or 0x02DC or 0x2122;

    /// <summary>Letters of the Windows-1252 range 0x80..0x9F, which in mojibake follow a lead letter ("Å¡", "Ã…", "âœ").</summary>
    private static bool IsWindows1252Letter(int c) => c is 0x160 or 0x161 or 0x152 or 0x153 or 0x17D or 0x17E or 0x178 or 0x192;

    private static bool IsWordLetter(Info info) => info.Kind is Kind.Lower or Kind.Upper or Kind.Letter;

    private static bool IsWordish(Info info) => IsWordLetter(info) || info.Kind is Kind.Mark or Kind.Digit;

    /// <summary>A letter standing alone between non-letters. Single-letter words exist in Latin, Cyrillic
    /// and Greek (à, в, π), but a lone Hebrew, Arabic, CJK or rare-script letter amid other text is almost
    /// always a wrong decoding.</summary>
    private static double LoneLetterCost(Info letter) => letter.Script switch
    {
        Script.Hebrew or Script.Arabic or Script.OtherCommon => 2,
        Script.EastAsian => 1.5, // CJK words run together; one ideograph amid other text is a misreading
        Script.OtherRare => 2.5,
        Script.Latin when letter.Value > 0x7F && letter.Kind == Kind.Lower && letter.Value is not (0xE0 or 0xE8 or 0xE9 or 0xF2 or 0xF9 or 0xE1 or 0xF3) => 0.5,
        _ => 0,
    };

    /// <param name="a">The first character of the pair.</param>
    /// <param name="b">The character after it.</param>
    /// <param name="aFollowsCapital">Whether <paramref name="a"/> comes right after a capital letter.</param>
    private static double PairCost(Info a, Info b, bool aFollowsCapital)
    {
        if (b.Kind == Kind.Unknown)
        {
            // A letter before U+FFFD is what a lossy decoder leaves of mojibake ("SlovenÄ�ina").
            return IsWordLetter(a) && a.Value > 0x7F ? (a.Value is 0xC2 or 0xC3 or 0xE2 ? 2 : 1) : 0;
        }

        if (a.Kind is Kind.Unknown or Kind.Invisible || b.Kind == Kind.Invisible)
        {
            return 0;
        }

        var cost = 0.0;
        var aLetter = IsWordLetter(a);
        var bLetter = IsWordLetter(b);
        if (aLetter && bLetter)
        {
            if (a.Script != b.Script)
            {
                // Greek letters sit inside Latin words in science (IL2Rγc, TNFα).
                cost += (a.Script, b.Script) is (Script.Latin, Script.Greek) or (Script.Greek, Script.Latin) ? 1 : 2.5;
            }
            else if (a.Kind == Kind.Lower && b.Kind == Kind.Upper)
            {
                cost += a.Value > 0x7F || b.Value > 0x7F ? 2 : 0.5;
            }
        }
        else if (aLetter && (b.Kind is Kind.Symbol or Kind.Punctuation or Kind.Control && b.Value > 0x7F || b.Value == 0xA0))
        {
            if (!EndsWordsWell(b.Value))
            {
                cost += 1.5;
            }

            // A non-ASCII letter directly followed by a non-ASCII symbol: the shape of UTF-8 read as a
            // single-byte page ("Ã©", "Ð±", "Ã¢â‚¬"), and rare in text (except after capitals: "NESTLÉ®").
            if (a.Value > 0x7F && !(a.Kind == Kind.Upper && b.Value == 0x2019))
            {
                cost += 1;
                // Ã, Â and â lead most Western mojibake ("Ã©", "Â£", "â€™"), and В Latin-1 symbols read
                // as Windows-1251 ("В©"); but in capitals Â and В are letters like any other
                // ("MISUTÂ\u00A0AJIKKO", "ROMÂNĂ").
                if (a.Value is 0xC3 or 0xE2 || (a.Value is 0xC2 or 0x412 && !aFollowsCapital))
                {
                    cost += 1;
                }
            }
        }
        else if (a.Kind is Kind.Symbol or Kind.Punctuation or Kind.Control && a.Value > 0x7F && bLetter)
        {
            if (!StartsWordsWell(a.Value))
            {
                cost += 1.5;
            }
        }
        else if (b.Kind == Kind.Mark && a.Kind is Kind.Space or Kind.Punctuation or Kind.Symbol or Kind.Control)
        {
            cost += a.Value < 0x80 && a.Kind != Kind.Space ? 1 : 2.5;
        }
        else if (b.Kind == Kind.Mark && aLetter && b.Script != Script.Common && a.Script != b.Script)
        {
            // An Arabic vowel sign on a Latin letter, a Hebrew point on a Cyrillic one.
            cost += 2.5;
        }
        else if (a.Kind == Kind.Digit && b.Kind is Kind.Letter or Kind.Upper or Kind.Lower && b.Value > 0x7F && b.Script is not (Script.Latin or Script.EastAsian))
        {
            cost += 1;
        }

        if (a.Value == 0x201A && bLetter)
        {
            // "‚Äú", "‚Äô": MacRoman's reading of every UTF-8 quote and dash; ‚ rarely opens a word.
            cost += b.Kind == Kind.Upper && b.Value > 0x7F ? 2.5 : 1;
        }

        if (a.Kind == Kind.Upper && b.Kind == Kind.Lower && a.Value > 0x7F && b.Value > 0x7F && a.Script == Script.Latin)
        {
            cost += 1;
        }

        if (aLetter && b.Kind == Kind.Digit && a.Value > 0x7F && a.Script is not (Script.Latin or Script.EastAsian))
        {
            cost += 1;
        }

        if (a.Value is >= 0xC0 and <= 0xFF && IsWindows1252Letter(b.Value))
        {
            cost += 1.5;
        }

        if (a.Kind is Kind.Symbol or Kind.Punctuation && b.Kind is Kind.Symbol or Kind.Punctuation && a.Value > 0x7F && b.Value > 0x7F
            && (IsWesternSymbol(a.Value) || IsWesternSymbol(b.Value)))
        {
            cost += 1;
        }

        if (a.Kind == Kind.Space && b.Kind == Kind.Upper && (b.Value is 0xC2 or 0xC3))
        {
            // Â and Ã open almost no words outside all-capital text.
            cost += 0.5;
        }

        return cost;
    }

    /// <summary>Non-ASCII symbols that can end a word: closing quotes, ellipsis, marks like ® and ™,
    /// degrees, superscripts, dagger footnotes.</summary>
    private static bool EndsWordsWell(int c) => IsPictograph(c) || c is
        0x2019 or 0x201D or 0x2026 or 0x00BB or 0x203A or 0x00AE or 0x2122 or 0x00A9 or 0x00B0 or 0x00B2 or 0x00B3
        or 0x00B9 or 0x2020 or 0x2021 or 0x2030 or 0x00B4 or 0x00A8 or 0x00BF or 0x00A1 or 0x2032 or 0x2033
        or 0x2013 or 0x2014 or 0x2010 or 0x2011 or 0x00B7 or 0x00A0 or 0x2022 or 0x3001 or 0x3002 or 0xFF0C or 0xFF01
        or 0xFF1F or 0x02BC or 0x201C or 0x00A3 or 0x0374 or 0x0384 or 0x20AC or 0x00A2 or 0x00D7 or 0x2116
        or HebrewMaqaf or HebrewGeresh or HebrewGershayim;

    /// <summary>Non-ASCII symbols that can begin a word: opening quotes, inverted marks, currency.</summary>
    private static bool StartsWordsWell(int c) => IsPictograph(c) || c is
        0x2018 or 0x201C or 0x201E or 0x201A or 0x00AB or 0x2039 or 0x00BF or 0x00A1 or 0x00A3 or 0x20AC or 0x00A5
        or 0x00A7 or 0x00B4 or 0x00A8 or 0x2019 or 0x2013 or 0x2014 or 0x2010 or 0x2011 or 0x00B7 or 0x00A0 or 0x2022
        or 0x2026 or 0x00D7 or 0x02BC or 0x201D or 0x2116 or 0x00A9 or 0x00AE or 0x00B0 or 0x2122 or 0x3001 or 0x3002
        or HebrewMaqaf or HebrewGershayim;

    /// <summary>Below this code point classes are looked up, not worked out: nearly every character a
    /// misread byte becomes lies there.</summary>
    private const int CachedLimit = 0x3000;

    /// <summary>Packed <see cref="Info"/> per code point below <see cref="CachedLimit"/>: kind, script and
    /// rarity in tenths.</summary>
    private static readonly ushort[] CachedClasses = BuildCache();

    private static ushort[] BuildCache()
    {
        var cache = new ushort[CachedLimit];
        for (var c = 0; c < CachedLimit; c++)
        {
            var info = Compute(c);
            cache[c] = (ushort)((int)info.Kind | ((int)info.Script << 4) | ((int)Math.Round(info.Rarity * 10) << 8));
        }

        return cache;
    }

    private static Info Classify(int c)
    {
        if (c >= CachedLimit)
        {
            return Compute(c);
        }

        var packed = CachedClasses[c];
        return new((Kind)(packed & 0xF), (Script)((packed >> 4) & 0xF), (packed >> 8) / 10.0, c);
    }

    private static Info Compute(int c)
    {
        if (c < 0x80)
        {
            return c switch
            {
                ' ' or '\t' or '\n' or '\r' => new(Kind.Space, Script.Common, 0, c),
                >= '0' and <= '9' => new(Kind.Digit, Script.Common, 0, c),
                >= 'a' and <= 'z' => new(Kind.Lower, Script.Latin, 0, c),
                >= 'A' and <= 'Z' => new(Kind.Upper, Script.Latin, 0, c),
                < 0x20 or 0x7F => new(Kind.Control, Script.Common, 3, c),
                _ => new(Kind.Punctuation, Script.Common, 0, c),
            };
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        var kind = category switch
        {
            UnicodeCategory.LowercaseLetter => Kind.Lower,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => Kind.Upper,
            UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter => Kind.Letter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Kind.Mark,
            UnicodeCategory.DecimalDigitNumber => Kind.Digit,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => Kind.Space,
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned => Kind.Control,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber => Kind.Symbol,
            _ => Kind.Punctuation,
        };

        if (c is >= 0xFF01 and <= 0xFF5E)
        {
            // Fullwidth forms keep the company of their ASCII counterparts.
            var ascii = Classify(c - 0xFEE0);
            return ascii with { Rarity = 0.3 };
        }

        if (c is >= 0xFB00 and <= 0xFB06)
        {
            // Latin ligatures keep the company of the letters they stand for (the width pass spells them out).
            return Classify('f') with { Rarity = 0.3 };
        }

        if (c == 0xFFFD)
        {
            return new(Kind.Unknown, Script.Common, 0.5, c);
        }

        if (category == UnicodeCategory.OtherNotAssigned)
        {
            return new(Kind.Control, Script.OtherRare, 5, c);
        }

        // Invisible characters that belong in text: soft hyphens, joiners (emoji sequences, Indic and
        // Persian), variation selectors (emoji presentation); zero-width spaces are rarer.
        if (c is 0xAD or 0x200C or 0x200D or (>= 0xFE00 and <= 0xFE0F))
        {
            return new(Kind.Invisible, Script.Common, 0.3, c);
        }

        if (LegacyCodePages.IsTransparent((char)c))
        {
            return new(Kind.Invisible, Script.Common, 1, c);
        }

        var (script, rarity) = ScriptAndRarity(c);
        if (kind == Kind.Control && rarity < 2)
        {
            rarity = c is >= 0x80 and <= 0x9F ? 4 : 2;
        }

        if (kind is Kind.Symbol or Kind.Punctuation or Kind.Space or Kind.Digit or Kind.Control)
        {
            script = Script.Common;
        }

        return new(kind, script, rarity, c);
    }

    private static (Script Script, double Rarity) ScriptAndRarity(int c) => c switch
    {
        0xA0 => (Script.Common, 0.5),
        0xA1 or 0xBF or 0xAB or 0xBB => (Script.Common, 0.2),
        0xA3 or 0xA9 or 0xAE or 0xB0 or 0xB1 or 0xB7 or 0xA7 or 0xD7 or 0xF7 => (Script.Common, 0.3),
        0xB2 or 0xB3 or 0xB9 or 0xBC or 0xBD or 0xBE or 0xB5 => (Script.Common, 0.5),
        < 0xC0 => (Script.Common, 1),
        < 0x100 => (Script.Latin, 0),
        0x17F => (Script.Latin, 8), // long s: archaic, only ever a wrong decoding in modern text
        < 0x180 => (Script.Latin, IsRareLatinExtendedA(c) ? 1.5 : 0),
        0x192 => (Script.Latin, 1),
        0x1A0 or 0x1A1 or 0x1AF or 0x1B0 or (>= 0x218 and <= 0x21B) => (Script.Latin, 0),
        0x1CE or 0x1D0 or 0x1D2 or 0x1D4 or 0x1DA or 0x1DC => (Script.Latin, 1),
        < 0x2B0 => (Script.Latin, 2.5),
        0x2BC => (Script.Latin, 0.3),
        0x2BB or 0x2C6 or 0x2DC or 0x2C7 or 0x2D8 or 0x2D9 or 0x2DA or 0x2DB or 0x2DD => (Script.Common, 1),
        < 0x300 => (Script.Common, 2),
        < 0x370 => (Script.Common, 0.3),
        >= 0x386 and <= 0x3CE => (Script.Greek, 0),
        0x374 or 0x375 or 0x384 or 0x385 => (Script.Common, 0.3), // Greek numeral signs and tonos: "Β΄"
        < 0x400 => (Script.Greek, 2.5),
        0x402 or 0x403 or 0x453 or 0x40C or 0x45C or 0x40F or 0x408 or 0x405 or 0x455 => (Script.Cyrillic, 0.7),
        < 0x460 or 0x490 or 0x491 => (Script.Cyrillic, 0),
        < 0x490 => (Script.Cyrillic, 2.5),
        < 0x500 => (Script.Cyrillic, 1.5),
        < 0x530 => (Script.Cyrillic, 2.5),
        (>= 0x531 and <= 0x556) or (>= 0x561 and <= 0x587) => (Script.OtherCommon, 0.5), // Armenian letters, as Georgian
        < 0x590 => (Script.OtherCommon, 1),
        >= 0x5D0 and <= 0x5EA => (Script.Hebrew, 0),
        < 0x600 => (Script.Hebrew, 1),
        < 0x700 => (Script.Arabic, 0),
        >= 0x750 and < 0x780 => (Script.Arabic, 1.5),
        < 0x900 => (Script.OtherRare, 2.5),
        < 0xE80 => (Script.OtherCommon, 0),
        < 0x1000 => (Script.OtherCommon, 1),
        < 0x10A0 => (Script.OtherCommon, 1),
        < 0x1100 => (Script.OtherCommon, 0.5),
        < 0x1200 => (Script.EastAsian, 1),
        < 0x1380 => (Script.OtherRare, 1.5),
        >= 0x1780 and < 0x1800 => (Script.OtherCommon, 1),
        < 0x1E00 => (Script.OtherRare, 2.5),
        < 0x1F00 => (Script.Latin, 0),
        < 0x2000 => (Script.Greek, 1.5),
        < 0x200B => (Script.Common, 0.5),
        0x2013 or 0x2014 or 0x2018 or 0x2019 or 0x201C or 0x201D or 0x2026 or 0x2022 => (Script.Common, 0),
        0x201A or 0x201E or 0x2039 or 0x203A or 0x2032 or 0x2033 => (Script.Common, 0.3),
        0x2020 or 0x2021 or 0x2030 => (Script.Common, 0.5),
        < 0x2070 => (Script.Common, 1),
        < 0x20A0 => (Script.Common, 1),
        0x20AC => (Script.Common, 0),
        < 0x20D0 => (Script.Common, 0.8),
        < 0x2100 => (Script.Common, 2.5),
        0x2122 or 0x2116 => (Script.Common, 0.3),
        < 0x2150 => (Script.Common, 1.5),
        < 0x2190 => (Script.Common, 1),
        < 0x2300 => (Script.Common, 0.8),
        < 0x2400 => (Script.Common, 1.2),
        < 0x2500 => (Script.Common, 1.5),
        < 0x25A0 => (Script.Common, 1.2),
        < 0x27C0 => (Script.Common, 0.5),
        >= 0x2800 and < 0x2900 => (Script.Common, 1),
        < 0x2C00 => (Script.Common, 1.2),
        < 0x2E00 => (Script.OtherRare, 2.5),
        < 0x2E80 => (Script.Common, 1.5),
        < 0x3000 => (Script.EastAsian, 1.5),
        < 0x3100 => (Script.EastAsian, 0),
        < 0x3200 => (Script.EastAsian, 0.5),
        < 0x3400 => (Script.EastAsian, 1),
        < 0x4DC0 => (Script.EastAsian, 0.5),
        < 0x4E00 => (Script.Common, 2),
        < 0xA000 => (Script.EastAsian, 0),
        < 0xAC00 => (Script.OtherRare, 2.5),
        < 0xD7B0 => (Script.EastAsian, 0),
        < 0xE000 => (Script.OtherRare, 2),
        < 0xF900 => (Script.OtherRare, 3),
        < 0xFB00 => (Script.EastAsian, 1),
        < 0xFB07 => (Script.Latin, 0.3),
        < 0xFB50 => (Script.Hebrew, 1.5),
        < 0xFE00 => (Script.Arabic, 1),
        < 0xFE70 => (Script.Common, 1),
        0xFEFF => (Script.Common, 2),
        < 0xFF00 => (Script.Arabic, 1),
        < 0xFFF0 => (Script.EastAsian, 0.3),
        0xFFFD => (Script.Common, 0.5),
        < 0x10000 => (Script.Common, 4),
        >= 0x1F000 and < 0x1FB00 => (Script.Common, 0.3),
        >= 0x1D400 and < 0x1D800 => (Script.Common, 1.5),
        < 0x20000 => (Script.OtherRare, 3),
        < 0x40000 => (Script.EastAsian, 1),
        >= 0xE0000 and < 0xE0080 => (Script.Common, 1.5),
        >= 0xE0100 and < 0xE01F0 => (Script.Common, 1),
        _ => (Script.OtherRare, 3),
    };

    /// <summary>Latin Extended-A letters no common orthography uses much (Esperanto, Maltese, Sami, archaic).</summary>
    private static bool IsRareLatinExtendedA(int c) => c is
        0x108 or 0x109 or 0x11C or 0x11D or 0x124 or 0x125 or 0x134 or 0x135 or 0x15C or 0x15D or 0x16C or 0x16D
        or 0x120 or 0x121 or 0x126 or 0x127 or 0x10A or 0x10B or 0x13F or 0x140 or 0x149 or 0x138 or 0x17F
        or 0x14A or 0x14B or 0x132 or 0x133 or 0x166 or 0x167 or 0x14E or 0x14F or 0x12C or 0x12D or 0x176 or 0x177
        or 0x174 or 0x175 or 0x114 or 0x115;
}
