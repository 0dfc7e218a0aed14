using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>Deleting characters for the passes that remove invisible ones.</summary>
internal static class InvisibleDeletion
{
    /// <summary>
    /// Deletes <c>text[start..start+length]</c>, unless that would make a lone high surrogate before it and
    /// a lone low surrogate after it into a pair: then the span becomes U+FFFD. A new pair could be a
    /// character the pass itself removes (U+1FFFE), and a second run would remove it: not idempotent.
    /// </summary>
    public static void Delete(ref TextRewriter rewriter, string text, int start, int length, string reason)
    {
        var end = start + length;
        if (end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(CharBefore(ref rewriter, text, start)))
        {
            rewriter.Replace(start, length, "\uFFFD", reason);
            return;
        }

        rewriter.Delete(start, length, reason);
    }

    /// <summary>The output character just before source offset <paramref name="start"/>, or '\0' when none.</summary>
    private static char CharBefore(ref TextRewriter rewriter, string text, int start)
    {
        if (start > rewriter.Position)
        {
            return text[start - 1];
        }

        var written = rewriter.Written;
        return written.IsEmpty ? '\0' : written[^1];
    }
}
