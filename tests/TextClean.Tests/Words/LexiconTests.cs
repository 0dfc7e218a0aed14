using TextClean.Words;

namespace TextClean.Tests.Words;

public class LexiconTests
{
    [Theory]
    [InlineData("negotiations", 20)]
    [InlineData("the", 10)]
    [InlineData("Monday", 35)]
    [InlineData("colour", 10)]   // British spellings are in too
    [InlineData("color", 10)]
    public void English_knows_common_words_with_their_band(string word, int maxBand)
    {
        var band = Lexicon.English.BandOf(word);
        Assert.InRange(band, 0, maxBand);
        Assert.True(Lexicon.English.Contains(word));
    }

    [Theory]
    [InlineData("negotiati]ns")]
    [InlineData("Negotiations")]  // exact case: the passes try the case forms themselves
    [InlineData("monday")]
    [InlineData("")]
    [InlineData("qzxv")]
    public void English_lookups_are_exact(string word) => Assert.False(Lexicon.English.Contains(word));

    [Fact]
    public void English_is_loaded_once_and_is_large()
    {
        Assert.Same(Lexicon.English, Lexicon.English);
        Assert.Equal("en", Lexicon.English.Language);
        Assert.InRange(Lexicon.English.Count, 200_000, 400_000);
    }

    [Fact]
    public void The_letters_a_lost_character_may_be_are_every_lowercase_letter_beyond_ascii_the_words_use()
    {
        Assert.Equal("abcdefghijklmnopqrstuvwxyzé", Lexicon.English.Alphabet);
        // "café", "Señor", "Ångström" (lowercased): every one, however rare.
        Assert.Equal("àáâäåçèéêëíîïñóôöøùúûü", Lexicon.English.NonAsciiAlphabet);
        Assert.Equal("", Lexicon.FromWords(["plain", "words"], "en").NonAsciiAlphabet);
    }

    [Fact]
    public void English_loads_once_under_concurrency()
    {
        var counts = new int[8];
        Parallel.For(0, counts.Length, i => counts[i] = Lexicon.English.Count);
        Assert.All(counts, c => Assert.Equal(counts[0], c));
    }

    [Fact]
    public void A_user_lexicon_holds_another_language()
    {
        var german = Lexicon.FromWords(["Verhandlungen", "werden", "nicht", "kein Wort", "123"], "de");
        Assert.Equal("de", german.Language);
        Assert.Equal(3, german.Count); // entries that are not letters alone are skipped
        Assert.True(german.Contains("Verhandlungen"));
        Assert.Equal(Lexicon.DefaultBand, german.BandOf("werden"));
        Assert.Equal(-1, german.BandOf("negotiations"));
    }

    [Fact]
    public void Ranked_words_keep_their_lowest_band()
    {
        var lexicon = Lexicon.FromRankedWords([("alpha", 40), ("alpha", 10), ("beta", 80)], "xx");
        Assert.Equal(10, lexicon.BandOf("alpha"));
        Assert.Equal(80, lexicon.BandOf("beta"));
    }

    [Fact]
    public void The_hash_and_the_sorted_search_agree()
    {
        var table = Lexicon.English.Table;
        for (var i = 0; i < table.Count; i += 997)
        {
            var word = table.Word(i).ToString();
            Assert.Equal(i, table.Find(word));
            Assert.Equal(i, table.FindSorted(word));
        }
    }

    [Fact]
    public void The_embedded_list_is_under_two_megabytes()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("TextClean.Words.Data.en.lexicon");
        Assert.NotNull(stream);
        Assert.InRange(stream.Length, 100_000, 2_000_000);
    }
}
