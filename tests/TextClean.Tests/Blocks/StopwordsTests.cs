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

    [Fact]
    public void Every_word_of_every_list_has_exactly_its_languages()
    {
        // The plain reading of the lists (a string per word, a dictionary) as the oracle for the packed table.
        var assembly = typeof(Stopwords).Assembly;
        var expected = new Dictionary<string, uint>(StringComparer.Ordinal);
        for (var i = 0; i < Stopwords.LanguageCount; i++)
        {
            using var stream = assembly.GetManifestResourceStream($"TextClean.Stoplists.{Stopwords.Languages[i]}.txt")!;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var word = line.Trim().ToLowerInvariant();
                if (word.Length is > 0 and <= Stopwords.MaxWordLength && !word.Contains(' ') && word[0] is not ('\'' or '’') && word[^1] is not ('\'' or '’'))
                {
                    expected[word] = expected.GetValueOrDefault(word) | (1u << i);
                }
            }
        }

        Assert.Equal(18, Stopwords.LanguageCount);
        Assert.True(expected.Count > 30_000);
        foreach (var (word, bits) in expected)
        {
            // Lists write "don't" and "don’t" alike: the lookup sees both as one word.
            var twin = word.Contains('\'') ? word.Replace('\'', '’') : word.Replace('’', '\'');
            Assert.Equal(bits | expected.GetValueOrDefault(twin), Stopwords.Lookup(word));
        }
    }
}
