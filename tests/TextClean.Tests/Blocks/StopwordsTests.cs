using TextClean.Blocks;

namespace TextClean.Tests.Blocks;

public class StopwordsTests
{
    private static string[] LanguagesOf(string word)
    {
        var bits = Stopwords.Lookup(word);
        return [.. Stopwords.Languages.Where((_, i) => (bits & (1u << i)) != 0)];
    }

    [Theory]
    [InlineData("the", "English")]
    [InlineData("aujourd'hui", "French")]
    [InlineData("aujourd’hui", "French")]
    // Lists that write the apostrophe as ’ match too: block keys read either as a space.
    [InlineData("d’un", "French")]
    [InlineData("зв’язку", "Ukrainian")]
    [InlineData("зв'язку", "Ukrainian")]
    public void A_list_names_the_word(string word, string language) => Assert.Contains(language, LanguagesOf(word));

    [Theory]
    [InlineData("a’")] // an apostrophe at a word's edge is no part of a block's word
    [InlineData("zzqx")]
    public void No_list_names_the_word(string word) => Assert.Empty(LanguagesOf(word));

    [Fact]
    public void A_block_counts_a_word_written_with_a_typographic_apostrophe()
    {
        var hits = new int[Stopwords.LanguageCount];
        var keys = new char[BlockFeatures.MaxKeyLength(7)];
        BlockFeatures.Compute("зв’язку", hits, keys, 0);
        Assert.Equal(1, hits[Array.IndexOf([.. Stopwords.Languages], "Ukrainian")]);
    }
}
