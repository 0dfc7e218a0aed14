using System.Text;
using System.Text.Json;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>Plain mode over several files: the output says which file a date came from, and cleaned texts
/// do not run into each other.</summary>
public sealed class PlainModeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textclean-plain-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Run(params string[] args)
    {
        var options = CliOptions.Parse(args);
        using var output = new MemoryStream();
        Assert.Equal(0, Program.RunPlain(options, new RecordProcessor(options), output, progress: null));
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void Dates_of_several_files_name_their_file()
    {
        var first = Write("a.txt", "The talks ended on Monday.\n");
        var second = Write("b.txt", "Nothing dated here.\n");
        var third = Write("c.txt", "They resume on Tuesday, Sept. 12.\n");

        var mentions = Run("dates", "--reference-date", "2023-09-14", first, second, third)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(m => (File: m.GetProperty("file").GetString(), Text: m.GetProperty("text").GetString(), Start: m.GetProperty("start").GetInt32()))
            .ToList();

        Assert.Equal([(first, "Monday", 19), (third, "Tuesday, Sept. 12", 15)], mentions);
    }

    [Fact]
    public void Dates_of_one_file_have_no_file_field()
    {
        var only = Write("a.txt", "The talks ended on Monday.\n");

        var line = Run("dates", only).TrimEnd('\n');

        Assert.False(JsonDocument.Parse(line).RootElement.TryGetProperty("file", out _));
    }

    [Fact]
    public void Cleaned_texts_of_several_files_are_kept_apart_by_a_blank_line()
    {
        const string First = "The negotiations between the two unions and the company ended late on Monday without an agreement, officials said.\n\nBoth sides plan to meet again next week, after the holiday, to go through the remaining questions on pay.\n";
        const string Second = "The city council voted on Tuesday to extend the program for another two years, after a long debate about its cost.\n";

        var output = Run("clean", Write("a.txt", First), Write("b.txt", Second));

        Assert.Equal(Run("clean", Write("a2.txt", First)) + "\n" + Run("clean", Write("b2.txt", Second)), output);
        Assert.Contains("questions on pay.\n\nThe city council", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_texts_of_several_files_follow_each_other_as_cat_would_put_them()
    {
        var output = Run("fix", Write("a.txt", "caf\u00C3\u00A9\n"), Write("b.txt", "second line"));

        Assert.Equal("caf\u00E9\nsecond line\n", output);
    }

    [Fact]
    public void Clean_says_so_when_nothing_of_a_file_was_kept()
    {
        var snippet = Write("snippet.txt", "Hi there\n");
        var blank = Write("blank.txt", " \n\n");
        var options = CliOptions.Parse(["clean", snippet, blank]);
        using var output = new MemoryStream();
        var errors = new StringWriter { NewLine = "\n" };

        Assert.Equal(0, Program.RunPlain(options, new RecordProcessor(options), output, progress: null, errors));

        Assert.Equal(0, output.Length);
        Assert.Equal(
            $"textclean: note: nothing of '{snippet}' was kept: every block was judged boilerplate (--explain says why; --boilerplate off keeps them)\n",
            errors.ToString());
    }
}
