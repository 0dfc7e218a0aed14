namespace TextClean.Blocks;

/// <summary>
/// An author's bio: "Jane Doe is a senior reporter at The Post covering energy.", "John Roe is The Post's
/// energy correspondent." A name of two to four words opens the block, then "is", an article, a few words
/// and a newsroom role, then where or what the role covers (or the sentence's end). "Jane Doe is a senior
/// official at the Treasury" is no bio: an official is no role of the page's writers.
/// </summary>
internal static class AuthorBio
{
    private const int MaxNameWords = 4;
    private const int MaxWordsBeforeRole = 5; // "a senior Washington energy", "The Post's chief"

    private static readonly string[] Roles =
        [.. NewsroomRoles.Story, .. NewsroomRoles.Pictures, "blogger", "freelancer", "reporters", "correspondents", "writers", "editors"];

    /// <summary>What may follow the role: the outlet, the beat or the place ("at", "covering", "based"), or the sentence's end.</summary>
    private static readonly string[] AfterRole = ["at", "for", "with", "in", "on", "covering", "based", "who", "and", "whose", "from"];

    /// <summary>The roles that "of" may follow into the outlet ("the editor of The Post"); after any other role,
    /// "of" names what the role works on ("a longtime critic of the plan", "the producer of the film").</summary>
    private static readonly string[] RolesOfAnOutlet = ["editor", "editors"];

    /// <summary>"Mr. Doe is a former editor…": a sentence of the article about someone, not a bio, names by title.</summary>
    private static readonly string[] Honorifics = ["mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "sir", "dame"];

    /// <summary>Whether <paramref name="block"/> opens like a bio; <paramref name="subject"/> is the name it is about.</summary>
    public static bool IsAt(ReadOnlySpan<char> block, out Range subject)
    {
        subject = default;
        // Every bio opens with a capital: one comparison turns most blocks away.
        if (block.IsEmpty || !char.IsUpper(block[0]))
        {
            return false;
        }

        var p = 0;
        var nameWords = 0;
        var nameEnd = 0;
        while (true)
        {
            var word = NextWord(block, ref p);
            if (word.IsEmpty)
            {
                return false;
            }

            if (word.SequenceEqual("is"))
            {
                break;
            }

            if (++nameWords > MaxNameWords || !char.IsUpper(word[0]) || (nameWords == 1 && IsAny(word.TrimEnd('.'), Honorifics))
                || word.ContainsAny(',', ';', ':'))
            {
                return false;
            }

            nameEnd = p;
        }

        if (nameWords < 2)
        {
            return false;
        }

        subject = 0..nameEnd;
        var before = 0;
        while (true)
        {
            var word = NextWord(block, ref p);
            var bare = word.TrimEnd(".,;");
            if (bare.IsEmpty || before > MaxWordsBeforeRole)
            {
                return false;
            }

            if (IsAny(bare, Roles))
            {
                // The role ends the sentence or the clause, or what it covers follows.
                if (bare.Length < word.Length)
                {
                    return true;
                }

                var next = NextWord(block, ref p).TrimEnd(".,;");
                return next.IsEmpty || IsAny(next, AfterRole) || (next.SequenceEqual("of") && IsAny(bare, RolesOfAnOutlet));
            }

            if (bare.Length < word.Length)
            {
                return false; // the sentence or the clause ended before any role
            }

            before++;
        }
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> block, ref int p)
    {
        while (p < block.Length && block[p] == ' ')
        {
            p++;
        }

        var start = p;
        while (p < block.Length && !char.IsWhiteSpace(block[p]))
        {
            p++;
        }

        return block[start..p];
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] words) => WordList.Contains(words, word);
}
