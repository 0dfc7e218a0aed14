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

    public static Token[] Tokenize(string text, DateLanguage language, out int count)
    {
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 4));
        count = 0;
        var space = true;
        var lineBreak = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                space = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                lineBreak |= c is '\n' or '\r' or '\u2028' or '\u2029';
                i++;
                continue;
            }

            var token = new Token { Start = i, SpaceBefore = space, BreakBefore = lineBreak };
            if (char.IsAsciiDigit(c))
            {
                var end = i;
                long value = 0;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    if (end - i < MaxDigits)
                    {
                        value = (value * 10) + (text[end] - '0');
                    }

                    end++;
                }

                token.Kind = TokenKind.Number;
                token.Length = end - i;
                token.Number = (int)value;
            }
            else if (char.IsAsciiLetter(c))
            {
                // ASCII letters: hash while scanning; a word with other letters goes the general way.
                var end = i;
                var hash = 2166136261u;
                while (end < text.Length && char.IsAsciiLetter(text[end]))
                {
                    hash = (hash ^ (text[end] | 0x20u)) * 16777619u;
                    end++;
                }

                if (end < text.Length && char.IsLetter(text[end]))
                {
                    while (end < text.Length && char.IsLetter(text[end]))
                    {
                        end++;
                    }

                    (token.Class, token.Value) = language.Lookup(text.AsSpan(i, end - i));
                }
                else
                {
                    (token.Class, token.Value) = language.LookupAscii(text.AsSpan(i, end - i), hash);
                }

                token.Kind = TokenKind.Word;
                token.Length = end - i;
                token.Capitalized = char.IsAsciiLetterUpper(c);
            }
            else if (char.IsLetter(c))
            {
                var end = i + 1;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                token.Kind = TokenKind.Word;
                token.Length = end - i;
                token.Capitalized = char.IsUpper(c);
                (token.Class, token.Value) = language.Lookup(text.AsSpan(i, token.Length));
            }
            else
            {
                // A surrogate pair stays one symbol so that no token splits a character.
                token.Kind = TokenKind.Symbol;
                token.Length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                token.Symbol = c;
            }

            if (count == tokens.Length)
            {
                var larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                tokens.AsSpan(0, count).CopyTo(larger);
                ArrayPool<Token>.Shared.Return(tokens);
                tokens = larger;
            }

            tokens[count++] = token;
            i += token.Length;
            space = false;
            lineBreak = false;
        }

        return tokens;
    }
}
