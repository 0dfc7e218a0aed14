using System.Buffers;
using TextClean.Pipeline;

namespace TextClean.Words;

/// <summary>
/// Repairs a word with one or two letters replaced by a bracket, bar, digit or symbol
/// ("negotiati]ns" → "negotiations"): the token becomes the one word that substituting letters for
/// those characters reaches, keeping the token's case. A repair needs evidence: the word standing
/// intact elsewhere in the same text, or else a lexicon word that is the only one reachable (or far
/// more common than the others) in a token long enough for that to mean something.
/// </summary>
/// <remarks>
/// When in doubt the token stays: anything with a character other than letters, those symbols and
/// in-word joiners (URLs, emails, paths, identifiers, numbers with units, "9/11"); hashtags and
/// handles; a symbol at a word's edge ("R2-D2", "COVID-19", "F-16", "mp3"); mixed case ("iPh0ne",
/// "MP3s"); an editorial bracket pair ("give[s]"); digits in uppercase codes ("AW3418DW", "Y2K");
/// symbols that read as leetspeak for the letters found, in a capitalized word mid-sentence
/// ("Pl@net", "Micro$oft") or twice in one word ("h4ck3r").
/// A U+FFFD is a lost character beyond ASCII, so it becomes only a letter beyond ASCII ("caf\uFFFD" is
/// "café", "cr\uFFFDme" stays: the lexicon spells "creme", and "crime" it cannot be); at a word's edge only
/// when the rest is no word ("pass\uFFFD" may be "pass”"). In English text, where no letter fits, it may be
/// the apostrophe of a contraction or possessive ("don\uFFFDt" is "don’t", reported as
/// <see cref="LostApostropheReason"/>).
/// Decisions are made against the document as the pass leaves it (a word it repairs is evidence for
/// the others), so a second run finds nothing to do.
/// </remarks>
public sealed class InWordRepairPass : TextPass
{
    /// <summary>A damaged word replaced by the word it was ("negotiati]ns" is "negotiations").</summary>
    public const string Reason = "in-word-damage";

    /// <summary>An apostrophe a decoder lost restored in an English contraction or possessive ("don\uFFFDt" is
    /// "don’t").</summary>
    public const string LostApostropheReason = "lost-apostrophe";

    /// <summary>Characters that stand for a damaged letter inside a word. Not '/': between words it is a
    /// separator far more often ("and/or", "Degtyaryov/Anadolu"), and a token with one is left alone. Every
    /// digit, but a digit asks for more evidence than a symbol: see <see cref="NumberWordDigits"/> and
    /// <see cref="MinLengthForDeliberateDigits"/>.</summary>
    internal const string DamageCharacters = "[]{}()<>|\\0123456789@#^*~$%&+=!?\uFFFD";

    /// <summary>Digits that pass for no letter but read as a number word in leetspeak and titles ("sk8er",
    /// "Se7en", "gr8", "4ever", "2day"): a lost letter only in a word long enough not to be one of those,
    /// and whose repair does not spell the number ("h8ters" is "haters" with 8 for "ate", left alone).</summary>
    private const string NumberWordDigits = "24789";

    /// <summary>Below this length a word with two digits or a number-word digit in it is deliberate
    /// ("l33t", "n00b", "sk8er", "Se7en"), whatever words substitution reaches.</summary>
    private const int MinLengthForDeliberateDigits = 6;

    /// <summary>The rarest SCOWL size class a repair of a number-word digit in a lowercase word may reach from
    /// the lexicon alone (35: "skaters"; 40: "skiers").</summary>
    private const int MaxBandForNumberWordDigit = 35;

    /// <summary>What a decoder leaves for bytes it cannot read. It stands for a lost character beyond ASCII (a
    /// Windows-1252 "é" read as UTF-8), never an ASCII letter, so it is filled only with the lexicon's letters
    /// beyond ASCII ("caf\uFFFD" is "café"; "cr\uFFFDme" is not "crime") or, in English, with ’ (see
    /// <see cref="LostApostrophe"/>), and may sit at a word's edge.</summary>
    private const char Lost = '\uFFFD';

    private static readonly SearchValues<char> NumberWordDigitValues = SearchValues.Create(NumberWordDigits);

    // A token longer than this is no word (a hash, a base64 run, a minified blob): skipped unread.
    private const int MaxChunkLength = 96;

