using BenchmarkDotNet.Attributes;
using TextClean.Pipeline;

namespace TextClean.Benchmarks;

/// <summary>
/// Every pass that <see cref="PassCatalog"/> lists for the default options, on every input kind and
/// size: a pass added to the catalog is benchmarked with no new code. Each pass runs on what it receives
/// in the default pipeline (the input after the passes before it), so the passes' times add up to the
/// pipeline's and each one's share of it is meaningful.
/// </summary>
[MemoryDiagnoser]
public class PassBenchmarks
{
    private TextPass _pass = null!;
    private string _input = "";

    [ParamsSource(nameof(PassNames))]
    public string Pass { get; set; } = "";

    [ParamsSource(nameof(Kinds))]
    public InputKind Kind { get; set; }

    /// <summary>Input size in UTF-8 bytes.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<string> PassNames => BenchmarkSelection.Passes;

    public static IEnumerable<InputKind> Kinds => BenchmarkSelection.Kinds;

    public static IEnumerable<int> Sizes => BenchmarkSelection.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        var passes = PassCatalog.RepairPasses(CleanerOptions.Default);
        var text = Inputs.Get(Kind, Size);
        foreach (var pass in passes)
        {
            if (pass.Name == Pass)
            {
                _pass = pass;
                _input = text;
                return;
            }

            text = pass.Apply(text);
        }

        throw new InvalidOperationException($"PassCatalog has no pass named '{Pass}'.");
    }

    [Benchmark]
    public string Apply() => _pass.Apply(_input);
}
