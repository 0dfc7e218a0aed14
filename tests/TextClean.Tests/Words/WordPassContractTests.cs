using System.Text;
using TextClean.Pipeline;
using TextClean.Words;

namespace TextClean.Tests.Words;

/// <summary>The pass contract on random text made of what the word passes react to: idempotent, the
/// same instance when nothing changes, every change reported so the log replays, never an exception.</summary>
public class WordPassContractTests
{
    private const string Pieces = "ab]e|o1@#-'\n \r()[]{}Aé9/.";

    private static readonly string[] Words =
    [
        "negotiations", "negotiati]ns", "Negoti@tions", "nego-\ntiations", "gov- ernment", "well-\nknown",
        "Granollers", "Granoll]rs", "COVID-19", "R2-D2", "give[s]", "x", "-\n", "- ", "h4ck3r", "iPh0ne", "(F1ance)",
    ];

    public static TheoryData<string> Passes() => ["in-word-repair", "dehyphenation", "both"];

    [Theory]
    [MemberData(nameof(Passes))]
    public void Random_text_keeps_the_contract(string which)
    {
        var random = new Random(6);
        for (var round = 0; round < 3000; round++)
        {
            var text = RandomText(random);
            var log = new ChangeLog();
            var once = Run(which, text, log);
            Assert.True(once == ChangeLog.Replay(text, log.Changes), $"replay differs for {Show(text)}");
            var twice = Run(which, once, null);
            Assert.True(once == twice, $"not idempotent: {Show(text)} -> {Show(once)} -> {Show(twice)}");
            if (once == text)
            {
                Assert.Same(text, once);
            }
        }
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    [InlineData("004")]
    public void Text_with_nothing_to_look_at_costs_no_allocation(string seed)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", seed + ".txt"));
        TextPass[] passes = [new InWordRepairPass(), new DehyphenationPass()];
        foreach (var pass in passes)
        {
            // The least of a few runs: the first ones pay for static tables and the JIT's tiering.
            var least = long.MaxValue;
            for (var run = 0; run < 5; run++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var output = pass.Apply(text);
                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
                Assert.Same(text, output);
            }

            Assert.True(least == 0, $"{pass.Name} allocated {least} bytes");
        }
    }

    private static string Run(string which, string text, ChangeLog? log) => which switch
    {
        "in-word-repair" => new InWordRepairPass().Apply(text, log),
        "dehyphenation" => new DehyphenationPass().Apply(text, log),
        _ => new TextPipeline([new InWordRepairPass(), new DehyphenationPass()]).Run(text, log),
    };

    private static string Show(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var parts = random.Next(1, 12);
        for (var p = 0; p < parts; p++)
        {
            if (random.Next(3) == 0)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }
            else
            {
                builder.Append(Words[random.Next(Words.Length)]);
            }

            if (random.Next(2) == 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