    // Without the document's own evidence a token must be this long for a lexicon match to be trusted:
    // the shorter a word, the more words one substitution reaches by chance ("Y2K" → "YAK").
    private const int MinLengthFromLexicon = 5;
    private const int MinLengthFromDocument = 4;

    // "Clearly most likely": the best lexicon word must be at least one SCOWL size step (10 = "20" vs
    // "10", "35" vs "20") more common than the next. On damaged aeb-dev gold (tools/word-damage) a
    // margin of 20 gave precision 0.9988 and recall 0.950, a margin of 10 0.9965 and 0.965.
    private const int ClearBandMargin = 10;

    // How much rarer a lowercase word counts for a capitalized token mid-sentence, where a name is
    // likelier ("Re^lly": "Reilly" before "Really").
    private const int MidSentenceCapitalPenalty = 30;

    private static readonly SearchValues<char> Damage = SearchValues.Create(DamageCharacters);
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly Lexicon _lexicon;
    private readonly char _apostrophe;
    private readonly bool _restoresApostrophes; // English contractions and possessives: see LostApostrophe

    // English contractions, written with ' and compared without case ("we\uFFFDre" is "we’re").
    private static readonly HashSet<string> Contractions = new(StringComparer.OrdinalIgnoreCase)
    {
        "don't", "doesn't", "didn't", "can't", "couldn't", "wouldn't", "shouldn't", "isn't", "aren't", "wasn't",
        "weren't", "won't", "hasn't", "haven't", "hadn't", "ain't", "mustn't", "needn't", "mightn't", "shan't",
        "it's", "he's", "she's", "that's", "what's", "who's", "there's", "here's", "where's", "how's", "let's",
        "one's",
        "you're", "we're", "they're", "who're", "what're", "there're", "here're", "where're", "how're", "why're",
        "when're",
        "i've", "you've", "we've", "they've", "who've", "what've", "would've", "could've", "should've", "might've",
        "must've",
        "i'll", "you'll", "he'll", "she'll", "it'll", "we'll", "they'll", "who'll", "what'll", "there'll", "that'll",
        "this'll",
        "i'd", "you'd", "he'd", "she'd", "it'd", "we'd", "they'd", "who'd", "what'd", "there'd", "that'd", "how'd",
        "where'd",
        "i'm",
    };

    /// <summary>A possessive's stem must be at least this long ("Russia\uFFFDs"); a shorter one is as likely a
    /// name with a lost letter ("In\uFFFDs" is "Inés").</summary>
    private const int MinPossessiveStemLength = 3;

    /// <summary>The rarest SCOWL size class a lowercase possessive's stem may be in without the text's own
    /// evidence (35: "company", "minister"; "inter" and "herm" are rarer).</summary>
    private const int MaxPossessiveBand = 35;

    /// <summary>A pass that repairs words with <see cref="Lexicon.English"/>.</summary>
    public InWordRepairPass()
        : this(Lexicon.English)
    {
    }

    /// <summary>A pass that repairs words with <paramref name="lexicon"/>, the words of the text's language.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public InWordRepairPass(Lexicon lexicon)
        : this(lexicon, QuoteStyle.Normalize)
    {
    }

    /// <summary>A pass that repairs words with <paramref name="lexicon"/> and writes an apostrophe it restores
    /// in the style the quote pass before it leaves them (' for <see cref="QuoteStyle.Ascii"/>, else ’).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public InWordRepairPass(Lexicon lexicon, QuoteStyle quotes)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _apostrophe = quotes == QuoteStyle.Ascii ? '\'' : '\u2019';
        _restoresApostrophes = lexicon.Language.Equals("en", StringComparison.OrdinalIgnoreCase)
            || lexicon.Language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public override string Name => "in-word-repair";

    /// <inheritdoc />
    public override PassStage Stage => PassStage.Word;

    /// <summary>The words the pass repairs towards.</summary>
    public Lexicon Lexicon => _lexicon;

    internal static bool IsDamage(char c) => Damage.Contains(c);

    /// <inheritdoc />
    protected override string Transform(string text, ChangeLog? changes)
    {
        var candidates = FindCandidates(text);
        if (candidates is null)
        {
            return text;
        }

        return Rewrite(text, candidates, Decide(text, candidates), changes);
    }

