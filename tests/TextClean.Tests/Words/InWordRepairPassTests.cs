using System.Text.RegularExpressions;
using TextClean.Pipeline;
using TextClean.Words;

namespace TextClean.Tests.Words;

public class InWordRepairPassTests
{
    private static readonly InWordRepairPass Pass = new();

    [Theory]
    [InlineData("for negotiati]ns with", "for negotiations with")]
    [InlineData("the gover|ment said", "the government said")]
    [InlineData("an impo{tant day", "an important day")]
    [InlineData("very diff1cult", "very difficult")]
    [InlineData("NEGOTIATI]NS", "NEGOTIATIONS")]                 // case pattern kept
    [InlineData("Negotiati]ns began.", "Negotiations began.")]
    [InlineData("\"negotiati]ns,\" he said", "\"negotiations,\" he said")] // punctuation around the word
    [InlineData("(F1ance)", "(France)")]
    [InlineData("the 80-perc]nt mark", "the 80-percent mark")]
    [InlineData("Russia's negotiati]ns' end", "Russia's negotiations' end")]
    [InlineData("negotiations and neg~tiat]ons", "negotiations and negotiations")] // two damaged letters: the text's word only
    [InlineData("Howev3r, it", "However, it")]                   // leetspeak-looking, but a sentence start
    [InlineData("on 2013-10-15-negotiati]ns (2013) began", "on 2013-10-15-negotiations (2013) began")] // numbers' digits before the damage in the chunk
    [InlineData("the gover7ment said", "the government said")]      // number-word digits in a long word
    [InlineData("the netw2rk and the pri9ate sect4r", "the network and the private sector")]
    [InlineData("for negoti8tions with", "for negotiations with")]
    [InlineData("flights to Barcel2na", "flights to Barcelona")]
    public void Damaged_words_are_repaired(string input, string expected) => Assert.Equal(expected, Pass.Apply(input));

    [Theory]
    [InlineData("R2-D2 and Y2K and b2b and mp3 files")]
    [InlineData("COVID-19 F-16 9/11 4x4 A330neo MP3s ILC2s")]
    [InlineData("AW3418DW UN43NU my6sense to5Mac")]             // product codes, brand names
    [InlineData("see https://example.com/negotiati]ns or www.negotiati]ns.org")]
    [InlineData("write to nego]tiations@example.com")]
    [InlineData("#negotiati0ns @negotiati0ns")]                 // hashtags and handles
    [InlineData("snake_case neg0tiations_total")]               // identifiers
    [InlineData("it give[s] and friend(s)")]                    // an editor's brackets
    [InlineData("H2SO4 and CO2 and 5kg and 10km/h")]            // formulas, numbers with units
    [InlineData("and/or his/her either/or")]
    [InlineData("by Micro$oft and Pl@net")]                     // leetspeak names, mid-sentence
    [InlineData("h4ck3r l33t n00b")]                            // two leetspeak symbols, or too short
    [InlineData("sk8er boi, the film Se7en, gr8 w8ing")]       // number-word digits in short words: leetspeak, titles
    [InlineData("sk8ers and h8ters")]                           // "skiers" is no everyday word; "haters" spells "ate" at the 8
    [InlineData("F-35 A380 4x4 B2B COVID-19 G7 P2P Web3")]      // model numbers
    [InlineData("i18n a11y mp4s V8s Win98 7-Eleven 2day 4ever")]
    [InlineData("I like l33t speak and this list")]             // two digits in a short word: deliberate, whatever the text has
    [InlineData("an h4ck3r, a hacker; n00bs and neg0tiati0ns beside negotiations")] // two digits that look like the letters
    [InlineData("iPh0ne")]                                      // mixed case without evidence
    [InlineData("chan#e")]                                      // chance? change? not clear
    [InlineData("neg~tiat]ons")]                                // two damaged letters, no such word in the text
    [InlineData("qwert]yuiop")]                                 // reaches no word
    [InlineData("")]
    [InlineData("plain text with nothing to do")]
    public void Anything_unclear_is_left_alone(string input) => Assert.Same(input, Pass.Apply(input));

    [Fact]
    public void The_document_vouches_for_a_repair()
    {
        // "Granollers" is no lexicon word, but the text has it intact.
        const string Text = "Granollers won. Later Granoll]rs lost.";
        Assert.Equal("Granollers won. Later Granollers lost.", Pass.Apply(Text));
        Assert.Same("Later Granoll]rs lost.", Pass.Apply("Later Granoll]rs lost."));
    }

    [Fact]
    public void The_document_spelling_keeps_its_case()
    {
        Assert.Equal("the iPhone and the iPhone", Pass.Apply("the iPhone and the i*hone"));
        Assert.Equal("WeWork and WeWork", Pass.Apply("WeWork and WeW*rk"));
    }

