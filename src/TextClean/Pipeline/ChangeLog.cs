using System.Text;

namespace TextClean.Pipeline;

/// <summary>
/// Collects what the passes did when a caller asks for it. Passes take a <c>ChangeLog?</c> and record
/// only when it is not null, so not asking costs nothing. Not thread-safe: one log per call.
/// </summary>
public sealed class ChangeLog
{
    private readonly List<TextChange> _changes = [];
    private int _step = -1;
    private string _pass = "";

    /// <summary>Every change so far, in the order the passes ran and, within a step, by offset.</summary>
    public IReadOnlyList<TextChange> Changes => _changes;

    /// <summary>Starts the log of one pass run; later records belong to it.</summary>
    public void BeginStep(string pass)
    {
        ArgumentNullException.ThrowIfNull(pass);
        _step++;
        _pass = pass;
    }

    /// <summary>Records one edit of the current step. Offsets are into the step's input.</summary>
    public void Record(string reason, int start, int length, string original, string replacement)
    {
        if (_step < 0)
        {
            throw new InvalidOperationException("BeginStep must be called before Record.");
        }

        _changes.Add(new TextChange(_step, _pass, reason, start, length, original, replacement));
    }

    /// <summary>
    /// Applies <paramref name="changes"/> to <paramref name="input"/> step by step. For a log filled by
    /// a pipeline run this reproduces that run's output: the property tests hold every pass to it.
    /// </summary>
    public static string Replay(string input, IReadOnlyList<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(changes);
        var text = input;
        var i = 0;
        while (i < changes.Count)
        {
            var step = changes[i].Step;
            var builder = new StringBuilder(text.Length);
            var copied = 0;
            for (; i < changes.Count && changes[i].Step == step; i++)
            {
                var c = changes[i];
                if (c.Start < copied || c.Start + c.Length > text.Length)
                {
                    throw new ArgumentException($"Change {i} ({c.Pass}) does not fit the text of step {step}.", nameof(changes));
                }

                builder.Append(text, copied, c.Start - copied).Append(c.Replacement);
                copied = c.Start + c.Length;
            }

            text = builder.Append(text, copied, text.Length - copied).ToString();
        }

        return text;
    }
}