    private string Rewrite(string text, List<Candidate> candidates, string?[] replacements, ChangeLog? changes)
    {
        var rewriter = new TextRewriter(text, changes);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (replacements[i] is { } word)
            {
                // Letters are all a word repair writes: an apostrophe the token lacked is a restored one.
                var restoredApostrophe = word.Contains(_apostrophe) && !text.AsSpan(candidates[i].Start, candidates[i].Length).Contains(_apostrophe);
                rewriter.Replace(candidates[i].Start, candidates[i].Length, word, restoredApostrophe ? LostApostropheReason : Reason);
            }
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>The damaged-looking tokens of <paramref name="text"/>, or null when there are none
    /// (the common case, which allocates nothing).</summary>
    private static List<Candidate>? FindCandidates(string text)
    {
        List<Candidate>? candidates = null;
        var span = text.AsSpan();
        var scanned = 0;
        var lastChunkEnd = 0; // chunks are looked at once: the walk back stops at the last one's end
        while (true)
        {
            var next = span[scanned..].IndexOfAny(Damage);
            if (next < 0)
            {
                return candidates;
            }

            // A lost letter sits among letters: damage with no letter beside it is a number's digit, a price's
            // sign or punctuation ("2023-09-12", "$27", "(AP)"), and no chunk holds a damaged word without a
            // damage character next to a letter. Passing over those hits here, one test each, spares the walk
            // round their chunk, whose length no branch predictor learns in a text full of numbers.
            var hit = scanned + next;
            if (!TouchesLetter(span, hit))
            {
                scanned = hit + 1;
                continue;
            }

            // The whitespace-delimited chunk around the hit; every chunk is looked at once.
            var start = hit;
            while (start > lastChunkEnd && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var end = hit;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (end - start <= MaxChunkLength && MayHoldDamagedWord(text.AsSpan(start, end - start)))
            {
                ExamineChunk(text, start, end, ref candidates);
            }

            if (end >= text.Length)
            {
                return candidates;
            }

            scanned = lastChunkEnd = end;
        }
    }

    private static bool TouchesLetter(ReadOnlySpan<char> text, int i) =>
        (i > 0 && char.IsLetter(text[i - 1])) || (i + 1 < text.Length && char.IsLetter(text[i + 1]));

    /// <summary>
    /// A quick look that rejects most chunks (years, prices, "it?") before <see cref="ExamineChunk"/> does:
    /// a damaged word is letters and damage with a letter at each end, so it holds a letter and a damage
    /// character with a letter or damage on both sides, or a U+FFFD beside a letter ("caf\uFFFD,").
    /// </summary>
    private static bool MayHoldDamagedWord(ReadOnlySpan<char> chunk)
    {
        var hasLetter = false;
        var hasInnerDamage = false;
        for (var i = 0; i < chunk.Length; i++)
        {
            var c = chunk[i];
            if (char.IsLetter(c))
            {
                hasLetter = true;
            }
            else if (!hasInnerDamage && IsDamage(c)
                && ((i > 0 && i < chunk.Length - 1 && IsLetterOrDamage(chunk[i - 1]) && IsLetterOrDamage(chunk[i + 1]))
                    || (c == Lost && TouchesLetter(chunk, i))))
            {
                hasInnerDamage = true;
            }
        }

        return hasLetter && hasInnerDamage;
    }

    private static bool IsLetterOrDamage(char c) => char.IsLetter(c) || IsDamage(c);

    private static bool IsLetterOrLost(char c) => char.IsLetter(c) || c == Lost;

    private static void ExamineChunk(string text, int chunkStart, int chunkEnd, ref List<Candidate>? candidates)
    {
        var start = chunkStart;
        var end = chunkEnd;
        while (start < end && IsLeadingWrapper(text[start]))
        {
            start++;
        }

        while (end > start && IsTrailingWrapper(text[end - 1]))
        {
            end--;
        }

        if (start == end || text[start] is '#' or '@')
        {
            return; // hashtags and handles
        }

        if (HasBracketWithPartner(text.AsSpan(start, end - start), text.AsSpan(chunkStart, chunkEnd - chunkStart)))
        {
            return; // "give[s]", "friend(s)": an editor's brackets, not damage; "(Fr]nce)" is fine
        }

        var sentenceStart = IsSentenceStart(text, start);

        // Split at in-word joiners; every segment must be letters and damage, or the chunk is not a word.
        var found = 0;
        Span<Candidate> local = stackalloc Candidate[4];
        var segmentStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && !IsJoiner(text[i]))
            {
                continue;
            }

            var segment = text.AsSpan(segmentStart, i - segmentStart);
            if (segment.IsEmpty)
            {
                return;
            }

            var damage = 0;
            foreach (var c in segment)
            {
                if (IsDamage(c))
                {
                    damage++;
                }
                else if (!char.IsLetter(c) && !char.IsAsciiDigit(c))
                {
                    return; // '.', ':', '_', ',' inside: a URL, email, identifier or number
                }
            }

            if (damage > 0 && !IsAllDigits(segment))
            {
                if (damage > 2 || !IsLetterOrLost(segment[0]) || !IsLetterOrLost(segment[^1])
                    || segment.Length > WordShapes.MaxWordLength || found == local.Length)
                {
                    return; // "COVID-19", "R2-D2", "F-16", "A330neo"
                }

                local[found++] = new Candidate(segmentStart, segment.Length, sentenceStart && segmentStart == start);
            }

            segmentStart = i + 1;
        }

        if (found > 0)
        {
            candidates ??= [];
            foreach (var candidate in local[..found])
            {
                candidates.Add(candidate);
            }
        }
    }