    [Fact]
    public void A_more_common_word_outweighs_the_document()
    {
        // "agility" is in the text, but "ability" is far more common: not clear, so left alone.
        const string Text = "agility and a{ility";
        Assert.Same(Text, Pass.Apply(Text));
    }

    [Fact]
    public void A_repaired_word_is_evidence_for_the_others_so_a_second_run_does_nothing()
    {
        var text = "The negotiati]ns and Granoll]rs and negoti@tions and Granollers";
        var once = Pass.Apply(text);
        Assert.Equal("The negotiations and Granollers and negotiations and Granollers", once);
        Assert.Same(once, Pass.Apply(once));
    }

    [Theory]
    [InlineData(@"a\uD800b negotiati]ns", @"a\uD800b negotiations")]   // lone surrogates pass through
    public void Odd_characters_are_handled(string input, string expected) =>
        Assert.Equal(Regex.Unescape(expected), Pass.Apply(Regex.Unescape(input)));

    // U+FFFD is what a decoder leaves of a character beyond ASCII (a Windows-1252 "é" read as UTF-8): it is
    // repaired only to a word with a letter beyond ASCII there, and a wrong word is worse than a visible U+FFFD.
    [Theory]
    [InlineData(@"the caf\uFFFD was", "the café was")]                 // the lexicon's only such word
    [InlineData(@"CAF\uFFFD", "CAFÉ")]
    [InlineData(@"Caf\uFFFD, then", "Café, then")]
    [InlineData(@"Se\uFFFDor Lopez", "Señor Lopez")]
    [InlineData(@"an \uFFFDtude for piano", "an étude for piano")]     // at the front: "tude" is no word
    [InlineData(@"An \uFFFDtude. \uFFFDtude two", "An étude. Étude two")]     // a lost initial's case: the sentence's
    [InlineData(@"An \u00C9tude, an \uFFFDtude", "An Étude, an étude")]
    [InlineData(@"\u00D6zil and \uFFFDzil", "Özil and Özil")]       // a name as the text writes it
    [InlineData(@"the Pok\uFFFDmon fianc\uFFFD", "the Pokémon fiancé")]
    [InlineData(@"a r\u00E9sum\u00E9 and a r\uFFFDsum\uFFFD", "a résumé and a résumé")] // two lost letters: the text's word
    [InlineData(@"the cr\u00E8me and the cr\uFFFDme", "the crème and the crème")]
    public void A_lost_character_is_repaired_to_a_word_with_a_letter_beyond_ascii(string input, string expected) =>
        Assert.Equal(expected, Pass.Apply(Regex.Unescape(input)));

    [Theory]
    [InlineData(@"The cr\uFFFDme br\u00FBl\uFFFDe was served.")]      // never "crime": the lexicon spells "creme"
    [InlineData(@"so na\uFFFDve")]                                     // "naive", not "naïve", "naíve" or "naîve"
    [InlineData(@"my r\uFFFDsum\uFFFD")]                              // "résumé" is no lexicon word and not in the text
    [InlineData(@"negotiations and negotiati\uFFFDns")]                // an ASCII letter was never lost
    [InlineData(@"Andr\uFFFDs and In\uFFFDs and Jes\uFFFDs")]          // "Andrés", "Inés": no word before the hole
    [InlineData(@"the Kar\uFFFDs and l\uFFFDhomme")]                  // possessive of no word; French elision
    [InlineData(@"Herm\uFFFDs handbags, Jos\uFFFD Tom\uFFFDs, Russia\uFFFDs army")] // names with a lost letter, or a name the text writes nowhere else
    [InlineData(@"sam\uFFFDre and x\uFFFDd")]                          // no contraction's stem
    [InlineData(@"the pass\uFFFD and \uFFFDtat")]                     // "pass”" or "passé"; "“tat" or "état"
    [InlineData(@"the caf\uFFFD and the caf")]                        // the text writes "caf": as likely "caf”"
    [InlineData(@"he said \uFFFDhello\uFFFD")]                        // lost quotation marks
    [InlineData(@"caf\uFFFD\uFFFD and \uFFFD\uFFFD and \uFFFD")]
    public void A_lost_character_without_a_certain_repair_stays_visible(string input)
    {
        var text = Regex.Unescape(input);
        Assert.Same(text, Pass.Apply(text));
    }

