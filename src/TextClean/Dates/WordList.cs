using System.Collections;
using System.Runtime.CompilerServices;

namespace TextClean.Dates;

/// <summary>
/// A closed list of a language's words (<see cref="GrammarWords"/>), matched ignoring case. A
/// <see cref="FirstLetterFilter"/> of its words lets most tokens a rule asks about fail on one table read before any
/// word is compared. Written as a collection expression: <c>Or = ["or"]</c>.
/// </summary>
[CollectionBuilder(typeof(WordList), nameof(Create))]
internal sealed class WordList : IEnumerable<string>
{
    private readonly string[] _words;
    private readonly FirstLetterFilter _filter;

    private WordList(string[] words)
    {
        _words = words;
        _filter = new FirstLetterFilter(words);
    }

    public static WordList Create(ReadOnlySpan<string> words) => new(words.ToArray());

    public int Count => _words.Length;

    public string this[int index] => _words[index];

    /// <summary>The index of the word <paramref name="text"/> is, ignoring case; -1 when it is none of them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<char> text) => _filter.MayContain(text) ? Find(text) : -1;

    public bool Contains(ReadOnlySpan<char> text) => IndexOf(text) >= 0;

    private int Find(ReadOnlySpan<char> text)
    {
        for (var k = 0; k < _words.Length; k++)
        {
            if (text.Length == _words[k].Length && text.Equals(_words[k], StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }

    public ReadOnlySpan<string>.Enumerator GetEnumerator() => new ReadOnlySpan<string>(_words).GetEnumerator();

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _words.GetEnumerator();
}