    /// <summary>The replacement for each candidate, or null to leave it. Runs to a fixed point: a word
    /// repaired or an apostrophe restored is evidence for the others, exactly as it will be when the pass runs
    /// again.</summary>
    private string?[] Decide(string text, List<Candidate> candidates)
    {
        // Words of the lengths each token asks about, whatever the other tokens are: its own; the rest of it when a
        // U+FFFD at an edge may be lost punctuation ("caf" for "caf\uFFFD"); a possessive's stem ("Russia" for
        // "Russia\uFFFDs"). Were a length collected only because another token had it, repairing that token would
        // change what the next run decides.
        var lengths = new HashSet<int>();
        foreach (var candidate in candidates)
        {
            var token = text.AsSpan(candidate.Start, candidate.Length);
            lengths.Add(token.Length);
            var lostEdges = (token[0] == Lost ? 1 : 0) + (token.Length > 1 && token[^1] == Lost ? 1 : 0);
            if (lostEdges > 0)
            {
                lengths.Add(token.Length - lostEdges);
            }

            if (_restoresApostrophes && token.Length > 2 && token[^2] == Lost && token[^1] is 's' or 'S')
            {
                lengths.Add(token.Length - 2);
            }
        }

        var evidence = DocumentWords.Collect(text, lengths.Contains, IsDamage, SplitWords.PartsAndJoined);
        var replacements = new string?[candidates.Count];
        var undecided = candidates.Count;
        while (true)
        {
            var decided = DecideRounds(text, candidates, evidence, replacements);
            undecided -= decided;
            if (decided == 0 || undecided == 0)
            {
                return replacements;
            }

            // Some words form only once the repairs are written: a repaired half of a word split at a line end
            // joins its other half ("i-\nt?one" reads "itrone" once "trone" stands). The next run has them as
            // evidence, so this one reads them from the text as it will leave it, until nothing new is decided.
            // Every round decides at least one token more, so this ends, and few rounds are possible: a token decided
            // in a later round rests on a join containing a token repaired in the one before plus at least a letter,
            // so a chain of them grows a letter a round and stops at WordShapes.MaxWordLength.
            evidence = DocumentWords.Collect(Rewrite(text, candidates, replacements, changes: null), lengths.Contains, IsDamage, SplitWords.PartsAndJoined);
        }
    }

    /// <summary>Decides what <paramref name="evidence"/> allows for the tokens still undecided, adding each
    /// decision to it; returns how many were decided.</summary>
    private int DecideRounds(string text, List<Candidate> candidates, DocumentWords evidence, string?[] replacements)
    {
        var decided = 0;
        var restored = new List<int>();
        do
        {
            bool repaired;
            do
            {
                repaired = false;
                for (var i = 0; i < candidates.Count; i++)
                {
                    if (replacements[i] is null
                        && Repair(text.AsSpan(candidates[i].Start, candidates[i].Length), evidence, candidates[i].SentenceStart) is { } word)
                    {
                        replacements[i] = word;
                        evidence.Add(word);
                        repaired = true;
                        decided++;
                    }
                }
            }
            while (repaired);

            // Apostrophes last, once letters have settled: a word repaired elsewhere ("Tomás") may still claim a
            // hole that the apostrophe reading would have taken first ("Tom\uFFFDs").
            restored.Clear();
            for (var i = 0; i < candidates.Count; i++)
            {
                if (replacements[i] is null && LostApostrophe(text.AsSpan(candidates[i].Start, candidates[i].Length), evidence) is { } word)
                {
                    replacements[i] = word;
                    restored.Add(i);
                    decided++;
                }
            }

            // A restored apostrophe leaves its stem and ending as words ("company" in "company’s"), evidence the next
            // run has for the tokens still undecided ("Company\uFFFDs", "t]]m"), so this run has it too. It settles
            // in three rounds at most: contractions and common possessives need no evidence, so the first round
            // restores them all, and what later rounds restore or repair was already in the evidence.
            foreach (var i in restored)
            {
                var token = text.AsSpan(candidates[i].Start, candidates[i].Length);
                var at = token.IndexOf(Lost);
                evidence.Add(token[..at]);
                evidence.Add(token[(at + 1)..]);
            }
        }
        while (restored.Count > 0);

        return decided;
    }