    // Whether the rest of a token with a U+FFFD at its edge is a word of the text does not depend on the other
    // tokens: were its words collected only when another token had their length, repairing that token would
    // change the answer on the next run.
    [Theory]
    [InlineData(@"A caf\uFFFD, the caf, I\uFFFDm sure.", "A caf\uFFFD, the caf, I’m sure.")]
    [InlineData(@"The clich\uFFFD and the clich, a wor]d away.", "The clich\uFFFD and the clich, a world away.")]
    [InlineData(@"The clich\uFFFD, a wor]d away.", "The cliché, a world away.")]
    public void A_word_of_the_text_at_a_lost_characters_edge_counts_whatever_the_other_tokens(string input, string expected)
    {
        var once = Pass.Apply(Regex.Unescape(input));
        Assert.Equal(Regex.Unescape(expected), once);
        Assert.Equal(once, Pass.Apply(once));
    }

    // ’ is three bytes in UTF-8 and one in Windows-1252: in English text it is the character a decoder loses
    // most, and a contraction or a possessive shows where it was.
    [Theory]
    [InlineData(@"I don\uFFFDt know, it\uFFFDs fine", "I don’t know, it’s fine")]
    [InlineData(@"We\uFFFDre sure they\uFFFDve left; I\uFFFDm told she\uFFFDll call, he\uFFFDd say", "We’re sure they’ve left; I’m told she’ll call, he’d say")]
    [InlineData(@"DON\uFFFDT PANIC", "DON’T PANIC")]
    [InlineData(@"Russia and Russia\uFFFDs army and the company\uFFFDs shares", "Russia and Russia’s army and the company’s shares")]
    [InlineData(@"Ship Tom\uFFFDs bag to Tom", "Ship Tom’s bag to Tom")]                          // the stem stands in the text
    [InlineData(@"the caf\uFFFDs are open", "the cafés are open")]                     // a letter beyond ASCII first
    [InlineData(@"Company\uFFFDs shares fell. The company\uFFFDs chief quit.", "Company’s shares fell. The company’s chief quit.")] // a stem restored is evidence
    [InlineData(@"The team\uFFFDs coach left. A t]]m won.", "The team’s coach left. A team won.")]
    [InlineData(@"I don\uFFFDt know Don\uFFFDs plan.", "I don’t know Don’s plan.")]
    public void A_lost_apostrophe_is_restored_in_contractions_and_possessives(string input, string expected) =>
        Assert.Equal(expected, Pass.Apply(Regex.Unescape(input)));

    [Fact]
    public void A_restored_apostrophe_takes_the_quote_style()
    {
        var log = new ChangeLog();
        new InWordRepairPass().Apply("don\uFFFDt and negotiati]ns", log);
        Assert.Equal([InWordRepairPass.LostApostropheReason, InWordRepairPass.Reason], log.Changes.Select(c => c.Reason));
        Assert.Equal("it’s", new InWordRepairPass(Lexicon.FromWords(["it", "word"], "en-GB")).Apply("it\uFFFDs"));

        var ascii = new InWordRepairPass(Lexicon.English, QuoteStyle.Ascii);
        Assert.Equal("don't", ascii.Apply("don\uFFFDt"));
        Assert.Equal("it’s", new InWordRepairPass(Lexicon.English, QuoteStyle.Keep).Apply("it\uFFFDs"));
        Assert.Equal("don't", new TextCleaner(new CleanerOptions { Quotes = QuoteStyle.Ascii }).Fix("don\uFFFDt"));
    }

    [Fact]
    public void Changes_are_reported_and_replay()
    {
        const string Text = "negotiati]ns and gover|ment";
        var log = new ChangeLog();
        var output = Pass.Apply(Text, log);
        Assert.Equal(2, log.Changes.Count);
        Assert.All(log.Changes, c => Assert.Equal(("in-word-repair", InWordRepairPass.Reason), (c.Pass, c.Reason)));
        Assert.Equal("negotiati]ns", log.Changes[0].Original);
        Assert.Equal("negotiations", log.Changes[0].Replacement);
        Assert.Equal(output, ChangeLog.Replay(Text, log.Changes));
    }

    [Fact]
    public void A_user_lexicon_repairs_another_language()
    {
        var german = Lexicon.FromWords(["Verhandlungen", "werden", "fortgesetzt"], "de");
        var pass = new InWordRepairPass(german);
        Assert.Equal("Die Verhandlungen werden fortgesetzt", pass.Apply("Die Verh]ndlungen werden fortges]tzt"));
    }

    [Fact]
    public void Long_runs_without_words_stay_linear_and_untouched()
    {
        var noise = string.Concat(Enumerable.Repeat("a1]b", 250_000)) + " " + string.Concat(Enumerable.Repeat("x] ", 250_000));
        Assert.Same(noise, Pass.Apply(noise));
    }

    [Fact]
    public void Null_is_refused() => Assert.Throws<ArgumentNullException>(() => Pass.Apply(null!));
}
