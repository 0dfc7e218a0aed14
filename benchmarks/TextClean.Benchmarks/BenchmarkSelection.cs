namespace TextClean.Benchmarks;

/// <summary>
/// Which passes, input kinds and sizes the parameterized benchmarks run over: all of them unless the
/// command line narrows them with <c>--passes</c>, <c>--kinds</c> or <c>--sizes</c> (comma-separated).
/// BenchmarkDotNet's <c>--filter</c> picks benchmark methods but cannot pick parameter values.
/// </summary>
public static class BenchmarkSelection
{
    public static IReadOnlyList<string> Passes { get; private set; } = AllPasses();

    public static IReadOnlyList<InputKind> Kinds { get; private set; } = Enum.GetValues<InputKind>();

    public static IReadOnlyList<int> Sizes { get; private set; } = Corpus.Sizes;

    /// <summary>Takes the selection options out of <paramref name="args"/>; returns the rest for BenchmarkDotNet.</summary>
    public static string[] Configure(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--passes":
                    var known = AllPasses();
                    Passes = Values(args, ref i, name => known.Contains(name, StringComparer.Ordinal)
                        ? name
                        : throw new ArgumentException($"--passes: no pass named '{name}' (passes: {string.Join(", ", known)})"));
                    break;
                case "--kinds":
                    Kinds = Values(args, ref i, name => Enum.TryParse<InputKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
                        ? kind
                        : throw new ArgumentException($"--kinds: no input kind '{name}' (kinds: {string.Join(", ", Enum.GetNames<InputKind>())})"));
                    break;
                case "--sizes":
                    Sizes = Values(args, ref i, Corpus.ParseSize);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return [.. rest];
    }

    private static string[] AllPasses() => [.. PassDiscovery.All.Select(p => p.Name)];

    private static T[] Values<T>(IReadOnlyList<string> args, ref int i, Func<string, T> parse)
    {
        if (i + 1 >= args.Count)
        {
            throw new ArgumentException($"{args[i]} needs a comma-separated list");
        }

        return [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse)];
    }
}