    /// <summary>The word <paramref name="token"/> was, or null when that is not clear.</summary>
    internal string? Repair(ReadOnlySpan<char> token, DocumentWords? evidence, bool sentenceStart = false)
    {
        var word = RepairLetters(token, evidence, sentenceStart);
        return word is not null && token[0] == Lost ? WithLostInitialCase(word, token, sentenceStart) : word;
    }

    /// <summary>
    /// The English contraction or possessive whose apostrophe a decoder lost ("don\uFFFDt", "Russia\uFFFDs"):
    /// ’ is three bytes in UTF-8 and one in Windows-1252, so it is the character most often lost in English
    /// text. Only where no letter beyond ASCII fills the hole (that came first), and only for a closed list of
    /// contractions, or a possessive whose stem the text writes elsewhere ("Russia\uFFFDs" beside "Russia") or
    /// that is a common lowercase word ("company\uFFFDs"): a name with a lost letter ("Herm\uFFFDs", "Tom\uFFFDs"
    /// for Tomás) would otherwise read as a possessive.
    /// </summary>
    /// <param name="token">The damaged token.</param>
    /// <param name="evidence">The text's words, with the words repaired and the stems restored.</param>
    internal string? LostApostrophe(ReadOnlySpan<char> token, DocumentWords? evidence)
    {
        var at = token.IndexOf(Lost);
        if (!_restoresApostrophes || at < 1 || at > token.Length - 2 || token[(at + 1)..].Contains(Lost))
        {
            return null;
        }

        var stem = token[..at];
        var ending = token[(at + 1)..];
        if (stem.ContainsAnyExcept(AsciiLetters) || ending.ContainsAnyExcept(AsciiLetters)
            || (ending.ContainsAnyInRange('A', 'Z') && ending.ContainsAnyInRange('a', 'z')))
        {
            return null;
        }

        Span<char> asContraction = stackalloc char[token.Length];
        token.CopyTo(asContraction);
        asContraction[at] = '\'';
        var contraction = Contractions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(asContraction);
        var possessive = ending is "s" or "S" && stem.Length >= MinPossessiveStemLength
            && ((evidence?.Contains(stem) ?? false)
                || (WordShapes.Classify(stem) == CasePattern.Lower && WordShapes.BandOf(_lexicon, stem, CasePattern.Lower) is >= 0 and <= MaxPossessiveBand));
        return contraction || possessive ? string.Concat(stem, new ReadOnlySpan<char>(in _apostrophe), ending) : null;
    }

    /// <summary>
    /// A lost first letter's case is lost with it: a sentence start is capitalized; elsewhere the word is
    /// lowercase if the lexicon has it so ("über", though the text wrote "Über" at a sentence start), and a
    /// name as the text wrote it ("Özil").
    /// </summary>
    private string WithLostInitialCase(string word, ReadOnlySpan<char> token, bool sentenceStart)
    {
        if (WordShapes.Classify(token) != CasePattern.Lower)
        {
            return word;
        }

        if (sentenceStart)
        {
            return char.IsUpper(word[0]) ? word : char.ToUpperInvariant(word[0]) + word[1..];
        }

        var lower = word.ToLowerInvariant();
        return _lexicon.Contains(lower) ? lower : word;
    }

