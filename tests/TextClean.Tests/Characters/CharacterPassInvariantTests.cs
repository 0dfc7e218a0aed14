using TextClean.Characters;
using TextClean.Pipeline;

namespace TextClean.Tests.Characters;

/// <summary>The pass contract on random text built from the characters these passes care about: no
/// exception, idempotent, the change log replays, and the same instance back when nothing changed.</summary>
public class CharacterPassInvariantTests
{
    // Pieces that meet each other in random order: entity text, controls, escapes, spaces and invisibles,
    // joiners and the letters they sit between, quotes, wide forms, combining marks, lone surrogate halves.
    private static readonly string[] Pieces =
    [
        "&", "amp;", "lt;", "#", "#x26;", "#97;", "copy", "=", ";", "a", "p", "x", "1", "eacute", "é", "e", "\u0301", "\u0323",
        "\u001B", "[", "]", "m", "\u0007", "\\", "\u0000", "\u001A", "\u0085", "\u0093", "\u0081", "\uFEFF", "\uFFFE", "\uDBFF\uDFFF",
        " ", "  ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u2009", "\u3000", "\u200B", "\u00AD", "\u202E", "\u2069", "\u2028", "\u000C",
        "\u200D", "\u200C", "क", "\u094D", "ی", "👨", "\uFE0F", "Ａ", "，", "！", "日", "ｶ", "\uFF9E", "ﬁ", "ŉ", "\u02BC", "´", "`",
        "’", "“", "\u1FEF", "\uD800", "\uDC00", "\uD83D", "\uDE00",
    ];

    public static TheoryData<string> PassNames => new(Passes.Keys);

    private static readonly Dictionary<string, TextPass> Passes = new()
    {
        ["html-entities"] = new HtmlEntityPass(),
        ["html-entities, double escapes kept"] = new HtmlEntityPass(new HtmlEntityOptions { RepairDoubleEscapes = false }),
        ["controls"] = new ControlCharacterPass(),
        ["whitespace"] = new WhitespacePass(),
        ["whitespace, untrimmed, bidi kept"] = new WhitespacePass(new WhitespaceOptions { TrimLines = false, RemoveBidiControls = false }),
        ["width"] = new WidthPass(),
        ["normalization"] = new NormalizationPass(),
        ["quotes normalize"] = new QuotePass(),
        ["quotes ascii"] = new QuotePass(new QuoteOptions { Style = QuoteStyle.Ascii }),
    };

    [Theory]
    [MemberData(nameof(PassNames))]
    public void Each_pass_keeps_the_contract(string name)
    {
        var pass = Passes[name];
        var random = new Random(20261122);
        for (var n = 0; n < 3000; n++)
        {
            var input = RandomText(random);
            var log = new ChangeLog();
            var once = pass.Apply(input, log);
            Assert.True(once == pass.Apply(once), $"{name} is not idempotent on {Escape(input)}: {Escape(once)} then {Escape(pass.Apply(once))}");
            Assert.Equal(once, ChangeLog.Replay(input, log.Changes));
            if (once == input)
            {
                Assert.Same(input, once);
            }
        }
    }

    [Theory]
    [InlineData(QuoteStyle.Normalize, WhitespaceMode.Normalize)]
    [InlineData(QuoteStyle.Ascii, WhitespaceMode.Keep)]
    public void The_character_pipeline_is_idempotent(QuoteStyle quotes, WhitespaceMode whitespace)
    {
        var cleaner = new TextCleaner(CleanerOptions.Default with { Quotes = quotes, Whitespace = whitespace });
        var random = new Random(7);
        for (var n = 0; n < 3000; n++)
        {
            var input = RandomText(random);
            var once = cleaner.Fix(input);
            Assert.True(once == cleaner.Fix(once), $"not idempotent on {Escape(input)}: {Escape(once)} then {Escape(cleaner.Fix(once))}");
        }
    }

    // Later passes must not make entity text the entity pass never saw: a second run would decode it.
    [Theory]
    [InlineData("&l\u0000t;", "&l\uFFFDt;")]          // deleting the NUL would write "&lt;"
    [InlineData("&\u200Blt;", "&\uFFFDlt;")]
    [InlineData("&ｌｔ；x", "&lｔ;x")]                    // widening all of it would write "&lt;"
    [InlineData("＆amp;", "＆amp;")]
    [InlineData("AT&T\u00AD is big", "AT&T is big")]   // harmless deletions next to a literal '&' still happen
    [InlineData("Q&ＡＢ", "Q&AB")]
    public void Later_passes_do_not_write_entity_text(string input, string expected)
    {
        var once = TextCleaner.Default.Fix(System.Text.RegularExpressions.Regex.Unescape(input));
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), once);
        Assert.Equal(once, TextCleaner.Default.Fix(once));
    }

    private static string RandomText(Random random)
    {
        var count = random.Next(0, 24);
        return string.Concat(Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));
    }

    private static string Escape(string s) =>
        string.Concat(s.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
