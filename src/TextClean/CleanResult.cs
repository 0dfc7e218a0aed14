using TextClean.Pipeline;

namespace TextClean;

/// <summary>What <see cref="TextCleaner.Clean(string, bool)"/> gives.</summary>
public sealed class CleanResult
{
    internal CleanResult(string text, IReadOnlyList<TextChange> changes)
    {
        Text = text;
        Changes = changes;
    }

    /// <summary>The cleaned article text.</summary>
    public string Text { get; }

    /// <summary>What was changed or removed and why; empty unless changes were asked for.</summary>
    public IReadOnlyList<TextChange> Changes { get; }
}
