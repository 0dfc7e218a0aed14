using TextClean.Characters;
using TextClean.Tests.Characters;

// The held-out mojibake measurement: every paragraph (non-empty line) of the given text files, damaged
// through each chain of MojibakeDamage, must come back exactly; the clean paragraphs must not change.
//   dotnet run --project tools/MojibakeHoldout -c Release -- ../shared/eval/aeb-dev/gold [--show N]
var show = 0;
var roots = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--show" && i + 1 < args.Length)
    {
        show = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
    }
    else
    {
        roots.Add(args[i]);
    }
}

if (roots.Count == 0)
{
    Console.Error.WriteLine("usage: MojibakeHoldout DIR_OR_FILE... [--show N]");
    return 2;
}

var files = roots.SelectMany(r => Directory.Exists(r) ? Directory.EnumerateFiles(r, "*.txt").Order(StringComparer.Ordinal) : (IEnumerable<string>)[r]);
var paragraphs = files.SelectMany(File.ReadLines).Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
var pass = new MojibakePass();

var cleanChanged = paragraphs.Where(p => pass.Apply(p) != p).ToList();
Console.WriteLine($"clean paragraphs: {paragraphs.Count}, changed: {cleanChanged.Count}");
foreach (var p in cleanChanged.Take(show))
{
    Console.WriteLine($"  CHANGED {Trim(p)}\n       -> {Trim(pass.Apply(p))}");
}

int damagedTotal = 0, restoredTotal = 0;
foreach (var (name, damage) in MojibakeDamage.Chains)
{
    int damagedCount = 0, restored = 0, shown = 0;
    foreach (var p in paragraphs)
    {
        if (damage(p) is not { } damaged)
        {
            continue;
        }

        damagedCount++;
        var repaired = pass.Apply(damaged);
        if (repaired == p)
        {
            restored++;
        }
        else if (shown++ < show)
        {
            Console.WriteLine($"  MISS {name}: {Trim(Diff(p, repaired))}");
        }
    }

    damagedTotal += damagedCount;
    restoredTotal += restored;
    Console.WriteLine($"{name,-28} restored {restored}/{damagedCount} ({Percent(restored, damagedCount)})");
}

Console.WriteLine($"damaged paragraphs restored: {restoredTotal}/{damagedTotal} ({Percent(restoredTotal, damagedTotal)}); clean paragraphs changed: {cleanChanged.Count}/{paragraphs.Count}");
return 0;

static string Percent(int n, int d) => d == 0 ? "n/a" : (100.0 * n / d).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "%";

static string Trim(string s) => s.Length <= 160 ? s : s[..160] + "…";

static string Diff(string expected, string actual)
{
    var i = 0;
    while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
    {
        i++;
    }

    var from = Math.Max(0, i - 30);
    return $"want …{expected[from..Math.Min(expected.Length, i + 40)]}… got …{actual[from..Math.Min(actual.Length, i + 40)]}…";
}
