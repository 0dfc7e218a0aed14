using BenchmarkDotNet.Attributes;
using TextClean.Pipeline;

namespace TextClean.Benchmarks;

/// <summary>
/// Every pass that <see cref="PassCatalog"/> lists (<see cref="PassDiscovery"/>), on every input kind and
/// size: a pass added to the catalog is benchmarked with no new code. Each pass runs on what it receives
/// in its pipeline (the input after the passes before it), so the default pipeline's passes' times add
/// up to <c>Fix</c>'s and each one's share of it is meaningful.
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
    public void Setup() => (_pass, _input) = PassDiscovery.Prepare(Pass, Inputs.Get(Kind, Size));

    [Benchmark]
    public string Apply() => _pass.Apply(_input);
}
