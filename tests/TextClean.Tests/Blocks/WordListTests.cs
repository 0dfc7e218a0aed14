using TextClean.Blocks;

namespace TextClean.Tests.Blocks;

public class WordListTests
{
    private static readonly string[] Words = ["standings", "table", "by", "#", "no.", "café", "über", "ſtaff", "kelvin"];

    [Theory]
    [InlineData("Standings", true)]
    [InlineData("STANDINGS", true)]
    [InlineData("Standing", false)]                // another length
    [InlineData("tables", false)]
    [InlineData("Xable", false)]                   // the first letter differs beyond case
    [InlineData("#", true)]
    [InlineData("No.", true)]
    [InlineData("CAFÉ", true)]                     // a letter beyond ASCII after the first
    [InlineData("ÜBER", true)]                     // ...and as the first
    [InlineData("", false)]
    public void A_word_is_in_the_list_in_any_case(string word, bool contained) =>
        Assert.Equal(contained, WordList.Contains(Words, word));

    /// <summary>The shortcut never changes the comparison's answer, whatever the first characters: letters beyond ASCII
    /// that some case tables pair with ASCII ones (ſ and S, the Kelvin sign and K, ı and I) go to the comparison.</summary>
    [Theory]
    [InlineData("ſtaff")]
    [InlineData("STAFF")]
    [InlineData("\u212Aelvin")]
    [InlineData("Kelvin")]
    [InlineData("ıs")]
    [InlineData("İs")]
    [InlineData("BY")]
    [InlineData("bY")]
    [InlineData("\u0002y")]
    [InlineData("By")]
    public void The_answer_is_the_ordinal_ignore_case_comparisons(string word)
    {
        var expected = false;
        foreach (var candidate in Words)
        {
            expected |= word.Equals(candidate, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(expected, WordList.Contains(Words, word));
    }

    [Theory]
    [InlineData("Oct", "october", true)]
    [InlineData("oct", "October", true)]
    [InlineData("Nov", "october", false)]
    [InlineData("Éte", "été", true)]              // beyond ASCII: left to the comparison
    public void First_letters_may_match_in_any_case(string a, string b, bool may) =>
        Assert.Equal(may, WordList.FirstMayMatch(a, b));
}
