using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>What the command line asks for before any input is read.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "-h" }, true)]
    [InlineData(new[] { "help" }, true)]
    [InlineData(new[] { "clean", "--help" }, true)]
    [InlineData(new[] { "dates", "--jsonl", "-h", "in.jsonl" }, true)]
    [InlineData(new[] { "fix", "--", "--help" }, false)] // a file named --help
    [InlineData(new[] { "fix", "help" }, false)] // a file named help
    [InlineData(new[] { "fix" }, false)]
    [InlineData(new string[0], false)]
    public void Help_is_asked_for_anywhere_before_the_end_of_options(string[] args, bool expected)
    {
        Assert.Equal(expected, CliOptions.AsksForHelp(args));
    }

    [Theory]
    [InlineData(new[] { "--version" }, true)]
    [InlineData(new[] { "clean", "--version" }, true)]
    [InlineData(new[] { "--version", "fix", "in.txt" }, true)]
    [InlineData(new[] { "fix", "--", "--version" }, false)] // a file named --version
    [InlineData(new[] { "fix", "version" }, false)]
    [InlineData(new string[0], false)]
    public void The_version_is_asked_for_anywhere_before_the_end_of_options(string[] args, bool expected)
    {
        Assert.Equal(expected, CliOptions.AsksForVersion(args));
    }

    [Fact]
    public void A_directory_given_as_input_is_said_to_be_one()
    {
        var error = Assert.Throws<IOException>(() => Program.OpenFile(Path.GetTempPath()));
        Assert.Equal("it is a directory", error.Message);
    }

    [Fact]
    public void The_version_names_the_library_build_and_its_commit()
    {
        // "textclean 1.0.0+<commit>" when built from a git clone; the version alone elsewhere.
        Assert.Matches(@"^textclean [0-9]+\.[0-9]+\.[0-9]+(\+[0-9a-f]{7,40})?$", Program.VersionLine);
    }
}
