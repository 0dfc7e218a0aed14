using BenchmarkDotNet.Attributes;
using TextClean.Dates;

namespace TextClean.Benchmarks;

/// <summary>
/// The library end to end, as callers use it, on every input kind and size. The results report lists
/// every method of this class, so an end-to-end benchmark added here appears in benchmarks/RESULTS.md
/// with no other change.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    [ParamsSource(nameof(Kinds))]
    public InputKind Kind { get; set; }

    /// <summary>Input size in UTF-8 bytes.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<InputKind> Kinds => BenchmarkSelection.Kinds;

    public static IEnumerable<int> Sizes => BenchmarkSelection.Sizes;

    private string _input = "";

    [GlobalSetup]
    public void Setup() => _input = Inputs.Get(Kind, Size);

    /// <summary>Character and word repair: on clean input this is the fast path (same instance, no allocation).</summary>
    [Benchmark]
    public string Fix() => TextCleaner.Default.Fix(_input);

    [Benchmark]
    public CleanResult Clean() => TextCleaner.Default.Clean(_input);

    private static readonly ArticleDate Reference = new(new DateOnly(2023, 9, 12));

    /// <summary>The date extractor alone, on the text as given (what <c>textclean dates</c> runs).</summary>
    [Benchmark]
    public IReadOnlyList<DateMention> Dates() => DateExtractor.Default.Extract(_input, Reference);
}
