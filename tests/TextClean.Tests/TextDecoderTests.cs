using System.Text;

namespace TextClean.Tests;

public class TextDecoderTests
{
    [Fact]
    public void Valid_utf8_is_utf8() =>
        Assert.Equal("café “quoted”", TextDecoder.Decode(Encoding.UTF8.GetBytes("café “quoted”")));

    [Fact]
    public void A_byte_order_mark_wins_and_is_dropped()
    {
        Assert.Equal("é", TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0xC3, 0xA9]));
        Assert.Equal("é", TextDecoder.Decode([0xFF, 0xFE, 0xE9, 0x00]));
        Assert.Equal("é", TextDecoder.Decode([0xFE, 0xFF, 0x00, 0xE9]));
    }

    // UTF-32 LE's mark starts with UTF-16 LE's (FF FE): read as UTF-16 it would be a NUL, then NULs between letters.
    [Theory]
    [InlineData("FFFE0000E9000000", "é")]
    [InlineData("FFFE000063000000E90000003DF60100", "cé😽")]            // beyond the BMP: a surrogate pair
    [InlineData("0000FEFF000000E9", "é")]
    [InlineData("0000FEFF00000063000000E90001F63D", "cé😽")]
    [InlineData("FFFE00000000110063000000", "\uFFFDc")]                // past U+10FFFF
    [InlineData("FFFE000000D8000063000000", "\uFFFDc")]                // a surrogate is no UTF-32 character
    [InlineData("FFFE00006300000000", "c\uFFFD")]                      // cut short
    [InlineData("FFFE0000", "")]
    public void A_utf32_byte_order_mark_is_told_from_utf16s(string hex, string expected) =>
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), TextDecoder.Decode(Convert.FromHexString(hex)));

    [Fact]
    public void Bytes_with_no_valid_utf8_sequence_are_read_as_windows_1252() =>
        Assert.Equal("café “quoted” €5", TextDecoder.Decode([.. "caf"u8, 0xE9, (byte)' ', 0x93, .. "quoted"u8, 0x94, (byte)' ', 0x80, (byte)'5']));

    // Mixed text, read piece by piece: UTF-8 stays UTF-8 and a byte outside it is Windows-1252, however many
    // of each there are (one file judgement made the stray é U+FFFD, or with more Latin-1 than UTF-8 turned
    // the UTF-8 into mojibake: "naÃ¯ve").
    [Theory]
    [InlineData("café, café, caf|E9", "café, café, café")]
    [InlineData("naïve caf|E9", "naïve café")]
    [InlineData("naïve caf|E9| |E9|t|E9| Z|FC|rich", "naïve café été Zürich")]
    [InlineData("“quoted” |93|cp1252|94| |80|5", "“quoted” “cp1252” €5")]
    [InlineData("café |E2 80| cut", "café â€ cut")]
    [InlineData("|E9 A0|café", "é\u00A0café")]
    [InlineData("😀 |F0 9F 98|", "😀 \\u00F0\\u0178\\u02DC")]
    public void Mixed_utf8_and_windows_1252_reads_each_byte_as_what_it_is(string bytes, string expected) =>
        Assert.Equal(Unescape(expected), TextDecoder.Decode(Bytes(bytes)));

    // A legacy file holds UTF-8 pairs by chance (a capital letter before a byte of punctuation): among its many
    // stray bytes they are Windows-1252 too, not one Greek, Cyrillic or N'Ko letter in place of two characters.
    // Windows-1251 is read as Windows-1252, as every legacy file is, but whole: "М»" is not "\u033B", "Т»" not "ѻ".
    // A text too short to outweigh its chance pairs (a few stray bytes) is still read piece by piece.
    [Theory]
    [InlineData(1251, "ОАО «ГАЗПРОМ» и ТАСС» сообщили")]
    [InlineData(1252, "„Ein Gruß“ für Müller, Söhne und Töchter aus Köln, Düsseldorf und Lübeck: schöne Grüße")]
    [InlineData(1252, "L'ÉTÉ À PARIS: CAFÉ’S crème brûlée, pâtisserie et thé à l'hôtel, déjà célèbre")]
    public void Chance_utf8_pairs_in_a_legacy_file_are_read_with_the_file(int codePage, string text)
    {
        var bytes = LegacyEncoding(codePage).GetBytes(text);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));
        Assert.Equal(LegacyEncoding(1252).GetString(bytes), TextDecoder.Decode(bytes));
    }

    [Fact]
    public void One_stray_byte_in_long_utf8_text_is_the_only_byte_read_as_windows_1252()
    {
        var russian = string.Concat(Enumerable.Repeat("Привет, мир! ", 20_000));
        byte[] bytes = [.. Encoding.UTF8.GetBytes(russian), 0xFF, .. Encoding.UTF8.GetBytes(russian)];
        Assert.Equal(russian + "ÿ" + russian, TextDecoder.Decode(bytes));
    }

    // Forms UTF-8 forbids are stray bytes, never a lone surrogate or a character they would spell.
    [Theory]
    [InlineData("|ED A0 BD ED B8 80| CESU-8", "í\u00A0½í¸€ CESU-8")]
    [InlineData("a|C0 AF|b", "aÀ¯b")]
    [InlineData("a|F8 88 80 80 80|b", "aøˆ€€€b")]
    [InlineData("é|FC 84 80 80 80 80|", "éü„€€€€")]
    [InlineData("é mid|EF BB BF|text", "é mid\uFEFFtext")]
    public void Forbidden_utf8_forms_are_stray_bytes(string bytes, string expected) =>
        Assert.Equal(Unescape(expected), TextDecoder.Decode(Bytes(bytes)));

    [Fact]
    public void A_lone_surrogate_in_utf16_is_U_FFFD()
    {
        Assert.Equal("\uFFFDA", TextDecoder.Decode([0xFF, 0xFE, 0x00, 0xD8, (byte)'A', 0x00]));
        Assert.Equal("\uFFFDA", TextDecoder.Decode([0xFE, 0xFF, 0xDC, 0x00, 0x00, (byte)'A']));
    }

    [Fact]
    public void A_utf8_byte_order_mark_keeps_a_stray_byte_as_windows_1252() =>
        Assert.Equal("naïve café", TextDecoder.Decode(Bytes("|EF BB BF|naïve caf|E9|")));

    [Fact]
    public void A_field_has_no_byte_order_mark_so_its_first_bytes_are_text()
    {
        // "ÿþ" in Latin-1 at the start of a field, not a UTF-16 mark; the same judgement as a file otherwise.
        Assert.Equal("ÿþ café", TextDecoder.DecodeWithoutByteOrderMark([0xFF, 0xFE, (byte)' ', .. "caf"u8, 0xE9]));
        Assert.Equal("café, café", TextDecoder.DecodeWithoutByteOrderMark([.. "café, caf"u8, 0xE9]));
        Assert.Equal("", TextDecoder.DecodeWithoutByteOrderMark([]));
    }

    [Fact]
    public void Nothing_is_lost_for_any_byte()
    {
        var all = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        Assert.Equal(256, TextDecoder.Decode(all).Length);
    }

    /// <summary>Text as UTF-8, with raw bytes between bars in hex: "caf|E9|".</summary>
    private static byte[] Bytes(string spec) =>
        [.. spec.Split('|').SelectMany((part, i) => i % 2 == 0
            ? Encoding.UTF8.GetBytes(part)
            : part.Split(' ').Select(hex => Convert.ToByte(hex, 16)))];

    private static Encoding LegacyEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    private static string Unescape(string text) => System.Text.RegularExpressions.Regex.Unescape(text);
}