    private string? RepairLetters(ReadOnlySpan<char> token, DocumentWords? evidence, bool sentenceStart)
    {
        var pattern = WordShapes.Classify(token);
        if (token.Length < MinLengthFromDocument || (pattern == CasePattern.Mixed && evidence is null))
        {
            return null;
        }

        Span<int> holes = stackalloc int[2];
        int holeCount = 0, lostHoles = 0;
        for (var i = 0; i < token.Length; i++)
        {
            if (IsDamage(token[i]))
            {
                holes[holeCount++] = i;
                lostHoles += token[i] == Lost ? 1 : 0;
            }
        }

        holes = holes[..holeCount];
        if (LooksDeliberate(token, holes))
        {
            return null;
        }

        // A U+FFFD at the edge of a whole word is as likely lost punctuation ("pass\uFFFD": "pass”") as a
        // lost letter ("passé").
        int lostFirst = token[0] == Lost ? 1 : 0, lostLast = token[^1] == Lost ? 1 : 0;
        if (lostFirst + lostLast == holeCount && IsWord(token[lostFirst..^lostLast], pattern, evidence))
        {
            return null;
        }

        // Two damaged letters are repaired from the text's own words only: hundreds of fillings reach
        // lexicon words by chance, and trying them all for every such token would make a text full of
        // them slow. Most texts have no word of the token's shape, and then nothing is tried. A U+FFFD at an
        // edge hides the letter the shape needs, but it takes only the few letters beyond ASCII.
        if (holeCount == 2 && (evidence is null || !(evidence.HasShapeOf(token) || lostFirst + lostLast > 0)))
        {
            return null;
        }

        // Mid-sentence, a capital marks a name more often than a word: "Re^lly" there is more likely
        // "Reilly" than "Really", so a lowercase word counts as much rarer there than it is.
        var midSentenceCapital = pattern == CasePattern.Capitalized && !sentenceStart;
        var first = LettersFor(token[holes[0]]);
        var second = holeCount == 2 ? LettersFor(token[holes[1]]) : "";
        var combinations = holeCount == 1 ? first.Length : first.Length * second.Length;
        Span<char> word = stackalloc char[token.Length];
        token.CopyTo(word);

        var search = new Search();
        for (var k = 0; k < combinations; k++)
        {
            Fill(word, holes, k, first, second, pattern);
            var band = pattern == CasePattern.Mixed || holeCount == 2 ? -1 : WordShapes.BandOf(_lexicon, word, pattern);
            if (midSentenceCapital && band >= 0 && !_lexicon.Contains(word))
            {
                band += MidSentenceCapitalPenalty;
            }

            if (evidence is not null && evidence.TryGetWritten(word, out var written)
                && (pattern != CasePattern.Mixed || AgreesOutsideHoles(written, token, holes)))
            {
                search.Document(k, written, band);
            }

            if (band >= 0)
            {
                search.Lexicon(k, band);
            }
        }

        if (search.DocumentMatches == 1)
        {
            // The text's word wins, unless substitution also reaches a word more common than it: then
            // "a{ility" with "agility" elsewhere may still be "ability", and the token stays.
            if (search.LexiconMatches > 0 && search.BestBand < BandOrRare(search.DocumentBand))
            {
                return null;
            }

            // Digits that spell the word found in leetspeak are the writer's, even when the text has the word
            // ("h4ck3r" beside "hacker").
            if (ReadsAsDigitLeetspeak(token, holes, search.DocumentWritten!))
            {
                return null;
            }

            // The text's own spelling, case included ("iPhone"), when the token agrees with it.
            if (AgreesOutsideHoles(search.DocumentWritten!, token, holes))
            {
                return search.DocumentWritten;
            }

            Fill(word, holes, search.DocumentChoice, first, second, pattern);
            return word.ToString();
        }

        // Letters beyond ASCII reach so few words that a lost one is repaired in a shorter word ("caf\uFFFD").
        var minLength = lostHoles == holeCount ? MinLengthFromDocument : MinLengthFromLexicon;
        if (search.DocumentMatches > 1 || pattern == CasePattern.Mixed
            || token.Length < minLength || search.LexiconMatches == 0
            || (search.LexiconMatches > 1 && search.SecondBand - search.BestBand < ClearBandMargin))
        {
            return null;
        }

        if (pattern == CasePattern.Upper && HasDigit(token))
        {
            return null; // "AW3418DW", "UN43NU": product codes
        }

        // Symbols that read as the letters found are leetspeak, not damage, in a name ("Pl@net" mid-
        // sentence) or when there are two of them ("h4ck3r"); random damage rarely looks like that.
        if ((holeCount == 2 || (pattern != CasePattern.Lower && !(pattern == CasePattern.Capitalized && sentenceStart)))
            && ReadsAsLeetspeak(token, holes, search.LexiconChoice, first, second))
        {
            return null;
        }

        // A number-word digit is weak evidence of damage: in a lowercase word it gives from the lexicon alone only
        // an everyday word ("sk8ers" reaches "skiers", which a writer of "sk8ers" did not mean). Names are rarer
        // words, and leetspeak in one is caught as such ("Robe7to" mid-sentence).
        if (pattern == CasePattern.Lower && search.BestBand > MaxBandForNumberWordDigit && token.ContainsAny(NumberWordDigitValues))
        {
            return null;
        }

        Fill(word, holes, search.LexiconChoice, first, second, pattern);
        return ReadsAsDigitLeetspeak(token, holes, word) ? null : word.ToString();
    }

