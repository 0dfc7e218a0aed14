namespace TextClean.Benchmarks;

/// <summary>The benchmarks' inputs, generated once per process: in-process runs reuse the last one.</summary>
internal static class Inputs
{
    private static (InputKind Kind, int Size, string Text)? _last;

    public static string Get(InputKind kind, int size)
    {
        if (_last is { } last && last.Kind == kind && last.Size == size)
        {
            return last.Text;
        }

        var text = Corpus.Generate(kind, size);
        _last = (kind, size, text);
        return text;
    }
}
