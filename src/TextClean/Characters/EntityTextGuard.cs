using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>
/// Keeps the passes after <see cref="HtmlEntityPass"/> from making entity text it never saw: deleting
/// the NUL in "&amp;l\0t;", widening "&amp;ｌｔ；" or composing the "a" of "&amp;eacutea\u0323" would each
/// leave a reference that the next run of the pipeline decodes, and the pipeline would not be
/// idempotent. An edit is refused when, after it, a reference would decode at a literal '&amp;' just
/// before it or inside its replacement that did not decode before it: an edit next to a reference that
/// decodes anyway ("&amp;notin;" before an NFC merge) makes nothing new.
/// </summary>
internal static class EntityTextGuard
{
    /// <summary>How far back an open '&amp;' is looked for, and how much text after the edit matters: more
    /// than any reference the entity pass decodes (a 32-character name, or "#x" and 32 digits).</summary>
    private const int Window = HtmlEntityPass.LongestReference + 2;

    /// <summary>Whether replacing <c>text[start..start+length]</c> by <paramref name="replacement"/> could make
    /// entity text.</summary>
    public static bool Blocks(ref TextRewriter rewriter, string text, int start, int length, ReadOnlySpan<char> replacement)
    {
        var end = start + length;
        var following = text.AsSpan(end, Math.Min(Window, text.Length - end));
        var original = text.AsSpan(start, length);
        var ampersandInReplacement = replacement.LastIndexOf('&');
        if (ampersandInReplacement >= 0)
        {
            // An '&' the edit keeps (NFC rewriting "&\u212Aappa;" to "&Kappa;") makes nothing new when it decoded before.
            var ampersandInOriginal = original.LastIndexOf('&');
            return Decodes([], replacement[(ampersandInReplacement + 1)..], following)
                && !(ampersandInOriginal >= 0 && Decodes([], original[(ampersandInOriginal + 1)..], following));
        }

        // An '&' in the output before the edit with only reference characters between them.
        Span<char> run = stackalloc char[Window];
        var runLength = 0;
        var written = rewriter.Written;
        for (var back = 1; back <= Window; back++)
        {
            var source = start - back;
            char c;
            if (source >= rewriter.Position)
            {
                c = text[source];
            }
            else
            {
                var index = written.Length - (rewriter.Position - source);
                if (index < 0)
                {
                    return false;
                }

                c = written[index];
            }

            if (c == '&')
            {
                run[..runLength].Reverse();
                return Decodes(run[..runLength], replacement, following) && !Decodes(run[..runLength], original, following);
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('#' or '\u212A')) // U+212A KELVIN SIGN: a name's 'K' to NFC
            {
                return false;
            }

            run[runLength++] = c;
        }

        return false;
    }

    /// <summary>Whether a reference decodes in <paramref name="before"/> + <paramref name="replacement"/> +
    /// <paramref name="following"/>; only its first <see cref="Window"/> characters can matter.</summary>
    private static bool Decodes(ReadOnlySpan<char> before, ReadOnlySpan<char> replacement, ReadOnlySpan<char> following)
    {
        Span<char> joined = stackalloc char[Window];
        var length = Append(joined, 0, before);
        length = Append(joined, length, replacement);
        length = Append(joined, length, following);
        return HtmlEntityPass.StartsReference(joined[..length]);
    }

    private static int Append(Span<char> joined, int length, ReadOnlySpan<char> part)
    {
        var take = Math.Min(part.Length, joined.Length - length);
        part[..take].CopyTo(joined[length..]);
        return length + take;
    }
}
