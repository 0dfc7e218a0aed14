using TextClean.Blocks;
using TextClean.Characters;
using TextClean.Dates;
using TextClean.Words;

namespace TextClean.Tests;

/// <summary>Turning capabilities off: one style (a mode's Keep, a record's Off), and the older forms still work.</summary>
public class CleanerOptionsTests
{
    private static readonly Dictionary<string, CleanerOptions> Off = new()
    {
        ["html-entities"] = CleanerOptions.Default with { HtmlEntities = HtmlEntityOptions.Off },
        ["mojibake"] = CleanerOptions.Default with { Mojibake = MojibakeOptions.Off },
        ["controls"] = CleanerOptions.Default with { Controls = ControlCharacterOptions.Off },
        ["whitespace"] = CleanerOptions.Default with { Whitespace = WhitespaceMode.Keep },
        ["width"] = CleanerOptions.Default with { Width = WidthOptions.Off },
        ["normalization"] = CleanerOptions.Default with { Normalization = NormalizationOptions.Off },
        ["quotes"] = CleanerOptions.Default with { Quotes = QuoteStyle.Keep },
        ["word-repair"] = CleanerOptions.Default with { WordRepair = WordRepairOptions.Off },
        ["boilerplate"] = CleanerOptions.Default with { Boilerplate = BoilerplateOptions.Off },
    };

    // The forms that came before Off: each must still turn the same passes off.
    private static readonly Dictionary<string, CleanerOptions> OlderForms = new()
    {
        ["html-entities"] = CleanerOptions.Default with { HtmlEntities = HtmlEntityOptions.Default with { Enabled = false } },
        ["mojibake"] = CleanerOptions.Default with { Mojibake = MojibakeOptions.Default with { Enabled = false } },
        ["controls"] = CleanerOptions.Default with { Controls = ControlCharacterOptions.Default with { Enabled = false } },
        ["width"] = CleanerOptions.Default with { Width = WidthOptions.Default with { Enabled = false } },
        ["normalization"] = CleanerOptions.Default with { Normalization = NormalizationOptions.Default with { Enabled = false } },
        ["word-repair"] = CleanerOptions.Default with { WordRepair = WordRepairOptions.None },
        ["boilerplate"] = CleanerOptions.Default with { Boilerplate = null },
    };

    [Theory]
    [InlineData("html-entities", "html-entities")]
    [InlineData("mojibake", "mojibake")]
    [InlineData("controls", "controls")]
    [InlineData("whitespace", "whitespace")]
    [InlineData("width", "width")]
    [InlineData("normalization", "normalization")]
    [InlineData("quotes", "quotes")]
    [InlineData("word-repair", "in-word-repair dehyphenation")]
    [InlineData("boilerplate", "boilerplate")]
    public void Off_leaves_out_exactly_its_passes(string capability, string passes)
    {
        var all = PassNames(CleanerOptions.Default);
        Assert.Equal(all.Except(passes.Split(' ')), PassNames(Off[capability]));
    }

    [Theory]
    [InlineData("html-entities")]
    [InlineData("mojibake")]
    [InlineData("controls")]
    [InlineData("width")]
    [InlineData("normalization")]
    [InlineData("word-repair")]
    [InlineData("boilerplate")]
    public void Older_forms_turn_off_the_same_passes(string capability)
    {
        Assert.Equal(PassNames(Off[capability]), PassNames(OlderForms[capability]));
    }

    [Fact]
    public void Enabled_is_what_Off_turns_off()
    {
        Assert.False(HtmlEntityOptions.Off.Enabled);
        Assert.False(WordRepairOptions.Off.Enabled);
        Assert.False(BoilerplateOptions.Off.Enabled);
        Assert.False(DateOptions.Off.Enabled);
        Assert.True(BoilerplateOptions.Precision.Enabled);
        Assert.Equal(DateOptions.Default, DateOptions.Off with { Enabled = true });
    }

    [Fact]
    public void Dates_off_means_Clean_extracts_none_but_the_extractor_still_works()
    {
        const string text = "The council voted on Sept. 15, 2023, to close the bridge for repairs over the winter months.";
        var on = TextCleaner.Default.Clean(text);
        var cleaner = new TextCleaner(CleanerOptions.Default with { Dates = DateOptions.Off });
        var off = cleaner.Clean(text);

        Assert.NotEmpty(on.Dates);
        Assert.Empty(off.Dates);
        Assert.Equal(on.Text, off.Text);
        Assert.Equal(on.Dates, cleaner.DateExtractor.Extract(on.Text));
    }

    [Fact]
    public void The_cleaners_date_extractor_is_the_one_Clean_runs()
    {
        const string text = "Prices rose on 04/05/2023.";
        var dayFirst = new TextCleaner(CleanerOptions.Default with { Dates = DateOptions.Default with { NumericOrder = NumericDateOrder.DayFirst } });
        Assert.Equal("2023-05-04", Assert.Single(dayFirst.DateExtractor.Extract(text)).Value);
        Assert.Equal("2023-04-05", Assert.Single(TextCleaner.Default.DateExtractor.Extract(text)).Value);
    }

    // One switch for C1 controls, ControlCharacterOptions.RepairC1Controls: the mojibake pass, which meets them
    // first, follows it too (before, turning it off there left the mojibake pass repairing them all the same).
    [Theory]
    [InlineData(@"\u0093quoted\u0094", true, "keep", "“quoted”")]
    [InlineData(@"\u0093quoted\u0094", false, "keep", @"\u0093quoted\u0094")]
    [InlineData(@"\u0093quoted\u0094", false, "normalize", "quoted")]     // the whitespace pass removes what no pass read
    [InlineData(@"caf\u00C3\u00A9 au lait\n\u0093quoted\u0094", false, "keep", @"café au lait\n\u0093quoted\u0094")]   // mojibake repaired, C1 controls kept
    [InlineData(@"caf\u00C3\u00A9 au lait\n\u0093quoted\u0094", true, "keep", "café au lait\n“quoted”")]
    public void One_switch_repairs_or_keeps_C1_controls(string input, bool repair, string whitespace, string expected)
    {
        var options = CleanerOptions.Default with
        {
            Controls = ControlCharacterOptions.Default with { RepairC1Controls = repair },
            Whitespace = whitespace == "keep" ? WhitespaceMode.Keep : WhitespaceMode.Normalize,
        };
        Assert.Equal(Unescape(expected), new TextCleaner(options).Fix(Unescape(input)));
    }

    private static IEnumerable<string> PassNames(CleanerOptions options)
    {
        var cleaner = new TextCleaner(options);
        return [.. cleaner.RepairPasses.Select(p => p.Name), .. cleaner.BlockPasses.Select(p => p.Name)];
    }

    private static string Unescape(string s) => System.Text.RegularExpressions.Regex.Unescape(s);
}