    /// <summary>Whether the token's digits are the writer's whatever they stand for: two digits, or a
    /// number-word digit, in a short word.</summary>
    private static bool LooksDeliberate(ReadOnlySpan<char> token, ReadOnlySpan<int> holes)
    {
        if (token.Length >= MinLengthForDeliberateDigits)
        {
            return false;
        }

        var digits = 0;
        foreach (var hole in holes)
        {
            if (NumberWordDigitValues.Contains(token[hole]))
            {
                return true;
            }

            digits += char.IsAsciiDigit(token[hole]) ? 1 : 0;
        }

        return digits == 2;
    }

    /// <summary>Whether the digits of <paramref name="token"/> read as leetspeak for <paramref name="word"/>:
    /// two digits that each look like the letter found ("h4ck3r", "n00bs"), or a number-word digit whose
    /// name the word spells across it ("h8ters": "haters" has "ate" where the 8 is).</summary>
    private static bool ReadsAsDigitLeetspeak(ReadOnlySpan<char> token, ReadOnlySpan<int> holes, ReadOnlySpan<char> word)
    {
        var lookalikeDigits = 0;
        foreach (var hole in holes)
        {
            var digit = token[hole];
            if (!char.IsAsciiDigit(digit))
            {
                continue;
            }

            if (SpellsNumberAt(word, hole, digit))
            {
                return true;
            }

            lookalikeDigits += LeetLetters(digit).Contains(char.ToLowerInvariant(word[hole])) ? 1 : 0;
        }

        return lookalikeDigits == 2;
    }

