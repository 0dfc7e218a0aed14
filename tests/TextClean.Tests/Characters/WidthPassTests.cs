using TextClean.Characters;
using TextClean.Pipeline;

namespace TextClean.Tests.Characters;

public class WidthPassTests
{
    private static readonly WidthPass Pass = new();

    [Theory]
    [InlineData("ﬁnal ﬂuﬀy oﬀer eﬃcient baﬄe", "final fluffy offer efficient baffle")]
    [InlineData("ﬆop ﬅ", "stop ſt")]
    [InlineData("ĳs Ĳssel", "ijs IJssel")]                                    // Dutch
    [InlineData("korišteǌem dovoǉno ǅak Ǆ ǲ", "korištenjem dovoljno Džak DŽ Dz")] // Croatian digraphs
    [InlineData("ŉ Chloroplas", "ʼn Chloroplas")]                            // Afrikaans: the quote pass decides on ʼ
    public void Ligatures_become_letters(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(input));
    }

    [Theory]
    [InlineData("ＡＢＣ ｘｙｚ １２３", "ABC xyz 123")]
    [InlineData("Ｔｏｋｙｏ２０２０！", "Tokyo2020!")]                        // Latin context: punctuation too
    [InlineData("Ningbo，China", "Ningbo,China")]
    [InlineData("ｅ\u0301", "e\u0301")]                                       // the accent stays; NFC composes later
    [InlineData("東京ＡＢＣ", "東京ABC")]                                      // letters become ASCII even in CJK text
    [InlineData("price：￥１００ ", "price:¥100 ")]
    [InlineData("（see below）", "(see below)")]
    [InlineData("Tokyo！\n東京！", "Tokyo!\n東京！")]                           // the line decides
    [InlineData("增长６．３％。１０：３０，（１）", "增长6.3%。10:30，（1）")]      // a number's own signs go with its digits
    [InlineData("价格￥１００元，型号ＡＢ－１２", "价格¥100元，型号AB-12")]
    [InlineData("第２（３）項、関数ｆ（ｘ）、ａ［０］", "第2（3）項、関数f（x）、a［0］")] // a bracket pairs outside the number
    [InlineData("２０～３０人、１０：３０～１２：００", "20～30人、10:30～12:00")]          // a wave dash joins a range
    [InlineData("気温は－５℃、前年比＋３．５％、（－）", "気温は-5℃、前年比+3.5%、（－）")]     // a number's sign goes with it
    [InlineData("１，２，３の順、Ａ，Ｂ、１０，０００円、１，２３４，５６７", "1，2，3の順、A，B、10,000円、1,234,567")]
    public void Fullwidth_Latin_becomes_ASCII(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(input));
    }

    [Theory]
    [InlineData("東京，大阪！")]
    [InlineData("本当ですか？")]
    [InlineData("（株）日本")]
    [InlineData("「こんにちは」と言った。")]
    [InlineData("한국어：좋아요！")]
    [InlineData("中文 ， 标点")]
    [InlineData("「Ctrl＋Alt＋K」で立ち上がる")]                                 // between Latin words, but on a Japanese line
    public void Fullwidth_punctuation_on_a_line_with_CJK_text_stays(string input)
    {
        Assert.Same(input, Pass.Apply(input));
    }

    [Theory]
    [InlineData("ｶﾀｶﾅ", "カタカナ")]
    [InlineData("ｶﾞｷﾞ", "カ\u3099キ\u3099")]                                  // voiced marks: NFC composes them later
    [InlineData("｢ﾃｽﾄ｣｡", "「テスト」。")]
    [InlineData("ﾡﾤﾷ", "ㄱㄴㅇ")]                                              // halfwidth Hangul
    public void Halfwidth_forms_become_ordinary_width(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII, nothing wide")]
    [InlineData("日本語のテキスト。")]
    [InlineData("emoji 👨‍👩‍👧 and mixed ½ ² ™")]
    public void Text_without_wide_forms_is_returned_as_the_same_instance(string input)
    {
        Assert.Same(input, Pass.Apply(input));
    }

    [Theory]
    [InlineData("ＡＢ！日")]
    [InlineData("日 ！ＡＢ ！ ！")]
    [InlineData("ｶﾞ，ﾟ")]
    public void A_second_run_changes_nothing(string input)
    {
        var once = Pass.Apply(input);
        Assert.Equal(once, Pass.Apply(once));
    }

    [Fact]
    public void Ligatures_can_be_kept()
    {
        var pass = new WidthPass(new WidthOptions { ExpandLigatures = false });
        Assert.Equal("ﬁne A", pass.Apply("ﬁne Ａ"));
    }

    [Fact]
    public void Changes_are_reported_and_replay()
    {
        const string input = "ﬁ Ａ，ｂ\nｶ";
        var log = new ChangeLog();
        var output = Pass.Apply(input, log);
        Assert.Equal("fi A,b\nカ", output);
        Assert.Equal([WidthPass.LigatureReason, WidthPass.WidthReason, WidthPass.WidthReason, WidthPass.WidthReason, WidthPass.WidthReason], log.Changes.Select(c => c.Reason));
        Assert.Equal(output, ChangeLog.Replay(input, log.Changes));
    }

    [Fact]
    public void Many_ligatures_take_linear_time()
    {
        var input = string.Concat(Enumerable.Repeat("ﬁ", 300_000)) + "Ａ";
        Assert.Equal(string.Concat(Enumerable.Repeat("fi", 300_000)) + "A", Pass.Apply(input));
    }
}
