using System.Diagnostics;
using System.Text.RegularExpressions;
using TextClean.Testing;
using TextClean.Testing.Invariants;
using TextClean.Testing.Regressions;
using TextClean.Testing.Targets;

namespace TextClean.Tests.Regressions;

/// <summary>
/// Every input in tests/regressions/ (written by the fuzz driver or by hand, one per bug found) keeps
/// every invariant on every pass alone, on Fix and Clean under every option combination and on the chain
/// it was found on, forever; a <c>slow-</c> file also runs within its budget.
/// </summary>
public class RegressionReplayTests
{
    private static string Folder => RepoPaths.Regressions ?? throw new InvalidOperationException("Not run from inside the repository: no TextClean.sln above the test binaries.");

    [Fact]
    public void Every_regression_input_keeps_every_invariant()
    {
        Assert.True(Directory.Exists(Folder), $"{Folder} is missing");
        var failures = new List<string>();
        foreach (var path in RegressionFile.All(Folder))
        {
            var file = Path.GetFileName(path);
            var regression = RegressionFile.Read(path);
            var input = regression.Input;

            // Every pass alone, Fix and Clean; and the chain it was found on, when this build has its passes.
            CleaningTarget[] targets = regression.Target is { } name && PassUniverse.ChainNamed(name) is { } chain
                ? [.. PassUniverse.Fixed, chain]
                : [.. PassUniverse.Fixed];
            failures.AddRange(InvariantChecks.All(targets, input).Select(v => $"{file}: {v}"));
            if (file.StartsWith(RegressionFile.SlowPrefix, StringComparison.Ordinal))
            {
                foreach (var target in PassUniverse.Fixed)
                {
                    var clock = Stopwatch.StartNew();
                    target.Run(input);
                    if (clock.Elapsed > RegressionFile.SlowInputBudget)
                    {
                        failures.Add($"{file}: {target.Name} took {clock.Elapsed.TotalSeconds:0.0} s");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // The file format must spell any string exactly: these are the strings that are easy to get wrong.
    [Theory]
    [InlineData(@"")]
    [InlineData(@"plain")]
    [InlineData(@"back\\slash \\u0041 not an escape")]
    [InlineData(@"lone \uD800 high, \uDC00 low, reversed \uDC00\uD800, pair \uD83D\uDE00")]
    [InlineData(@"CR\r LF\n CRLF\r\n tab\t NUL\u0000 BOM\uFEFF RLO\u202E ZWJ\u200D NBSP\u00A0 FFFD\uFFFD")]
    [InlineData(@"\n\n\n leading and trailing line breaks \n")]
    [InlineData(@"----\n# not a header\n----")]
    public void Regression_files_keep_any_input_exactly(string escapedInput)
    {
        var input = Regex.Unescape(escapedInput);
        var folder = Directory.CreateTempSubdirectory("textclean-regression-");
        try
        {
            var path = RegressionFile.Write(folder.FullName, new Violation("idempotence", "pass x", "why\nit broke"), input, "a unit test");
            Assert.Equal(input, RegressionFile.Read(path).Input);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(@"a\uD800b", @"a\uD800b")]
    [InlineData("tab\tand\nline", @"tab\tand\nline")]
    [InlineData(@"RLO\u202Ehidden", @"RLO\u202Ehidden")]
    [InlineData("Привет ❤️", @"Привет ❤\uFE0F")]
    [InlineData(@"\\", @"\\")]
    public void Escaping_shows_everything_invisible_and_nothing_else(string escapedInput, string expected)
    {
        Assert.Equal(expected, Escaping.Escape(Regex.Unescape(escapedInput)));
    }
}