    private static bool SpellsNumberAt(ReadOnlySpan<char> word, int hole, char digit)
    {
        foreach (var name in NumberNames(digit))
        {
            if (hole + name.Length <= word.Length && word.Slice(hole, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] NumberNames(char digit) => digit switch
    {
        '2' => TwoNames,
        '4' => FourNames,
        '7' => SevenNames,
        '8' => EightNames,
        '9' => NineNames,
        _ => [],
    };

    private static readonly string[] TwoNames = ["two", "too", "to"];
    private static readonly string[] FourNames = ["four", "fore", "for"];
    private static readonly string[] SevenNames = ["seven"];
    private static readonly string[] EightNames = ["eight", "ate"];
    private static readonly string[] NineNames = ["nine"];

    /// <summary>Every word substitution reaches, with its band and whether the text has it: what
    /// <see cref="Repair"/> chooses from (for tools/lexicon and tests).</summary>
    internal IEnumerable<string> Explain(string token)
    {
        var pattern = WordShapes.Classify(token);
        var holes = Enumerable.Range(0, token.Length).Where(i => IsDamage(token[i])).ToArray();
        if (holes.Length is 0 or > 2)
        {
            yield break;
        }

        var first = LettersFor(token[holes[0]]);
        var second = holes.Length == 2 ? LettersFor(token[holes[1]]) : "";
        var combinations = holes.Length == 1 ? first.Length : first.Length * second.Length;
        var word = token.ToCharArray();
        for (var k = 0; k < combinations; k++)
        {
            Fill(word, holes, k, first, second, pattern);
            var band = WordShapes.BandOf(_lexicon, word, pattern);
            if (band >= 0)
            {
                yield return $"{new string(word)} (band {band})";
            }
        }
    }

    // Whether the lexicon (in a case form the pattern allows) or the text has the word. A method of its own,
    // like WithLostInitialCase, so that the JIT compiles it only for the rare token that asks.
    private bool IsWord(ReadOnlySpan<char> word, CasePattern pattern, DocumentWords? evidence) =>
        WordShapes.BandOf(_lexicon, word, pattern) >= 0 || evidence?.Contains(word) == true;

    // Puts the k-th combination of letters into the holes (the first hole's letters vary fastest), in the
    // token's case.
    private static void Fill(Span<char> word, ReadOnlySpan<int> holes, int k, string first, string second, CasePattern pattern)
    {
        word[holes[0]] = Letter(first[k % first.Length], pattern);
        if (holes.Length == 2)
        {
            word[holes[1]] = Letter(second[k / first.Length], pattern);
        }
    }

    private static char Letter(char lower, CasePattern pattern) =>
        pattern == CasePattern.Upper ? char.ToUpperInvariant(lower) : lower;

    // The letters a damaged character may stand for: a U+FFFD only those beyond ASCII.
    private string LettersFor(char damage) => damage == Lost ? _lexicon.NonAsciiAlphabet : _lexicon.Alphabet;

    private static bool AgreesOutsideHoles(string written, ReadOnlySpan<char> token, ReadOnlySpan<int> holes)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (written[i] != token[i] && !holes.Contains(i))
            {
                return false;
            }
        }

        return true;
    }

    // A word the lexicon does not list counts as its rarest band.
    private static int BandOrRare(int band) => band < 0 ? int.MaxValue : band;

    private static bool HasDigit(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReadsAsLeetspeak(ReadOnlySpan<char> token, ReadOnlySpan<int> holes, int chosen, string first, string second)
    {
        for (var h = 0; h < holes.Length; h++)
        {
            var letter = h == 0 ? first[chosen % first.Length] : second[chosen / first.Length];
            if (!LeetLetters(token[holes[h]]).Contains(letter))
            {
                return false;
            }
        }

        return true;
    }

    private static string LeetLetters(char symbol) => symbol switch
    {
        '0' => "o",
        '1' or '!' or '|' => "il",
        '2' => "z",
        '3' => "e",
        '4' or '@' => "a",
        '5' or '$' => "s",
        '6' => "gb",
        '7' or '+' => "t",
        '8' => "b",
        '9' => "g",
        _ => "",
    };

    private static bool HasBracketWithPartner(ReadOnlySpan<char> word, ReadOnlySpan<char> chunk) =>
        (word.ContainsAny('(', ')') && chunk.Contains('(') && chunk.Contains(')'))
        || (word.ContainsAny('[', ']') && chunk.Contains('[') && chunk.Contains(']'))
        || (word.ContainsAny('{', '}') && chunk.Contains('{') && chunk.Contains('}'))
        || (word.ContainsAny('<', '>') && chunk.Contains('<') && chunk.Contains('>'));

    // Whether the token at index begins a sentence or line, where a capital says nothing about names.
    private static bool IsSentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0 && index - i <= 8; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '.' or '!' or '?' or ':' or '\u2022')
            {
                return true;
            }

            if (c != ' ' && !IsLeadingWrapper(c) && c is not ('-' or '\u2013' or '\u2014'))
            {
                return false;
            }
        }

        return index < 8;
    }

    // In-word joiners: hyphens, apostrophes, and the dashes that scraped text leaves between words.
    private static bool IsJoiner(char c) => c is '-' or '\u2010' or '\'' or '\u2019' or '\u2013' or '\u2014';

    private static bool IsAllDigits(ReadOnlySpan<char> segment)
    {
        foreach (var c in segment)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLeadingWrapper(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
        or '\u00AB' or '\u00BB' or '(' or '[' or '{' or '<' or '\u00BF' or '\u00A1' or '*' or '_';

    private static bool IsTrailingWrapper(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
        or '\u00AB' or '\u00BB' or ')' or ']' or '}' or '>' or '.' or ',' or ';' or ':' or '!' or '?' or '\u2026' or '*' or '_';

    private readonly record struct Candidate(int Start, int Length, bool SentenceStart);

    /// <summary>What substituting letters into a token reached: matches in the document and in the
    /// lexicon, with the two best bands for "clearly most likely".</summary>
    private struct Search
    {
        public int DocumentMatches;
        public int DocumentChoice;
        public string? DocumentWritten;
        public int LexiconMatches;
        public int LexiconChoice;
        public int BestBand;
        public int SecondBand;

        public int DocumentBand;

        public void Document(int k, string written, int band)
        {
            DocumentMatches++;
            DocumentChoice = k;
            DocumentWritten = written;
            DocumentBand = band;
        }

        public void Lexicon(int k, int band)
        {
            if (LexiconMatches++ == 0 || band < BestBand)
            {
                SecondBand = LexiconMatches == 1 ? int.MaxValue : BestBand;
                BestBand = band;
                LexiconChoice = k;
            }
            else if (band < SecondBand)
            {
                SecondBand = band;
            }
        }
    }
}
