namespace TextClean.Pipeline;

/// <summary>An ordered, immutable chain of passes. Any ordered subset of the library's passes is a valid
/// pipeline; the property tests build random ones.</summary>
public sealed class TextPipeline
{
    private readonly TextPass[] _passes;

    public TextPipeline(IEnumerable<TextPass> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        _passes = [.. passes];
        foreach (var pass in _passes)
        {
            ArgumentNullException.ThrowIfNull(pass, nameof(passes));
        }
    }

    public IReadOnlyList<TextPass> Passes => _passes;

    /// <summary>Runs every pass in order; returns the input instance when no pass changed anything.</summary>
    public string Run(string text, ChangeLog? changes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var pass in _passes)
        {
            text = pass.Apply(text, changes);
        }

        return text;
    }
}
