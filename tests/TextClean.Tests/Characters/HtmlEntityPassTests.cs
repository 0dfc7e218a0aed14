using System.Text.RegularExpressions;
using TextClean.Characters;
using TextClean.Pipeline;

namespace TextClean.Tests.Characters;

public class HtmlEntityPassTests
{
    private static readonly HtmlEntityPass Pass = new();

    [Theory]
    [InlineData("Fish &amp; chips", "Fish & chips")]
    [InlineData("&lt;b&gt; is bold", "<b> is bold")]
    [InlineData("caf&eacute; cr&egrave;me", "café crème")]
    [InlineData("&quot;quoted&quot; &apos;too&apos;", "\"quoted\" 'too'")]
    [InlineData("&hellip; &mdash; &ndash; &rsquo;", "… — – ’")]
    [InlineData("&NotEqualTilde;", "\u2242\u0338")]              // two code points
    [InlineData("&Afr; is Fraktur", "\U0001D504 is Fraktur")]    // beyond the BMP
    [InlineData("&CounterClockwiseContourIntegral;", "∳")]        // the longest name
    [InlineData("&fjlig;ord", "fjord")]
    [InlineData("&nbsp;&shy;", "\u00A0\u00AD")]                  // invisible ones too; later passes decide
    public void Named_references_with_their_semicolon_decode(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(input));
    }

    [Theory]
    [InlineData("&copy 2024 Reuters", "© 2024 Reuters")]         // legacy name, no ';', before a space
    [InlineData("price: 5&pound.", "price: 5£.")]
    [InlineData("&eacute&egrave;", "éè")]                       // legacy name before another reference
    [InlineData("x &lt y", "x < y")]
    [InlineData("http://x.org/?a=1&copy=2", "http://x.org/?a=1&copy=2")] // before '=': an attribute value, not a reference
    [InlineData("?a=1&amp;copy=2", "?a=1&copy=2")]
    [InlineData("?q=x&reg_id=42&not_found=1", "?q=x&reg_id=42&not_found=1")] // before '_': an identifier
    [InlineData("&notit; &copyright", "&notit; &copyright")]    // before a letter: not a legacy prefix
    [InlineData("&ltṕ &copyé", "&ltṕ &copyé")]                 // before any letter, not only an ASCII one
    [InlineData("&lt\u0301x", "&lt\u0301x")]                  // before a combining mark
    [InlineData("&hellip without semicolon", "&hellip without semicolon")] // not a legacy name
    [InlineData("&Eacute; &EACUTE;", "É &EACUTE;")]              // names are case-sensitive
    [InlineData("AT&T, R&D, S&P 500, Q&A", "AT&T, R&D, S&P 500, Q&A")]
    [InlineData("& alone, && and &; and &#; and &#x;", "& alone, && and &; and &#; and &#x;")]
    [InlineData("&unknownname;", "&unknownname;")]
    [InlineData("&", "&")]
    public void Names_without_semicolon_follow_the_HTML_rules_for_attribute_values(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(input));
    }

    // References are read as NFC spells them, so that normalizing the text after this pass makes no new one.
    [Theory]
    [InlineData("&\u212Aappa; &\u212Acy;", "\u039A \u041A")]        // U+212A KELVIN SIGN is a 'K': "&Kappa;", "&Kcy;"
    [InlineData("&notin\u037E &hellip\u037E", "∉ …")]               // U+037E GREEK QUESTION MARK is a ';'
    [InlineData("&not=\u0338", "¬=\u0338")]                          // '=' + U+0338 is '≠', which ends a legacy name
    [InlineData("&not=\u0323\u0338", "¬=\u0323\u0338")]              // ...after any marks that NFC puts behind it
    [InlineData("&not=\u0301", "&not=\u0301")]                       // a mark that does not compose with '=' leaves it '='
    public void References_are_read_as_NFC_spells_them(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(input));
    }

    [Theory]
    [InlineData("it&#39;s", "it's")]
    [InlineData("it&#x27;s &#X27;", "it's '")]
    [InlineData("&#8217;&#x2019;", "’’")]
    [InlineData("&#128512; &#x1F600;", "😀 😀")]
    [InlineData("&#39s", "'s")]                                  // HTML5 accepts a missing ';'
    [InlineData("&#0000000065;", "A")]
    [InlineData("&#150; &#x93;quoted&#x94; &#128;", "– “quoted” €")] // 0x80-0x9F are Windows-1252
    [InlineData("&#x81;", "\u0081")]                             // undefined in Windows-1252: HTML keeps it
    [InlineData("&#0; &#xD800; &#x110000; &#99999999999999999999;", "\uFFFD \uFFFD \uFFFD \uFFFD")]
    [InlineData("&#000000000000000000000000000000065;", "&#000000000000000000000000000000065;")] // more than 32 digits: text
    public void Numeric_references_decode_as_HTML5_says(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(input));
    }

    [Theory]
    [InlineData("Fish &amp;amp; chips", "Fish & chips")]
    [InlineData("caf&amp;eacute;", "café")]
    [InlineData("&amp;lt;script&amp;gt;", "<script>")]          // one run decodes all the way: a second would
    [InlineData("&amp;amp;amp;lt;", "<")]
    [InlineData("it&amp;#39;s", "it's")]
    [InlineData("&#38;lt; &#x26;amp;", "< &")]                  // an ampersand escaped numerically is escaped too
    [InlineData("&amp;amp; then text", "& then text")]
    [InlineData("&amp;copy=1", "&copy=1")]
    public void Escaped_references_decode_to_the_end_of_the_chain(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(input));
    }

    [Theory]
    [InlineData("&am&#112;;")]            // decoding the 'p' would write "&amp;"
    [InlineData("&&#97;mp;")]
    [InlineData("&#&#51;8;")]
    [InlineData("&amp;&#97;mp;", "&&#97;mp;")]
    [InlineData("&eacute&#59;", "é;")]    // a decoded legacy name leaves no open ampersand
    [InlineData("&&#x212A;appa;")]       // U+212A is a name's 'K' to NFC
    [InlineData("&notin&#x37E;")]         // U+037E is its ';'
    [InlineData("&not=&#x338;")]          // and "=" + U+0338 its '≠'
    public void The_output_never_holds_entity_text_that_a_second_run_would_decode(string input, string? expected = null)
    {
        var once = Pass.Apply(input);
        Assert.Equal(expected ?? input, once);
        Assert.Equal(once, Pass.Apply(once));
    }

    [Fact]
    public void Double_escapes_can_be_left_alone()
    {
        var pass = new HtmlEntityPass(new HtmlEntityOptions { RepairDoubleEscapes = false });
        Assert.Equal("&amp;eacute; & é", pass.Apply("&amp;eacute; &amp; &eacute;"));
        Assert.Equal("&amp;eacute;", pass.Apply("&amp;eacute;"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no ampersand at all")]
    [InlineData("AT&T and R&D")]
    public void Text_without_references_is_returned_as_the_same_instance(string input)
    {
        Assert.Same(input, Pass.Apply(input));
    }

    [Fact]
    public void Every_HTML5_name_decodes_with_its_semicolon()
    {
        foreach (var (name, value, _) in HtmlEntityTable.Entries)
        {
            Assert.Equal(value, Pass.Apply($"&{name};"));
            Assert.True(name.Length <= HtmlEntityPass.LongestName, name);
        }
    }

    [Fact]
    public void Changes_are_reported_and_replay()
    {
        const string input = "a&amp;b &eacute; &#233; &amp;amp;";
        var log = new ChangeLog();
        var output = Pass.Apply(input, log);
        Assert.Equal("a&b é é &", output);
        Assert.Equal(
            [HtmlEntityPass.NamedReason, HtmlEntityPass.NamedReason, HtmlEntityPass.NumericReason, HtmlEntityPass.DoubleEscapeReason],
            log.Changes.Select(c => c.Reason));
        Assert.Equal(output, ChangeLog.Replay(input, log.Changes));
    }

    [Fact]
    public void Lone_surrogates_and_long_inputs_are_handled()
    {
        Assert.Equal(Regex.Unescape(@"\uD800&\uDC00"), Pass.Apply(Regex.Unescape(@"\uD800&amp;\uDC00")));
        var longName = "&" + new string('a', 100_000) + ";";
        Assert.Same(longName, Pass.Apply(longName));
        var many = string.Concat(Enumerable.Repeat("&amp;", 50_000));
        Assert.Equal(new string('&', 50_000), Pass.Apply(many));
        var deep = "&" + string.Concat(Enumerable.Repeat("amp;", 50_000)) + "lt;";
        Assert.Equal("<", Pass.Apply(deep));
    }
}
