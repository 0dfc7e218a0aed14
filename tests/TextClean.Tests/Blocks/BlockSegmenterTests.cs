using TextClean.Blocks;

namespace TextClean.Tests.Blocks;

public class BlockSegmenterTests
{
    private static string[] Blocks(string text) => [.. BlockSegmenter.Split(text).Select(b => text.Substring(b.Start, b.Length))];

    [Theory]
    // One paragraph per line: every line is a block, whatever it starts with.
    [InlineData("First line.\nsecond line\nThird", new[] { "First line.", "second line", "Third" })]
    // Blank lines separate paragraphs; a hard-wrapped sentence stays one block.
    [InlineData("One sentence that is wrapped at the width\nof the column here.\n\nAnother one.", new[] { "One sentence that is wrapped at the width\nof the column here.", "Another one." })]
    // Unrelated lines of one group stay apart: a headline, a byline, a caption.
    [InlineData("Headline\nby Jane Doe\n\nBody text.", new[] { "Headline", "by Jane Doe", "Body text." })]
    [InlineData("Austin City Council approves $1.2 billion bond package\nby: Marcus Delgado\n\nBody text.", new[] { "Austin City Council approves $1.2 billion bond package", "by: Marcus Delgado", "Body text." })]
    [InlineData("  padded  \r\n\r\n\tline\t", new[] { "padded", "line" })]
    [InlineData("", new string[0])]
    [InlineData("\n \n\t\n", new string[0])]
    public void Splits_paragraphs_and_lines(string text, string[] expected)
    {
        Assert.Equal(expected, Blocks(text));
    }

    [Fact]
    public void Paragraph_indexes_count_blank_line_groups()
    {
        var blocks = BlockSegmenter.Split("a\nB\n\n\nC\n\nD");
        Assert.Equal([0, 0, 1, 2], blocks.Select(b => b.Paragraph));
    }
}
