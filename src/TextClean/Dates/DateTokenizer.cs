using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TextClean.Dates;

internal enum TokenKind : byte { Word, Number, Symbol }

/// <summary>What a token is: its kind and, for a word, what the language's lists say of it and whether it may
/// start an expression. Four bytes, so that the tokenizer copies a word's whole meaning from the language's
/// table with one read and one write.</summary>
internal readonly record struct TokenMeaning(TokenKind Kind, WordClass Class, byte Value, bool MayStart)
{
    public static readonly TokenMeaning PlainWord = new(TokenKind.Word, WordClass.None, 0, MayStart: false);

    public static readonly TokenMeaning Number = new(TokenKind.Number, WordClass.None, 0, MayStart: true);

    /// <summary>A symbol that starts nothing (a comma, a full stop).</summary>
    public static readonly TokenMeaning PlainSymbol = new(TokenKind.Symbol, WordClass.None, 0, MayStart: false);

    /// <summary>A meaning's four bytes as one integer. The JIT moves this struct as four separate bytes (four
    /// reads, four writes and the registers between them), so the tokenizer's hot path copies the integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint BitsOf(ref readonly TokenMeaning meaning) => Unsafe.As<TokenMeaning, uint>(ref Unsafe.AsRef(in meaning));
}

/// <summary>One token: a run of letters, a run of digits, or one other non-space character.</summary>
/// <remarks>Twenty bytes, written with five stores: the symbol and the three flags share one integer, so the
/// tokenizer's word loop (a million tokens per 5 MB of news) writes a token in as few moves as it can.</remarks>
internal struct Token
{
    public int Start;
    public int Length;
    public int Number;          // digits' value (capped), for Number tokens
    public TokenMeaning Meaning;
    private uint _symbolAndFlags; // the symbol's character in the low 16 bits, then the flags below

    internal const uint SpaceFlag = 1u << 16;
    internal const uint BreakFlag = 1u << 17;
    internal const uint CapitalizedFlag = 1u << 18;

    /// <summary>Whitespace between this token and the previous one.</summary>
    public readonly bool SpaceBefore => (_symbolAndFlags & SpaceFlag) != 0;

    /// <summary>A line break before this token: a paragraph or heading boundary.</summary>
    public readonly bool BreakBefore => (_symbolAndFlags & BreakFlag) != 0;

    public readonly bool Capitalized => (_symbolAndFlags & CapitalizedFlag) != 0;

    /// <summary>The character of a Symbol token; '\0' for the others.</summary>
    public readonly char Symbol => (char)_symbolAndFlags;

    /// <summary>Sets the symbol (<c>'\0'</c> for a word or number) and the flags (<see cref="SpaceFlag"/>,
    /// <see cref="BreakFlag"/>, <see cref="CapitalizedFlag"/>) in one store.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetSymbolAndFlags(char symbol, uint flags) => _symbolAndFlags = symbol | flags;

    public readonly int End => Start + Length;

    public readonly TokenKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Meaning.Kind;
    }

    /// <summary>What the language's word lists say about a Word token.</summary>
    public readonly WordClass Class
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Meaning.Class;
    }

    public readonly byte Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Meaning.Value;
    }

    /// <summary>The grammar's first test, decided from this token alone: see DateParser.CanStart.</summary>
    public readonly bool MayStart
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Meaning.MayStart;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Is(WordClass wordClass) => Class == wordClass;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Is(Cue cue) => Class == WordClass.Cue && Value == (byte)cue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsSymbol(char c) => Kind == TokenKind.Symbol && Symbol == c;
}

/// <summary>
/// Splits text into tokens in one linear pass, a window at a time: <see cref="Fill"/> writes the next tokens
/// into a small buffer the parser reuses, so the tokens of a 10 MB text never exist all at once and the
/// working set stays in cache. Words are looked up once in the language's word lists, so the grammar
/// compares small integers, never strings.
/// </summary>
internal struct DateTokenizer(ReadOnlyMemory<char> text, DateLanguage language)
{
    private const int MaxDigits = 9;

    private enum CharKind : byte { Other, Space, LineBreak, Digit, Letter }

