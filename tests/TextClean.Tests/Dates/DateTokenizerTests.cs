using TextClean.Dates;

namespace TextClean.Tests.Dates;

/// <summary>The date tokenizer's word lookups: the fast table for words of ASCII letters must agree with the
/// language's dictionary for every word, in any case, wherever the word stands in the text.</summary>
public class DateTokenizerTests
{
    private static Token[] Tokenize(string text, DateLanguage? language = null)
    {
        var tokens = new Token[DateParser.WindowSize];
        var tokenizer = new DateTokenizer(text.AsMemory(), language ?? DateLanguage.English);
        var count = tokenizer.Fill(tokens);
        Assert.True(tokenizer.AtEnd);
        return tokens[..count];
    }

    private static (WordClass Class, byte Value) WordAt(string text, int start) =>
        Tokenize(text).Single(t => t.Start == start) is var t ? (t.Class, t.Value) : default;

    [Theory]
    [InlineData("Sept", "MonthAbbrev", 9)]
    [InlineData("THURSDAY", "Weekday", 4)]
    [InlineData("thurs", "WeekdayAbbrev", 4)]
    [InlineData("corresponding", "Cue", (int)Cue.Comparable)]
    [InlineData("Thanksgiving", "Holiday", (int)Holiday.Thanksgiving)]
    [InlineData("a", "Cue", (int)Cue.A)]
    [InlineData("AGO", "Cue", (int)Cue.Ago)]              // words of up to three letters: the short-word table
    [InlineData("Sep", "MonthAbbrev", 9)]
    [InlineData("yr", "Unit", (int)TimeUnit.Year)]
    [InlineData("agp", "None", 0)]
    [InlineData("x", "None", 0)]
    [InlineData("Januaryx", "None", 0)]
    [InlineData("septembers", "None", 0)]
    [InlineData("counterrevolutionaries", "None", 0)] // longer than any packed key
    [InlineData("Thanksgivinh", "None", 0)]           // same ends and length as a word of the list
    public void Words_are_classified_wherever_they_stand(string word, string wordClass, int value)
    {
        var expected = (Enum.Parse<WordClass>(wordClass), (byte)value);
        Assert.Equal(expected, WordAt(word, 0));                                  // ends the text
        Assert.Equal(expected, WordAt(word + " and more words after it", 0));     // text after it
        Assert.Equal(expected, WordAt("Before it, " + word + ".", 11));
    }

    [Fact]
    public void Every_listed_word_is_found_as_the_dictionary_finds_it()
    {
        var language = DateLanguage.English;
        foreach (var word in language.Words.Where(w => w.All(char.IsAsciiLetter)))
        {
            var expected = language.Lookup(word);
            foreach (var spelling in (string[])[word, word.ToUpperInvariant(), word.ToLowerInvariant()])
            {
                Assert.Equal(expected, WordAt(spelling, 0));
                Assert.Equal(expected, WordAt(spelling + " is a word of the English lists", 0));
            }
        }
    }

    /// <summary>The short-word table keys a word of one to three letters by five bits a letter: every such word, in
    /// any case, at the text's end (where the table's 64-bit read does not fit) and before more text, must mean what
    /// the dictionary says.</summary>
    [Fact]
    public void Every_word_of_up_to_three_letters_means_what_the_dictionary_says()
    {
        var language = DateLanguage.English;
        var letters = Enumerable.Range('a', 26).Select(c => ((char)c).ToString()).ToArray();
        var words = letters.Concat(letters.SelectMany(a => letters, (a, b) => a + b))
            .Concat(letters.SelectMany(a => letters, (a, b) => a + b).SelectMany(ab => letters, (ab, c) => ab + c));
        var tokens = new Token[4]; // these texts have at most three tokens: one buffer, not a window per text
        (WordClass, byte) Meaning(string text, int index)
        {
            var tokenizer = new DateTokenizer(text.AsMemory(), language);
            Assert.True(tokenizer.Fill(tokens) > index);
            return (tokens[index].Class, tokens[index].Value);
        }

        foreach (var word in words)
        {
            var expected = language.Lookup(word);
            var mixed = string.Concat(word.Select((c, k) => k % 2 == 0 ? char.ToUpperInvariant(c) : c));
            foreach (var spelling in (string[])[word, word.ToUpperInvariant(), mixed])
            {
                Assert.Equal(expected, Meaning(spelling, 0));
                Assert.Equal(expected, Meaning("x " + spelling, 1));
                Assert.Equal(expected, Meaning(spelling + ", more", 0));
            }
        }
    }

    /// <summary>A language may list words of ASCII letters longer than the packed keys hold (16): the tokenizer
    /// must still find them, through the dictionary, as the dictionary finds them.</summary>
    [Theory]
    [InlineData("abcdefghijklmnopq")]                         // 17 letters
    [InlineData("Counterrevolutionary")]                      // 20
    [InlineData("abcdefghijklmnopqrstuvwxyzabcde")]           // 31, the longest the end-letters filter holds
    public void Words_longer_than_a_packed_key_are_found(string word)
    {
        var language = new DateLanguage.Builder("test", monthFirst: true)
            .Add(WordClass.Holiday, (int)Holiday.Thanksgiving, word)
            .Add(WordClass.Month, 5, "May")
            .Build(DateLanguage.English.Grammar); // the rules' words are no matter here
        var expected = (WordClass.Holiday, (byte)Holiday.Thanksgiving);
        foreach (var spelling in (string[])[word, word.ToUpperInvariant(), word.ToLowerInvariant()])
        {
            Assert.Equal(expected, Tokenize(spelling, language) is [var t] ? (t.Class, t.Value) : default);
            Assert.Equal(expected, Tokenize("In May, " + spelling + " and more", language)[3] is var u ? (u.Class, u.Value) : default);
        }
    }
}
