using TextClean.Dates;
using Xunit;

namespace TextClean.Tests.Dates;

public class WordListTests
{
    private static readonly WordList Words = ["said", "says", "told", "'s", "in", "Bloody"];

    [Theory]
    [InlineData("said", 0)]
    [InlineData("SAYS", 1)]
    [InlineData("Told", 2)]
    [InlineData("'S", 3)]         // a first character that is no letter is compared as written
    [InlineData("IN", 4)]
    [InlineData("bloody", 5)]     // listed capitalized, found in any case
    [InlineData("sai", -1)]       // a length no word has
    [InlineData("saidx", -1)]
    [InlineData("paid", -1)]      // a length some word has, a first letter none of that length has
    [InlineData("sold", -1)]      // both, yet no word
    [InlineData("", -1)]
    [InlineData("Ɓloody", -1)]    // a non-ASCII first letter is compared, and differs
    [InlineData("a much longer token than any word of the list", -1)]
    public void A_token_is_found_as_ordinal_ignore_case_finds_it(string token, int index)
    {
        Assert.Equal(index, Words.IndexOf(token));
        Assert.Equal(index >= 0, Words.Contains(token));
        Assert.Equal(Array.FindIndex(Words.ToArray(), w => w.Equals(token, StringComparison.OrdinalIgnoreCase)), Words.IndexOf(token));
    }

    [Fact]
    public void Every_grammar_word_of_every_list_is_found_in_any_case()
    {
        var lists = typeof(GrammarWords).GetProperties().Where(p => p.PropertyType == typeof(WordList)).ToList();
        Assert.NotEmpty(lists);
        foreach (var property in lists)
        {
            var list = (WordList)property.GetValue(DateLanguage.English.Grammar)!;
            for (var k = 0; k < list.Count; k++)
            {
                var word = list[k];
                var first = list.IndexOf(word);
                Assert.True(first >= 0 && first <= k, $"{property.Name}: \"{word}\"");
                Assert.Equal(first, list.IndexOf(word.ToUpperInvariant()));
                Assert.Equal(first, list.IndexOf(word.ToLowerInvariant()));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("caf\u00e9")]
    public void A_word_that_is_empty_or_not_ascii_is_refused(string word) =>
        Assert.Throws<ArgumentException>(() => WordList.Create([word]));
}