    // The kind of each ASCII character, so that the hot loop takes one table read per character.
    private static readonly CharKind[] AsciiKinds = BuildAsciiKinds();

    private int _position;
    private uint _pending = Token.SpaceFlag | Token.BreakFlag; // what came since the last token: whitespace, a line break

    /// <summary>Whether every token of the text has been written.</summary>
    public readonly bool AtEnd => _position >= text.Length;

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharKind KindOf(char c) =>
        c < 128 ? AsciiKinds[c] :
        c is >= '\u2010' and <= '\u2027' ? CharKind.Other : // typographic dashes, quotes, ellipsis: no Unicode lookup
        c is '\u2028' or '\u2029' ? CharKind.LineBreak :
        char.IsWhiteSpace(c) ? CharKind.Space :
        char.IsLetter(c) ? CharKind.Letter : CharKind.Other;

    /// <summary>The end of the run of ASCII letters from <paramref name="i"/>: eight characters at a time, so that
    /// a word's length costs no mispredicted branch per letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfAsciiLetters(ReadOnlySpan<char> chars, int i)
    {
        while (i <= chars.Length - Vector128<ushort>.Count)
        {
            var lower = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars)), (nuint)i) |
                        Vector128.Create((ushort)0x20);
            var letters = Vector128.LessThanOrEqual(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
            var others = ~letters.ExtractMostSignificantBits() & 0xFFu;
            if (others != 0)
            {
                return i + BitOperations.TrailingZeroCount(others);
            }

            i += Vector128<ushort>.Count;
        }

        while ((uint)i < (uint)chars.Length && char.IsAsciiLetter(chars[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Writes the next tokens into <paramref name="tokens"/> until it is full or the text ends;
    /// returns how many were written.</summary>
    /// <remarks>The loop makes the common token, a word of ASCII letters after one space, itself, and calls
    /// <see cref="OtherToken"/> for everything else. So no call sits on the common path, and the loop's state is not
    /// live across the one call (it goes in and comes back packed in one integer): the JIT then keeps the state in
    /// registers, where with every kind of token made in one loop it spilled half of it to the stack and read it
    /// back for every token.</remarks>
    public int Fill(Span<Token> tokens)
    {
        ReadOnlySpan<char> chars = text.Span; // span indexing with (uint) bounds lets the JIT drop range checks
        var n = 0;
        var pending = _pending; // the flags the next token gets: Token.SpaceFlag, Token.BreakFlag
        var i = _position;
        while ((uint)i < (uint)chars.Length && (uint)n < (uint)tokens.Length)
        {
            var c = chars[i];
            if (c == ' ' && (uint)(i + 1) < (uint)chars.Length)
            {
                // the usual separator, one space between words: no trip round the loop for it
                pending |= Token.SpaceFlag;
                c = chars[++i];
            }

            if (char.IsAsciiLetter(c))
            {
                var end = EndOfAsciiLetters(chars, i + 1);
                if (end - i <= DateLanguage.MaxPackedLength &&
                    ((uint)end >= (uint)chars.Length || chars[end] < 128 || IsTypographicPunctuation(chars[end])))
                {
                    // Reused buffers are not cleared: every field is written.
                    ref var token = ref tokens[n++];
                    token.Start = i;
                    token.Length = end - i;
                    token.Number = 0;
                    token.SetSymbolAndFlags('\0', pending | CapitalizedFlagOf(c));
                    Unsafe.As<TokenMeaning, uint>(ref token.Meaning) = AsciiWordMeaningBits(chars, i, end - i);

                    // Debug builds hold the short-word table and the packed probe to the dictionary they stand for.
                    System.Diagnostics.Debug.Assert(token.Meaning == language.MeaningOf(chars[i..end]), "the fast word tables disagree with the dictionary");
                    pending = 0;
                    i = end;
                    continue;
                }

                // a word with other letters ("café"), or too long for the packed keys, goes the general way
            }
            else if (c is ',' or '.')
            {
                // the commonest punctuation, made here as a word is (a comma or full stop starts nothing)
                ref var token = ref tokens[n++];
                token.Start = i;
                token.Length = 1;
                token.Number = 0;
                token.SetSymbolAndFlags(c, pending);
                Unsafe.As<TokenMeaning, uint>(ref token.Meaning) = TokenMeaning.BitsOf(in TokenMeaning.PlainSymbol);
                System.Diagnostics.Debug.Assert(!DateParser.SymbolMayStart(c, '0'));
                pending = 0;
                i++;
                continue;
            }

            var state = OtherToken(chars, i, tokens, n, pending);
            i = (int)state;
            n = (int)((state >> 32) & CountMask);
            pending = (uint)(state >> PendingShift);
        }

        _position = i;
        _pending = pending;
        return n;
    }

    // OtherToken's packed state: the position in the low 32 bits, then the token count, then the pending flags
    // (Token.SpaceFlag and Token.BreakFlag, bits 16 and 17, moved to bits 62 and 63).
    private const ulong CountMask = (1UL << 30) - 1;
    private const int PendingShift = 62 - 16;

    /// <summary><see cref="Token.CapitalizedFlag"/> for an upper-case ASCII letter, 0 for a lower-case one: the case
    /// bit, moved, with no branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint CapitalizedFlagOf(char asciiLetter) => ((uint)~asciiLetter & 0x20) << 13;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTypographicPunctuation(char c) => c is >= '\u2010' and <= '\u2027';

    /// <summary>The meaning (<see cref="TokenMeaning.BitsOf"/>) of the word of <paramref name="length"/> ASCII letters
    /// at <paramref name="start"/>.</summary>
    /// <remarks>The one branch a word takes here is the rare one to the packed table; short words and the plain words
    /// of running text both take the short table (a branch on the length mispredicted at a third of the words).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly uint AsciiWordMeaningBits(ReadOnlySpan<char> chars, int start, int length)
    {
        if (language.MayBeWord(chars, start, length))
        {
            var meaning = language.ProbeAscii(chars, start, length);
            return TokenMeaning.BitsOf(in meaning);
        }

        if (start <= chars.Length - 4)
        {
            return TokenMeaning.BitsOf(in language.ShortWordMeaning(chars, start, length));
        }

        // the text's last three characters: too few for the 64-bit read
        var lastWord = language.MeaningOf(chars.Slice(start, length));
        return TokenMeaning.BitsOf(in lastWord);
    }

    /// <summary>Takes what is at <paramref name="i"/> when it is not a word of ASCII letters: whitespace (no token),
    /// a number, a word with other letters, or a symbol. Returns the state <see cref="Fill"/> goes on with, packed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly ulong OtherToken(ReadOnlySpan<char> chars, int i, Span<Token> tokens, int n, uint pending)
    {
        var c = chars[i];
        var kind = KindOf(c);
        if (kind is CharKind.Space or CharKind.LineBreak)
        {
            return Pack(i + 1, n, pending | Token.SpaceFlag | (kind == CharKind.LineBreak ? Token.BreakFlag : 0));
        }

        // Reused buffers are not cleared: every field is written.
        ref var token = ref tokens[n++];
        token.Start = i;
        token.Number = 0;
        token.SetSymbolAndFlags('\0', pending);
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

                token.Meaning = TokenMeaning.Number;
                token.Number = (int)value;
                break;

            case CharKind.Letter:
                while ((uint)end < (uint)chars.Length && char.IsLetter(chars[end]))
                {
                    end++;
                }

                token.SetSymbolAndFlags('\0', pending | (char.IsUpper(c) ? Token.CapitalizedFlag : 0));
                token.Meaning = language.MeaningOf(chars[i..end]);
                break;

            default:
                // A surrogate pair stays one symbol so that no token splits a character.
                token.Meaning = new TokenMeaning(TokenKind.Symbol, WordClass.None, 0,
                    (uint)end < (uint)chars.Length && DateParser.SymbolMayStart(c, chars[end]));
                token.SetSymbolAndFlags(c, pending);
                if (char.IsHighSurrogate(c) && (uint)end < (uint)chars.Length && char.IsLowSurrogate(chars[end]))
                {
                    end++;
                }

                break;
        }

        token.Length = end - i;
        return Pack(end, n, pending: 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(int position, int count, uint pending) =>
        (uint)position | ((ulong)count << 32) | ((ulong)pending << PendingShift);
}
