using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>Deleting characters for the passes that remove invisible ones.</summary>
internal static class InvisibleDeletion
{
    /// <summary>
    /// Deletes <c>text[start..start+length]</c>, or puts U+FFFD in its place when the deletion would join its
    /// neighbours into something a pass acts on: a lone high and a lone low surrogate into a pair (perhaps
    /// a noncharacter), or an '&amp;' and the characters of a reference into entity text
    /// (<see cref="EntityTextGuard"/>). Otherwise a second run of the pipeline would change the text again.
    /// </summary>
    public static void Delete(ref TextRewriter rewriter, string text, int start, int length, string reason)
    {
        var end = start + length;
        var pairsLoneHalves = end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(CharBefore(ref rewriter, text, start));
        if (pairsLoneHalves || EntityTextGuard.Blocks(ref rewriter, text, start, length, default))
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
