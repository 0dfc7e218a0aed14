using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>Lone surrogates (halves of a UTF-16 pair without their other half) become U+FFFD. They cannot
/// be encoded as UTF-8 and break JSON writers, so they go before anything else looks at the text.</summary>
public sealed class SurrogatePass : TextPass
{
    /// <summary>A lone surrogate replaced by U+FFFD.</summary>
    public const string Reason = "lone-surrogate";

    /// <inheritdoc />
    public override string Name => "surrogates";

    /// <inheritdoc />
    public override PassStage Stage => PassStage.Character;

    /// <inheritdoc />
    protected override string Transform(string text, ChangeLog? changes)
    {
        var i = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return text;
        }

        var rewriter = new TextRewriter(text, changes);
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
            }
            else if (char.IsSurrogate(c))
            {
                rewriter.Replace(i, 1, "\uFFFD", Reason);
                i++;
            }
            else
            {
                var next = text.AsSpan(i).IndexOfAnyInRange('\uD800', '\uDFFF');
                if (next < 0)
                {
                    break;
                }

                i += next;
            }
        }

        return rewriter.ToStringAndDispose();
    }
}
