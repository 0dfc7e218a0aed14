using System.Buffers;

namespace TextClean.Dates;

internal enum TokenKind : byte { Word, Number, Symbol }

/// <summary>One token: a run of letters, a run of digits, or one other non-space character.</summary>
internal struct Token
{
    public int Start;
    public int Length;
    public int Number;          // digits' value (capped), for Number tokens
    public TokenKind Kind;
    public WordClass Class;     // what the language's word lists say about a Word token
    public byte Value;
    public bool SpaceBefore;    // whitespace between this token and the previous one
    public bool BreakBefore;    // a line break before this token: a paragraph or heading boundary
    public bool Capitalized;
    public char Symbol;         // the character of a Symbol token

    public readonly int End => Start + Length;

    public readonly bool Is(WordClass wordClass) => Class == wordClass;

    public readonly bool Is(Cue cue) => Class == WordClass.Cue && Value == (byte)cue;

    public readonly bool IsSymbol(char c) => Kind == TokenKind.Symbol && Symbol == c;
}

/// <summary>
/// Splits text into tokens in one linear pass. Words are looked up once in the language's word lists,
/// so the grammar compares small integers, never strings. Tokens live in a pooled array.
/// </summary>
internal static class DateTokenizer
{
    private const int MaxDigits = 9;

    private enum CharKind : byte { Other, Space, LineBreak, Digit, Letter }

    // The kind of each ASCII character, so that the hot loop takes one table read per character.
    private static readonly CharKind[] AsciiKinds = BuildAsciiKinds();

    private static CharKind[] BuildAsciiKinds()
    {
        var kinds = new CharKind[128];
        for (var c = 0; c < 128; c++)
        {
            kinds[c] = c switch
            {
                '\n' or '\r' => CharKind.LineBreak,
                _ when char.IsWhiteSpace((char)c) => CharKind.Space,
                _ when char.IsAsciiDigit((char)c) => CharKind.Digit,
                _ when char.IsAsciiLetter((char)c) => CharKind.Letter,
                _ => CharKind.Other,
            };
        }

        return kinds;
    }

    private static CharKind KindOf(char c) =>
        c < 128 ? AsciiKinds[c] :
        c is '\u2028' or '\u2029' ? CharKind.LineBreak :
        char.IsWhiteSpace(c) ? CharKind.Space :
        char.IsLetter(c) ? CharKind.Letter : CharKind.Other;

    public static Token[] Tokenize(string text, DateLanguage language, out int count)
    {
        var kinds = AsciiKinds;
        ReadOnlySpan<char> chars = text; // span indexing with (uint) bounds lets the JIT drop range checks
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 4));
        var n = 0;
        var space = true;
        var lineBreak = true;
        var i = 0;
        while ((uint)i < (uint)chars.Length)
        {
            var c = chars[i];
            var kind = c < 128 ? kinds[c] : KindOf(c);
            if (kind == CharKind.Space)
            {
                space = true;
                i++;
                continue;
            }

            if (kind == CharKind.LineBreak)
            {
                space = true;
                lineBreak = true;
                i++;
                continue;
            }

            if (n == tokens.Length)
            {
                var larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                tokens.AsSpan(0, n).CopyTo(larger);
                ArrayPool<Token>.Shared.Return(tokens);
                tokens = larger;
            }

            // Pooled arrays are not cleared: every field is written.
            ref var token = ref tokens[n++];
            token.Start = i;
            token.SpaceBefore = space;
            token.BreakBefore = lineBreak;
            token.Number = 0;
            token.Class = WordClass.None;
            token.Value = 0;
            token.Capitalized = false;
            token.Symbol = '\0';
            space = false;
            lineBreak = false;
            var end = i + 1;
            switch (kind)
            {
                case CharKind.Digit:
                    long value = c - '0';
                    while ((uint)end < (uint)chars.Length && char.IsAsciiDigit(chars[end]))
                    {
                        if (end - i < MaxDigits)
                        {
                            value = (value * 10) + (chars[end] - '0');
                        }

                        end++;
                    }

                    token.Kind = TokenKind.Number;
                    token.Number = (int)value;
                    break;

                case CharKind.Letter when c < 128:
                    while ((uint)end < (uint)chars.Length && char.IsAsciiLetter(chars[end]))
                    {
                        end++;
                    }

                    if (end < text.Length && !char.IsAscii(text[end]) && char.IsLetter(text[end]))
                    {
                        // a word with other letters ("café") goes the general way
                        while (end < text.Length && char.IsLetter(text[end]))
                        {
                            end++;
                        }

                        (token.Class, token.Value) = language.Lookup(text.AsSpan(i, end - i));
                    }
                    else if (language.MayBeWord(chars[i..end]))
                    {
                        (token.Class, token.Value) = language.LookupAscii(chars[i..end]);
                    }

                    token.Kind = TokenKind.Word;
                    token.Capitalized = char.IsAsciiLetterUpper(c);
                    break;

                case CharKind.Letter:
                    while (end < text.Length && char.IsLetter(text[end]))
                    {
                        end++;
                    }

                    token.Kind = TokenKind.Word;
                    token.Capitalized = char.IsUpper(c);
                    (token.Class, token.Value) = language.Lookup(text.AsSpan(i, end - i));
                    break;

                default:
                    // A surrogate pair stays one symbol so that no token splits a character.
                    token.Kind = TokenKind.Symbol;
                    token.Symbol = c;
                    if (char.IsHighSurrogate(c) && end < text.Length && char.IsLowSurrogate(text[end]))
                    {
                        end++;
                    }

                    break;
            }

            token.Length = end - i;
            i = end;
        }

        count = n;
        return tokens;
    }
}
