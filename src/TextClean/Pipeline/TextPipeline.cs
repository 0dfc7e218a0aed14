namespace TextClean.Pipeline;

/// <summary>An ordered, immutable chain of passes. Any ordered subset of the library's passes is a valid
/// pipeline; the property tests build random ones.</summary>
public sealed class TextPipeline
{
    private readonly TextPass[] _passes;

    /// <summary>A pipeline that runs <paramref name="passes"/> in the order given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="passes"/> or one of them is null.</exception>
    public TextPipeline(IEnumerable<TextPass> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        _passes = [.. passes];
        foreach (var pass in _passes)
        {
            ArgumentNullException.ThrowIfNull(pass, nameof(passes));
        }
    }

    /// <summary>The passes, in the order they run.</summary>
    public IReadOnlyList<TextPass> Passes => _passes;

    /// <summary>The most rounds <see cref="Run"/> makes. Real text settles in one or two; the bound keeps
    /// the cost linear whatever the input. The room above that is for passes that feed each other: a fuzz-built
    /// chain of mojibake repairs and hyphen joins took one round per link until the mojibake pass learned to judge
    /// a hyphen-broken line whole (MojibakePass.LineBreaks), and four rounds had not been enough.</summary>
    public const int MaxRounds = 16;

    /// <summary>
    /// Runs every pass in order, and again while a round still changes the text (at most
    /// <see cref="MaxRounds"/>). Each pass is idempotent alone, but one pass can hand the next run new
    /// work: whitespace removing a zero-width character that split a mojibake sequence, say. Repeating
    /// to a fixed point, as ftfy does, makes the chain idempotent too. Clean input costs one round and
    /// returns the input instance.
    /// </summary>
    public string Run(string text, ChangeLog? changes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var round = 0; round < MaxRounds; round++)
        {
            var before = text;
            foreach (var pass in _passes)
            {
                text = pass.Apply(text, changes);
            }

            if (ReferenceEquals(before, text) || string.Equals(before, text, StringComparison.Ordinal))
            {
                break;
            }
        }

        return text;
    }
}
