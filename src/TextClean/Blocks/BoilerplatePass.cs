using System.Buffers;
using System.Numerics;
using System.Text.RegularExpressions;
using R = TextClean.Blocks.BoilerplateReasons;

namespace TextClean.Blocks;

/// <summary>
/// Classifies every block as article or boilerplate, with a reason code (<see cref="BoilerplateReasons"/>),
/// from plain-text features only, in the spirit of jusText:
/// <list type="number">
/// <item>each block alone: known phrases per language, photo credits, repeats, then good / near-good /
/// short / bad from its length and the density of the page language's stopwords;</item>
/// <item>the main body: the run of blocks with the highest score (article paragraphs count for, short
/// and bad blocks against), found in one linear scan (maximum subarray);</item>
/// <item>context: section headers ("News Feed", "Related", "Read more") take what follows them, to the end
/// of the page when little article follows; headline + teaser pairs go; short blocks between article
/// paragraphs stay (subheadings), short blocks outside the body go.</item>
/// </list>
/// The classification is a function of the ordered block texts, and it is repeated on the surviving
/// blocks until it removes nothing more. So its output is a fixed point: cleaning clean output removes
/// nothing (idempotent by construction, not by luck).
/// </summary>
public sealed partial class BoilerplatePass : BlockPass
{
    /// <summary>Rounds before giving up on a fixed point; real pages settle in two or three.</summary>
    private const int MaxRounds = 12;

    /// <summary>A second dense run counts as body when it scores at least this share of the best one
    /// (an article split by a gallery or an embedded box).</summary>
    private const double SecondaryRunShare = 0.5;

    /// <summary>A section header in the article runs to the end of the page when the article-like text
    /// after it is less than this share of the article text before it (a news feed with a teaser or two).</summary>
    private const double SectionToEndShare = 0.6;

    /// <summary>"About the author" is short; "About us and our long history of service" is a headline.</summary>
    private const int MaxAboutHeaderWords = 5;

    /// <summary>At most this many paragraphs above a byline are a standfirst, not the article.</summary>
    private const int MaxStandfirstBlocks = 2;

    /// <summary>How far a list introduced by a colon may run.</summary>
    private const int MaxListItems = 60;

    /// <summary>A bio, a photo's credit and a wire service's credits may stand between a story and its results table.</summary>
    private const int MaxCreditsBeforeTable = 2;

    /// <summary>Lines up to this many words are short: repeated, they are furniture.</summary>
    private const int MaxShortRepeatWords = 20;

    /// <summary>From this many words, a sentence that mentions a furniture phrase ("subscribe", "cookie") may
    /// be the article reporting on it (<see cref="IsReportedMention"/>).</summary>
    private const int MinMentionWords = 15;

    /// <summary>An author's bio is a sentence or two (<see cref="AuthorBio"/>).</summary>
    private const int MaxBioWords = 40;

    /// <summary>The teaser sentence under a related headline is short; a lead paragraph is longer.</summary>
    private const int MaxTeaserWords = 24;

    /// <summary>What a short block (a subheading, a label) costs a run of article paragraphs.</summary>
    private const double ShortPenalty = -3.0;

    /// <summary>Per word, what a likely paragraph (near-good, or a short complete sentence) adds to a run.</summary>
    private const double SentenceWordScore = 0.5;

    private readonly BoilerplateOptions _options;
    private readonly PhraseTable _phrases;
    private readonly Regex[] _patterns;

    /// <summary>A pass with <see cref="BoilerplateOptions.Default"/>.</summary>
    public BoilerplatePass()
        : this(BoilerplateOptions.Default)
    {
    }

    /// <exception cref="ArgumentException">A pattern in <paramref name="options"/> is not a valid regular expression.</exception>
    /// <summary>A pass that removes what <paramref name="options"/> say: thresholds, presets, your own phrases
    /// and patterns. The patterns are compiled here, once. <see cref="BoilerplateOptions.Enabled"/> is the
    /// cleaner's to read: a pass built here runs.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public BoilerplatePass(BoilerplateOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _phrases = new PhraseTable([.. options.Phrases, .. BoilerplatePhrases.All]);
        _patterns = [.. options.Patterns.Select(p => new Regex(p, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
    }

    /// <inheritdoc />
    public override string Name => "boilerplate";

    /// <summary>The options the pass was built from.</summary>
    public BoilerplateOptions Options => _options;

    /// <inheritdoc />
    protected override BlockPlan Plan(BlockDocument document)
    {
        var page = Page.Rent(document.BlockArray.Length, document.Text.Length);
        try
        {
            ReadBlocks(document, page);
            return Classify(document, page);
        }
        finally
        {
            page.Return();
        }
    }

    /// <summary>What each block says about itself, whatever its neighbours; it does not change between
    /// rounds, so it is worked out once. Repeats are counted by key id, so rounds never hash text again.</summary>
    private void ReadBlocks(BlockDocument document, Page page)
    {
        var text = document.Text;
        var blocks = document.BlockArray;
        var languages = page.Languages;
        var features = page.Features;
        var hits = page.StopwordHits;
        var firstCopy = page.FirstCopy;

        // Pages repeat their furniture (menus, share buttons, "Read more"): a block that repeats an
        // earlier one character for character shares its features and its own verdicts, which are a
        // function of the block's text alone.
        SpanIds.FirstOfEqual(new BlockTexts(text, blocks), blocks.Length, [], firstCopy, page.Slots);
        var keyEnd = 0;
        for (var i = 0; i < blocks.Length; i++)
        {
            if (firstCopy[i] < i)
            {
                features[i] = features[firstCopy[i]];
                hits.AsSpan(firstCopy[i] * languages, languages).CopyTo(hits.AsSpan(i * languages, languages));
                continue;
            }

            page.EnsureKeyRoom(keyEnd, BlockFeatures.MaxKeyLength(blocks[i].Length));
            features[i] = BlockFeatures.Compute(blocks[i].Span(text), hits.AsSpan(i * languages, languages), page.Keys, keyEnd);
            keyEnd += features[i].KeyLength;
        }

        var keys = page.Keys;
        page.DistinctKeys = SpanIds.FirstOfEqual(new BlockKeys(features, keys), blocks.Length, firstCopy, page.KeyIds, page.Slots);
        SpanIds.Number(page.KeyIds.AsSpan(0, blocks.Length));
        for (var i = 0; i < blocks.Length; i++)
        {
            var first = firstCopy[i];
            if (first < i)
            {
                page.OwnReasons[i] = page.OwnReasons[first];
                page.SectionHeaders[i] = page.SectionHeaders[first];
                page.BylineLike[i] = page.BylineLike[first];
                page.CaptionCredit[i] = page.CaptionCredit[first];
                page.MentionOnly[i] = page.MentionOnly[first];
                page.TableLines[i] = page.TableLines[first];
                continue;
            }

            var span = blocks[i].Span(text);
            var key = features[i].KeyIn(keys);
            var whole = _phrases.MatchWhole(key);
            page.OwnReasons[i] = OwnReason(span, key, whole, features[i], document.Metadata.Authors, out page.MentionOnly[i]);
            page.TableLines[i] = TableLine.Of(span);
            page.SectionHeaders[i] = _phrases.MatchSectionHeader(key, whole, features[i].Words, allowLongHeader: !features[i].EndsSentence)
                ?? CommentsHeading(key, features[i]) ?? AboutHeading(key, features[i]);
            page.BylineLike[i] = IsBylineLike(span, key, features[i]);
            page.CaptionCredit[i] = features[i].Words <= CreditLine.MaxCreditWords && CreditLine.FollowsCaption(span);
            page.AnyCaptionCredit |= page.CaptionCredit[i];
        }

        // Whether a block may be a caption is asked only above a credit line: most pages have none.
        for (var i = 0; page.AnyCaptionCredit && i < blocks.Length; i++)
        {
            page.MayBeCaption[i] = firstCopy[i] < i ? page.MayBeCaption[firstCopy[i]] :
                features[i].Words is >= MinCaptionWords and <= MaxCaptionWords && !features[i].EndsWithColon && !IsAttributedOrQuoted(blocks[i].Span(text));
        }

        // Only a block with rows after it can head a table: most pages have none.
        var tableLines = page.TableLines;
        var headingsEnd = ResultsTable.HeadingsEnd(tableLines.AsSpan(0, blocks.Length));
        for (var i = 0; i < headingsEnd; i++)
        {
            if (firstCopy[i] < i)
            {
                tableLines[i] = tableLines[firstCopy[i]];
            }
            else if (!tableLines[i].IsRow)
            {
                tableLines[i] = tableLines[i] with { Heading = ResultsTable.HeadingOf(blocks[i].Span(text)) };
            }
        }
    }

    private BlockPlan Classify(BlockDocument document, Page page)
    {
        var blocks = document.BlockArray;
        var survivors = page.Survivors;
        for (var i = 0; i < blocks.Length; i++)
        {
            survivors[i] = i;
        }

        page.SurvivorCount = blocks.Length;
        page.CountWords();
        var reasons = page.Reasons;
        var settled = blocks.Length == 0;
        for (var round = 0; round < MaxRounds && page.SurvivorCount > 0; round++)
        {
            if (ClassifyRound(page) == 0)
            {
                settled = true;
                break;
            }

            var kept = 0;
            foreach (var i in page.LiveSurvivors)
            {
                if (reasons[i] is null)
                {
                    survivors[kept++] = i;
                }
                else
                {
                    page.UncountWords(i);
                }
            }

            page.SurvivorCount = kept;
        }

        var edits = new List<BlockEdit>(blocks.Length - page.SurvivorCount);
        for (var i = 0; i < blocks.Length; i++)
        {
            if (reasons[i] is { } reason)
            {
                edits.Add(BlockEdit.RemoveBlock(document, i, reason));
            }
        }

        // Survivors on which a round removed nothing are a fixed point (not so when the rounds ran out),
        // and the decisions are a function of the ordered block texts: the stage need not ask again.
        if (!settled)
        {
            return new BlockPlan(edits, document.Metadata);
        }

        var survivingBlocks = new TextBlock[page.SurvivorCount];
        for (var k = 0; k < survivingBlocks.Length; k++)
        {
            survivingBlocks[k] = blocks[survivors[k]];
        }

        return new BlockPlan(edits, document.Metadata) { Settles = new SettledBlocks(document.Text, survivingBlocks) };
    }

    /// <summary>What the block says about itself, whatever its neighbours: a phrase, a pattern, a credit.</summary>
    /// <param name="mentionOnly">The reason is only a phrase that the block mentions in reported prose:
    /// <see cref="ConfirmMentions"/> decides from the block's place on the page.</param>
    /// <param name="block">The block's text as written.</param>
    /// <param name="key">The block's key: lower case, one space between words.</param>
    /// <param name="whole">What the phrase table gave for the whole key.</param>
    /// <param name="f">The block's features.</param>
    /// <param name="authors">The article's authors, as the metadata pass read them: a bio of one of them goes wherever it stands.</param>
    private string? OwnReason(ReadOnlySpan<char> block, ReadOnlySpan<char> key, (string Reason, bool Section)? whole, in BlockFeatures f,
        IReadOnlyList<string> authors, out bool mentionOnly)
    {
        mentionOnly = false;
        if (f.Words == 0 || IsFileName(block))
        {
            return R.NoWords;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.IsMatch(block))
            {
                return R.Custom;
            }
        }

        // An author's bio ("Jane Doe is a senior reporter at The Post…") goes wherever it stands when it is the
        // byline's author's; anyone else's may be the article's sentence about them ("Evan Gershkovich is a
        // reporter for The Wall Street Journal who…"), which goes only after the body (ConfirmMentions).
        var subject = default(Range);
        var bio = f.Words <= MaxBioWords && AuthorBio.IsAt(block, out subject);
        if (bio && IsAnyOf(block[subject], authors))
        {
            return R.AboutAuthor;
        }

        string? mentioned = bio ? R.AboutAuthor : null;
        if (_phrases.Match(key, whole, f.Words, out var inText) is { Section: false } phrase && !IsSentenceNotCredit(block, phrase.Reason, f))
        {
            // Any other blurb ("… writes a weekly column", "His latest book is …") is never the article reporting.
            if (!inText || (phrase.Reason == R.AboutAuthor && !bio) || (phrase.Reason != R.AboutAuthor && !IsReportedMention(block, f)))
            {
                return phrase.Reason;
            }

            // "The agency said its maps may not be reproduced without permission…", "The cover carries the
            // notice, "No part may be reproduced…"": a phrase the article attributes or quotes is its reporting
            // wherever it stands, the lead or the last paragraph.
            mentioned = phrase.Reason == R.AboutAuthor || !IsAttributedOrQuoted(block) ? phrase.Reason : mentioned;
        }

        if (f.HasCopyright && f.Words <= 40)
        {
            return R.Footer;
        }

        // "(Reporting by Jane Doe; Editing by John Roe)" where the metadata pass's footer does not reach: above a
        // results table, or with page furniture after it.
        if (MetadataPass.IsWireCredits(block))
        {
            return R.Credit;
        }

        if (LabelledFurniture(key, f) is { } labelled)
        {
            return labelled;
        }

        if (IsLabelledRelatedLink(block, key, f) || IsHeadlineInCapitals(block, f))
        {
            return R.RelatedLink;
        }

        if ((f.EndsWithPhotoCredit || HasCreditLabel(block)) && f.Words <= 60)
        {
            return R.Caption;
        }

        // "About / Advertise / Tip Us / Contact": items between separators, not a sentence.
        if (f.ItemSeparators >= 2 && !f.EndsSentence && f.Words <= 8 * (f.ItemSeparators + 1))
        {
            return R.ListOfLinks;
        }

        mentionOnly = mentioned is not null;
        return mentioned;
    }

    /// <summary>Furniture a site labels at a block's start or end, whatever its length: BBC's "Image caption …" and
    /// "Media caption …", a local paper's "… Submitted photo", a gallery's counter ("1 of 6"), an invitation to follow
    /// on a social network ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."). Not a click-to-tweet box
    /// ("… Click To Tweet"): its sentence is the article's, set out once.</summary>
    private static string? LabelledFurniture(ReadOnlySpan<char> key, in BlockFeatures f)
    {
        if (f.Words > MaxCaptionWords)
        {
            return null;
        }

        if (f.Words <= MaxFollowWords && key.StartsWith("follow ", StringComparison.Ordinal))
        {
            foreach (var network in (ReadOnlySpan<string>)[" twitter", " facebook", " instagram", " youtube", " tiktok", " linkedin"])
            {
                if (key.Contains(network, StringComparison.Ordinal))
                {
                    return R.Share;
                }
            }
        }

        if (key.StartsWith("image caption ", StringComparison.Ordinal) || key.StartsWith("media caption ", StringComparison.Ordinal) ||
            key.EndsWith(" submitted photo", StringComparison.Ordinal) || key.EndsWith(" contributed photo", StringComparison.Ordinal))
        {
            return R.Caption;
        }

        // "1 of 6": digits, " of ", digits
        var of = key.IndexOf(" of ", StringComparison.Ordinal);
        return f.Words == 3 && of > 0 && !key[..of].ContainsAnyExceptInRange('0', '9') && !key[(of + 4)..].ContainsAnyExceptInRange('0', '9')
            ? R.Widget
            : null;
    }

    /// <summary>A headline in capitals among the paragraphs ("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR
    /// AMERICAN DREAM", "GET FOX BUSINESS ON THE GO BY CLICKING HERE"): a link to another story or a promotion. An
    /// article's own subheading in capitals is a word or a few ("THE ECONOMY"); a sentence in capitals (a wire story
    /// set in capitals) ends like one. Scripts without case never match.</summary>
    private static bool IsHeadlineInCapitals(ReadOnlySpan<char> block, in BlockFeatures f)
    {
        if (f.Words is < MinCapitalsHeadlineWords or > 20 || f.EndsSentence)
        {
            return false;
        }

        var capitals = 0;
        foreach (var c in block)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2 * f.Words;
    }

    private const int MinCapitalsHeadlineWords = 6;

    /// <summary>"Related: Why the Fed is raising rates again", "READ MORE: …", "See also: …": a related-links
    /// header as the label of one link. Only related-link headers: "Latest: The storm made landfall" is a live
    /// blog's entry, and "More information: …" a paper's reference.</summary>
    private bool IsLabelledRelatedLink(ReadOnlySpan<char> block, ReadOnlySpan<char> key, in BlockFeatures f)
    {
        const int MaxLabelLength = 24;
        if (f.Words > MaxTeaserWords)
        {
            return false;
        }

        var colon = block[..Math.Min(block.Length, MaxLabelLength + 1)].IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        Span<char> label = stackalloc char[BlockFeatures.MaxKeyLength(colon)];
        Span<int> unused = stackalloc int[Stopwords.LanguageCount];
        var labelFeatures = BlockFeatures.Compute(block[..colon], unused, label, 0);
        var labelKey = labelFeatures.KeyIn(label);
        return labelFeatures.Words > 0 && labelFeatures.Words < f.Words && key.StartsWith(labelKey, StringComparison.Ordinal)
            && _phrases.MatchWhole(labelKey) is { Section: true, Reason: R.RelatedLink } && IsHeadlineNotSentence(block[(colon + 1)..]);
    }

    /// <summary>A link's text is a headline: "Related: the council also voted to…" goes on in lower case, and
    /// "Read more: The full report is available online." ends like a sentence; both are the article's prose.</summary>
    private static bool IsHeadlineNotSentence(ReadOnlySpan<char> linkText)
    {
        linkText = linkText.Trim();
        var firstWordEnd = linkText.IndexOfAny(' ', '\t');
        var firstWord = firstWordEnd < 0 ? linkText : linkText[..firstWordEnd];
        var lowerCaseWord = !firstWord.IsEmpty && char.IsLower(firstWord[0]) && !firstWord.ContainsAnyInRange('A', 'Z') // "iPhone" is a name
            && !firstWord.Contains("://", StringComparison.Ordinal) && !firstWord.StartsWith("www.", StringComparison.Ordinal);
        var endsSentence = linkText.EndsWith('.') && !linkText.EndsWith("...", StringComparison.Ordinal);
        return !lowerCaseWord && !endsSentence;
    }

    private static bool IsAnyOf(ReadOnlySpan<char> name, IReadOnlyList<string> names)
    {
        foreach (var candidate in names)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Video shows the crowd at the stop." and "Photos posted online showed…" start with a credit
    /// word and are the article's sentences; a credit sets its label apart ("Photo: …", "Photo by …").</summary>
    private static bool IsSentenceNotCredit(ReadOnlySpan<char> block, string reason, in BlockFeatures f) =>
        reason == R.Credit && f.EndsSentence && !CreditLine.IsAt(block);

    /// <summary>
    /// A sentence that merely mentions a furniture phrase may be the article's own: "Residents can sign up
    /// for text alerts, the agency said." Furniture addresses the reader ("Sign up for our newsletter",
    /// "We use cookies", "Please click here"), opens with the phrase ("Copyright 2023 …", "Subscribe now …";
    /// the phrase table tells) or carries a copyright sign; an article reports in the third person, and
    /// quotes whoever it likes. So a long sentence with none of these is only a mention.
    /// </summary>
    private static bool IsReportedMention(ReadOnlySpan<char> block, in BlockFeatures f) =>
        f.EndsSentence && f.Words >= MinMentionWords && !f.HasCopyright && !ReaderAddress.IsIn(block);

    /// <summary>A reporting verb or a quotation: the sentence tells what someone said, decided or printed.
    /// No notice reports or quotes itself.</summary>
    private static bool IsAttributedOrQuoted(ReadOnlySpan<char> block)
    {
        foreach (var verb in (ReadOnlySpan<string>)[" said", " says", " told ", "according to", " ruled", " wrote"])
        {
            if (block.Contains(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var open = block.IndexOfAny('"', '“');
        return open >= 0 && block[(open + 1)..].IndexOfAny('"', '”') >= 0;
    }

    /// <summary>
    /// A mentioned phrase (<see cref="Page.MentionOnly"/>) stands inside the body, between blocks of it:
    /// there it is the article talking. At the body's edges and outside it, the phrase's reason holds, so
    /// a newsletter blurb or a legal notice next to the article still goes. A bio of someone the byline does
    /// not name goes only after the body's last paragraph: a bio closes an article, and at its top or between
    /// its paragraphs the same shape is the article's ("Evan Gershkovich is a reporter for The Wall Street
    /// Journal who…").
    /// </summary>
    private static void ConfirmMentions(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, Span<string?> local, Span<bool> inBody)
    {
        var last = survivors.Length - 1;
        var lastParagraph = -1;
        for (var k = 0; k <= last; k++)
        {
            lastParagraph = inBody[k] && kinds[k] >= Kind.NearGood && !page.MentionOnly[survivors[k]] ? k : lastParagraph;
        }

        for (var k = 0; k <= last; k++)
        {
            var i = survivors[k];
            if (!page.MentionOnly[i] || local[k] is not null)
            {
                continue;
            }

            var holds = IsBioMention(page, i)
                ? k > lastParagraph
                : !(k > 0 && k < last && inBody[k - 1] && inBody[k] && inBody[k + 1]);
            if (!holds)
            {
                continue;
            }

            local[k] = page.OwnReasons[i];
            // A closing bio closes the body: the short lines after it are no article ("Have a news tip? Email…"),
            // but for a results table right under it, which the body's walk took as the story's.
            if (IsBioMention(page, i))
            {
                for (var j = k + 1 + ResultsTableAfter(survivors, page, kinds, local, k + 1); j <= last && inBody[j]; j++)
                {
                    inBody[j] = false;
                }
            }
        }
    }

    /// <summary>One name with no space in it that is a file's or an identifier's, never a sentence's word: what an
    /// image leaves as its text when its alternative text is its file's name ("dp3_1_en", "IMG_2041.jpg").</summary>
    private static bool IsFileName(ReadOnlySpan<char> block)
    {
        var name = block.Trim();
        if (name.Length is < 3 or > MaxFileNameLength || name.ContainsAny(' ', '\t'))
        {
            return false;
        }

        if (name.Contains('_') && char.IsLetterOrDigit(name[0]))
        {
            return true;
        }

        var dot = name.LastIndexOf('.');
        return dot > 0 && WordList.Contains(ImageExtensions, name[(dot + 1)..]);
    }

    private const int MaxFileNameLength = 80;

    private static readonly string[] ImageExtensions = ["jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif"];

    /// <summary>A photo's caption stands right above its credit line ("Photo: John Locher, AP", "Natalie Naccache |
    /// Bloomberg | Getty Images"), which sites print on a line of its own under it: both go. In aeb-dev's pages, none
    /// of the 19 blocks above such a line is the article's. A picture may come without a caption, though, its credit
    /// right under a paragraph: one that says or quotes someone, as news paragraphs do and captions hardly, stays.</summary>
    private static void MarkCaptionsAboveCredits(ReadOnlySpan<int> survivors, Page page, Span<Kind> kinds, Span<string?> local)
    {
        for (var k = 1; page.AnyCaptionCredit && k < survivors.Length; k++)
        {
            if (!page.CaptionCredit[survivors[k]])
            {
                continue;
            }

            local[k] ??= R.Credit;
            kinds[k] = Kind.Bad;
            if (local[k - 1] is null && page.MayBeCaption[survivors[k - 1]])
            {
                local[k - 1] = R.Caption;
                kinds[k - 1] = Kind.Bad;
            }
        }
    }

    private const int MaxFollowWords = 16;

    private const int MinCaptionWords = 5;
    private const int MaxCaptionWords = 60;

    /// <summary>A bio of someone the byline does not name (<see cref="AuthorBio"/>).</summary>
    private static bool IsBioMention(Page page, int block) => page.MentionOnly[block] && page.OwnReasons[block] == R.AboutAuthor;

    /// <summary>A caption signed inside: "… compared to its equivalent. Credit: ESA", "Photo: Reuters".</summary>
    private static bool HasCreditLabel(ReadOnlySpan<char> block)
    {
        // Every label ends with a colon: most blocks have none, and one vectorized scan says so.
        if (!block.Contains(':'))
        {
            return false;
        }

        foreach (var label in (ReadOnlySpan<string>)["Credit:", "Credits:", "Photo:", "Image:", "Photograph:", "Picture:", "Foto:", "Bild:"])
        {
            var at = block.IndexOf(label, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || block[at - 1] is ' ' or '(' or '|' or '.'))
            {
                return true;
            }
        }

        return false;
    }

    private enum Kind
    {
        Bad,
        Short,
        NearGood,
        Good,
    }

    /// <summary>One classification of the surviving blocks; marks removals in <see cref="Page.Reasons"/>
    /// and returns how many.</summary>
    private int ClassifyRound(Page page)
    {
        page.BeginRound();
        var (features, hits, languages, fixedReasons) = (page.Features, page.StopwordHits, page.Languages, page.OwnReasons);
        var survivors = page.LiveSurvivors;
        var n = survivors.Length;
        var language = PageLanguage(page, out var hasLanguage);

        // Repeats: short lines seen twice are page furniture everywhere; a long repeated paragraph is kept once.
        var keyIds = page.KeyIds;
        var seen = page.Seen;
        foreach (var i in survivors)
        {
            seen[keyIds[i]]++;
        }

        var kinds = page.Kinds.AsSpan(0, n);
        var local = page.Local.AsSpan(0, n);
        for (var k = 0; k < n; k++)
        {
            var i = survivors[k];
            var f = features[i];
            local[k] = page.MentionOnly[i] ? null : fixedReasons[i];
            // Repeats: a short line seen three times is page furniture. A short line seen twice (a headline
            // in a teaser box and again in a list) stays a short block: it goes with the body's edges or
            // with the copy that another rule removes. Repeated paragraphs are kept once, at the end.
            // A line that introduces a list is the article's, though its words name a menu's link too ("Dare to
            // Play 3:" over the game's features, and "Dare to Play 3" in every menu): keys leave the colon out.
            if (local[k] is null && f.Words <= MaxShortRepeatWords && seen[keyIds[i]] > 2 && !(f.EndsWithColon && f.Words >= 2))
            {
                local[k] = R.Duplicate;
            }

            var density = hasLanguage ? (double)hits[(i * languages) + language] / f.Words : (f.EndsSentence ? 1.0 : 0.0);
            kinds[k] = local[k] is not null ? Kind.Bad : Judge(f, density);
            if (kinds[k] == Kind.Bad)
            {
                local[k] ??= R.ListOfLinks;
            }
        }

        MarkCaptionsAboveCredits(survivors, page, kinds, local);
        var inBody = page.InBody.AsSpan(0, n);
        MainBody(survivors, page, kinds, local, inBody, _options.KeepShortLinesNextToBody);
        ConfirmMentions(survivors, page, kinds, local, inBody);
        MarkBylineAndStandfirst(survivors, page, kinds, local, inBody);
        MarkSections(survivors, page, kinds, local, inBody);
        MarkTeasers(survivors, features, local);
        MarkCopiesOfRemoved(survivors, page, local);

        var removed = 0;
        var keptRepeat = page.KeptRepeat;
        var reasons = page.Reasons;
        for (var k = 0; k < n; k++)
        {
            var i = survivors[k];
            var reason = local[k];
            if (reason is null && !inBody[k])
            {
                var keep = _options.KeepGoodOutsideBody && kinds[k] == Kind.Good;
                reason = keep ? null : kinds[k] == Kind.Short ? R.ShortOutsideBody : R.OutsideBody;
            }

            // A paragraph repeated (a pull quote, a summary above the article) is kept once: the first
            // copy that survives everything else.
            if (reason is null && seen[keyIds[i]] > 1)
            {
                reason = keptRepeat[keyIds[i]] ? R.Duplicate : null;
                keptRepeat[keyIds[i]] = true;
            }

            if (reason is not null)
            {
                reasons[i] = reason;
                removed++;
            }
        }

        return removed;
    }

    private Kind Judge(in BlockFeatures f, double density)
    {
        if (f.Chars >= _options.GoodLength && density >= _options.GoodStopwordDensity && (f.EndsSentence || f.Chars >= 3 * _options.GoodLength))
        {
            return Kind.Good;
        }

        if (f.Chars >= _options.NearGoodLength && density >= _options.NearGoodStopwordDensity && f.EndsSentence)
        {
            return Kind.NearGood;
        }

        // Long but hardly a stopword in it: a run of link titles or tags.
        if (f.Chars >= 2 * _options.GoodLength && density < _options.NearGoodStopwordDensity / 2)
        {
            return Kind.Bad;
        }

        return Kind.Short;
    }

    /// <summary>The stoplist that covers most of the surviving words (<see cref="Page.CountWords"/>); none
    /// when even the best covers too few (a language without a list, such as Japanese).</summary>
    private static int PageLanguage(Page page, out bool hasLanguage)
    {
        var totals = page.StopwordTotals;
        var best = 0;
        for (var l = 1; l < totals.Length; l++)
        {
            if (totals[l] > totals[best])
            {
                best = l;
            }
        }

        hasLanguage = page.WordTotal > 0 && totals[best] >= 0.12 * page.WordTotal;
        return best;
    }

    /// <summary>
    /// The main body: runs of surviving blocks whose score is highest (article paragraphs count for,
    /// short and bad blocks against; maximum-subarray runs found in one linear scan), the best run and
    /// any other run scoring at least <see cref="SecondaryRunShare"/> of it; then each run grows over the
    /// sentences right next to it (a one-sentence lead paragraph, a closing line). A block that only
    /// mentions a furniture phrase (<see cref="Page.MentionOnly"/>) scores nothing: it joins the paragraphs
    /// around it, but a run of legal notices cannot outscore the article.
    /// </summary>
    private static void MainBody(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, ReadOnlySpan<string?> local,
        Span<bool> inBody, bool keepShortLines)
    {
        var (features, mentionOnly, runs) = (page.Features, page.MentionOnly, page.Runs);
        var n = kinds.Length;
        double current = 0, runBest = 0;
        int start = 0, runEnd = -1;
        for (var k = 0; k < n; k++)
        {
            var words = features[survivors[k]].Words;
            var score = mentionOnly[survivors[k]] ? 0 : kinds[k] switch
            {
                Kind.Good => words,
                Kind.NearGood => words * SentenceWordScore,
                // a byline or a date stamp ("Published: Nov. 19, 2019, 6:18 p.m.") ends like a sentence but is none
                Kind.Short => page.BylineLike[survivors[k]] ? ShortPenalty : ShortScore(features[survivors[k]]),
                _ => -(3.0 + (Math.Min(words, 50) * 0.5)),
            };
            if (current <= 0)
            {
                if (runEnd >= 0)
                {
                    runs.Add((start, runEnd, runBest));
                }

                current = 0;
                runBest = 0;
                runEnd = -1;
                start = k;
            }

            current += score;
            if (current > runBest)
            {
                runBest = current;
                runEnd = k;
            }
        }

        if (runEnd >= 0)
        {
            runs.Add((start, runEnd, runBest));
        }

        var best = 0.0;
        foreach (var run in runs)
        {
            best = Math.Max(best, run.Score);
        }

        // Where the last body stretch's walk ended. Whether a block adjoins the body does not depend on the
        // stretch that reaches it, so a run that ends before that point lies inside a stretch already in the
        // body and would walk to the same end: it is skipped, which keeps many runs in a row linear.
        var bodyTo = -1;
        foreach (var (runStart, end, score) in runs)
        {
            if (score < SecondaryRunShare * best || end < bodyTo)
            {
                continue;
            }

            var first = runStart;
            while (first > 0 && !inBody[first - 1] && IsAdjoining(features[survivors[first - 1]], kinds[first - 1], local[first - 1], page.TableLines[survivors[first - 1]], keepShortLines))
            {
                first--;
            }

            var last = end;
            while (last + 1 < n)
            {
                if (IsAdjoining(features[survivors[last + 1]], kinds[last + 1], local[last + 1], page.TableLines[survivors[last + 1]], keepShortLines)
                    || IsListItemAfterColon(survivors, features, kinds, local, last + 1))
                {
                    last++;
                }
                else if (ResultsTableAfter(survivors, page, kinds, local, last + 1) is > 0 and var rows)
                {
                    last += rows;
                }
                else
                {
                    break;
                }
            }

            for (var k = first; k <= last; k++)
            {
                inBody[k] = true;
            }

            bodyTo = last + 1;
        }
    }

    /// <summary>
    /// A byline at the top of the body ("By", "Sarah E. Needleman", "Nov. 19, 2019 8:03 am ET") goes, and
    /// the standfirst above it (the summary under the headline) with it: the article starts below its byline.
    /// </summary>
    private static void MarkBylineAndStandfirst(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, Span<string?> local, ReadOnlySpan<bool> inBody)
    {
        var features = page.Features;
        var bodyStart = inBody.IndexOf(true);
        if (bodyStart < 0)
        {
            return;
        }

        var limit = Math.Min(survivors.Length, bodyStart + MaxStandfirstBlocks + 2);
        for (var k = bodyStart; k < limit; k++)
        {
            if (local[k] is not null || !page.BylineLike[survivors[k]])
            {
                continue;
            }

            local[k] = R.Byline;
            var paragraphsAbove = 0;
            for (var j = bodyStart; j < k; j++)
            {
                paragraphsAbove += kinds[j] >= Kind.NearGood ? 1 : 0;
            }

            if (paragraphsAbove <= MaxStandfirstBlocks)
            {
                for (var j = bodyStart; j < k; j++)
                {
                    local[j] ??= R.Standfirst;
                }
            }

            // The lines right under it are the rest of the byline: names, handles, the date.
            for (var j = k + 1; j < survivors.Length && local[j] is null && kinds[j] == Kind.Short && features[survivors[j]].Words <= 8
                && !features[survivors[j]].EndsSentence; j++)
            {
                local[j] = R.Byline;
            }

            return;
        }
    }

    private static bool IsBylineLike(ReadOnlySpan<char> block, ReadOnlySpan<char> key, in BlockFeatures f)
    {
        if (f.Words > 20)
        {
            return false;
        }

        // "By", or "By Jane Doe": a name (capitalized) right after the word.
        if (key.SequenceEqual("by"))
        {
            return true;
        }

        if (key.StartsWith("by ", StringComparison.Ordinal) && f.Words <= 8 && !f.EndsSentence)
        {
            var name = block[2..].TrimStart(" :");
            return !name.IsEmpty && char.IsUpper(name[0]);
        }

        // Each date word starts with p, u, l or f: one comparison turns most blocks away.
        if (key.IsEmpty || key[0] is not ('p' or 'u' or 'l' or 'f'))
        {
            return false;
        }

        foreach (var word in (ReadOnlySpan<string>)["published", "updated", "posted", "last updated", "first published"])
        {
            if (key.StartsWith(word, StringComparison.Ordinal) && DateText.TryFind(block, out _, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items of a list the article introduces with a colon ("Tour dates:"): the short blocks
    /// after a block that ends with ':' up to the next paragraph or piece of furniture.</summary>
    private static bool IsListItemAfterColon(ReadOnlySpan<int> survivors, BlockFeatures[] features, ReadOnlySpan<Kind> kinds, ReadOnlySpan<string?> local, int k)
    {
        if (local[k] is not null || kinds[k] != Kind.Short)
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && k - j <= MaxListItems; j--)
        {
            if (local[j] is not null)
            {
                return false;
            }

            if (features[survivors[j]].EndsWithColon)
            {
                return true;
            }

            if (kinds[j] != Kind.Short)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// How many blocks from <paramref name="k"/> on are a results table after the body, with the credits the page
    /// put between the last paragraph and the table (a bio, a photo's credit, a wire service's credits: at most
    /// <see cref="MaxCreditsBeforeTable"/>); 0 when no table follows. The credits go all the same, by their own reason.
    /// </summary>
    private static int ResultsTableAfter(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, ReadOnlySpan<string?> local, int k)
    {
        var credits = 0;
        while (k + credits < survivors.Length && credits < MaxCreditsBeforeTable && local[k + credits] is R.AboutAuthor or R.Credit or R.Caption)
        {
            credits++;
        }

        for (var skipped = 0; skipped <= credits; skipped++)
        {
            if (ResultsTableLength(survivors, page, kinds, local, k + skipped) is > 0 and var rows)
            {
                return skipped + rows;
            }
        }

        return 0;
    }

    /// <summary>
    /// How many blocks from <paramref name="k"/> on are a results table (<see cref="ResultsTable"/>): its
    /// optional heading (the columns' labels, "Pos. Driver Time"; a title, "Final results"; the article's
    /// "Results:") and at least <see cref="ResultsTable.MinRows"/> rows ranked one after another; 0 when none
    /// starts there. The table after a sports story's last paragraph is the story's; under a widget's title
    /// ("Standings", "Top movers") it is the page's, and so are price quotes the article does not introduce.
    /// </summary>
    private static int ResultsTableLength(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, ReadOnlySpan<string?> local, int k)
    {
        var lines = page.TableLines;
        var first = k;
        var introduced = k > 0 && page.Features[survivors[k - 1]].EndsWithColon;
        if (first < survivors.Length && !lines[survivors[first]].IsRow)
        {
            var heading = lines[survivors[first]].Heading;
            if (local[first] is not null || kinds[first] != Kind.Short || heading is ResultsTable.Heading.None or ResultsTable.Heading.Widget)
            {
                return 0;
            }

            introduced |= heading == ResultsTable.Heading.Introduction;
            first++;
        }

        var end = first;
        while (end < survivors.Length && local[end] is null && kinds[end] != Kind.Bad && lines[survivors[end]].IsRow
            && (introduced || !lines[survivors[end]].Quote)
            && (end == first || ResultsTable.Follows(lines[survivors[end - 1]], lines[survivors[end]])))
        {
            end++;
        }

        return end - first >= ResultsTable.MinRows ? end - k : 0;
    }

    /// <summary>The first block after the short lines from <paramref name="k"/> on is a paragraph of the body.</summary>
    private static bool ArticleResumesAfterList(ReadOnlySpan<Kind> kinds, ReadOnlySpan<bool> inBody, int k)
    {
        for (var j = k + 1; j < kinds.Length && j - k <= MaxListItems; j++)
        {
            if (kinds[j] != Kind.Short)
            {
                return inBody[j] && kinds[j] >= Kind.NearGood;
            }
        }

        return false;
    }

    /// <summary>A short sentence weighs for the body a little; a title-cased headline (a link to another
    /// article) against it more than other short lines.</summary>
    private static double ShortScore(in BlockFeatures f)
    {
        if (f.EndsSentence && f.Words >= 4)
        {
            return SentenceWordScore * f.Words;
        }

        return f.Words >= 4 && f.CapitalizedShare >= 0.7 ? 2 * ShortPenalty : ShortPenalty;
    }

    /// <summary>A block right next to a body run that joins it: a sentence (a closing "Nobody died." too) or a
    /// line of some length that introduces what follows; with <paramref name="keepShortLines"/>, any short line that is no furniture.
    /// A price quote adjoins nothing: the article lists quotes only after its colon (<see cref="IsListItemAfterColon"/>).</summary>
    private static bool IsAdjoining(in BlockFeatures f, Kind kind, string? reason, TableLine table, bool keepShortLines) =>
        reason is null && kind != Kind.Bad && !table.Quote && (keepShortLines ? f.Words >= 2 : (f.EndsSentence && f.Words >= 2) || (f.EndsWithColon && f.Words >= 4));

    /// <summary>A section header takes the link list under it: to the end of the page when little article
    /// text follows it, otherwise the headlines and teasers right after it.</summary>
    private static void MarkSections(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, Span<string?> local, ReadOnlySpan<bool> inBody)
    {
        var features = page.Features;
        var bodyStart = inBody.IndexOf(true);
        var bodyEnd = inBody.LastIndexOf(true);
        var goodWordsAfter = page.GoodWordsAfter;
        goodWordsAfter[kinds.Length] = 0;
        for (var k = kinds.Length - 1; k >= 0; k--)
        {
            goodWordsAfter[k] = goodWordsAfter[k + 1] + (kinds[k] >= Kind.NearGood && local[k] is null ? features[survivors[k]].Words : 0);
        }

        // The stretch the last header's walk covered: a later header inside it, on the same side of the
        // article's start, would walk part of it and mark nothing new (a block keeps the first reason), so
        // it does not walk. Many headers in a row ("Related" after "Related") stay linear.
        var walkedTo = -1;
        var walkedInArticle = false;
        for (var k = 0; k < kinds.Length; k++)
        {
            var f = features[survivors[k]];
            // An item of a list the article introduces ("Here is what changes:", "More buses") is no header,
            // when the article goes on after the list: at its end, "More from Metro" heads the links below.
            if (page.SectionHeaders[survivors[k]] is not { } header
                || (IsListItemAfterColon(survivors, features, kinds, local, k) && ArticleResumesAfterList(kinds, inBody, k)))
            {
                continue;
            }

            local[k] ??= header.Reason;
            var before = goodWordsAfter[0] - goodWordsAfter[k];
            var after = goodWordsAfter[k + 1];
            var inArticle = k > bodyStart;
            if (inArticle && (header.Reason == R.Comments || k > bodyEnd || after < SectionToEndShare * before))
            {
                for (var rest = k + 1; rest < kinds.Length; rest++)
                {
                    local[rest] ??= header.Reason;
                }

                return;
            }

            if (k < walkedTo && inArticle == walkedInArticle)
            {
                continue;
            }

            // In the middle of the article: headlines, each with at most one teaser sentence. Above the
            // article, headlines only: the line under the last one may be the article's own lead.
            var previousWasHeadline = false;
            var j = k + 1;
            for (; j < kinds.Length; j++)
            {
                var g = features[survivors[j]];
                if (IsListedHeadline(survivors, features, j))
                {
                    previousWasHeadline = true;
                }
                else if (inArticle && previousWasHeadline && ((g.Words <= MaxTeaserWords && kinds[j] != Kind.Good)
                    || (j + 1 < kinds.Length && IsListedHeadline(survivors, features, j + 1))))
                {
                    previousWasHeadline = false;
                }
                else
                {
                    break;
                }

                local[j] ??= header.Reason;
            }

            walkedTo = j;
            walkedInArticle = inArticle;
        }
    }

    /// <summary>Whether block <paramref name="k"/> of a list a section header introduced is one of its headlines: a
    /// headline-like line, or a question with a line of its card under it ("What made Joker so popular?" over its
    /// author's name). A question with a paragraph under it is the article's own subheading ("What happens next?").</summary>
    private static bool IsListedHeadline(ReadOnlySpan<int> survivors, BlockFeatures[] features, int k) =>
        features[survivors[k]].IsHeadlineLike ||
        (features[survivors[k]].IsShortQuestion && k + 1 < survivors.Length && features[survivors[k + 1]].IsHeadlineLike);

    /// <summary>"34 responses to …", "12 comments", "5 thoughts on …": the start of the comments.</summary>
    private static (string Reason, bool Section)? CommentsHeading(ReadOnlySpan<char> key, in BlockFeatures f)
    {
        if (key.IsEmpty || !char.IsAsciiDigit(key[0]))
        {
            return null;
        }

        var digits = key.IndexOfAnyExceptInRange('0', '9');
        if (digits <= 0 || f.Words > 16 || key[digits] != ' ')
        {
            return null;
        }

        var rest = key[(digits + 1)..];
        foreach (var word in (ReadOnlySpan<string>)["responses", "response", "comments", "comment", "replies", "reply", "thoughts on", "thought on", "reactions"])
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return (R.Comments, true);
            }
        }

        return null;
    }

    /// <summary>"About the author", "About Ascom", "Über Moritz Bachmann": the bio or company blurb that
    /// closes a post or a press release.</summary>
    private static (string Reason, bool Section)? AboutHeading(ReadOnlySpan<char> key, in BlockFeatures f)
    {
        if (f.Words is < 2 or > MaxAboutHeaderWords || !f.IsHeadlineLike || key[0] is not ('a' or 's' or 'ü' or 'à' or 'о'))
        {
            return null;
        }

        foreach (var word in (ReadOnlySpan<string>)["about ", "sobre ", "über ", "à propos de ", "a proposito di ", "acerca de ", "об ", "о "])
        {
            if (key.StartsWith(word, StringComparison.Ordinal))
            {
                return (R.AboutAuthor, true);
            }
        }

        return null;
    }

    /// <summary>A headline followed by a teaser cut short with an ellipsis is a link to another article.</summary>
    private static void MarkTeasers(ReadOnlySpan<int> survivors, BlockFeatures[] features, Span<string?> local)
    {
        for (var k = 1; k < survivors.Length; k++)
        {
            if (features[survivors[k]].EndsWithEllipsis && features[survivors[k - 1]].IsHeadlineLike)
            {
                local[k] ??= R.RelatedLink;
                local[k - 1] ??= R.RelatedLink;
            }
        }
    }

    /// <summary>A repeated line goes with its copy that another rule removed.</summary>
    private static void MarkCopiesOfRemoved(ReadOnlySpan<int> survivors, Page page, Span<string?> local)
    {
        var (seen, removedCopy) = (page.Seen, page.RemovedCopy);
        var any = false;
        for (var k = 0; k < survivors.Length; k++)
        {
            var i = survivors[k];
            if (local[k] is not null and not R.Duplicate && seen[page.KeyIds[i]] > 1 && page.Features[i].Words <= MaxShortRepeatWords)
            {
                removedCopy[page.KeyIds[i]] = true;
                any = true;
            }
        }

        for (var k = 0; any && k < survivors.Length; k++)
        {
            if (local[k] is null && removedCopy[page.KeyIds[survivors[k]]])
            {
                local[k] = R.Duplicate;
            }
        }
    }

    /// <summary>Phrases by how they match, built once per pass. Lookups take a block's key as a span and
    /// allocate nothing.</summary>
    private sealed class PhraseTable
    {
        private const int MaxContainsWords = 30;
        private const int MaxPrefixWords = 12;
        private const int MaxMoreHeaderWords = 4;
        private const int MaxLongHeaderWords = 8;

        /// <summary>Length of a count on a button in a key (" 12", " 1 024").</summary>
        private const int MaxCountChars = 12;

        /// <summary>Legal footers and author blurbs run long ("These statements have not been evaluated…").</summary>
        private const int MaxFooterWords = 90;

        /// <summary>A legal notice may run longer still: a market-data disclaimer is 150 words (<see cref="IsLegalNotice"/>).</summary>
        private const int MaxLegalNoticeWords = 300;

        /// <summary>Contains-phrases are found by their first <see cref="HeadLength"/> characters, packed in a
        /// <see cref="ulong"/>, so a block is scanned once, with one probe per word, however many phrases there are.</summary>
        private const int HeadLength = 4;

        private readonly Dictionary<string, (string Reason, bool Section)> _whole = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Reason, bool Section)>.AlternateLookup<ReadOnlySpan<char>> _wholeBySpan;
        /// <summary>Prefix phrases by first character, in their order: a block is compared with a handful.</summary>
        private readonly Dictionary<char, (string Key, string Reason)[]> _prefixByFirst;
        /// <summary>Section headers that may go on ("related coverage …"), by first character, in their order.</summary>
        private readonly Dictionary<char, (string Key, string Reason)[]> _sectionPrefixesByFirst;
        private readonly int _longestWhole;
        private readonly Dictionary<ulong, (string Key, string Reason)[]> _containsByHead = [];
        /// <summary>One bit per head hash: most words start no phrase, and one bit test says so.</summary>
        private readonly ulong[] _headFilter = new ulong[HeadFilterBits / 64];
        private const int HeadFilterBits = 1 << 14;
        /// <summary>Contains-phrases shorter than a head (none built in; options may add some).</summary>
        private readonly (string Key, string Reason)[] _shortContains;

        public PhraseTable(IEnumerable<BoilerplatePhrase> phrases)
        {
            var containsByHead = new Dictionary<ulong, List<(string Key, string Reason)>>();
            var prefixes = new List<(string Key, string Reason)>();
            var sectionPrefixes = new List<(string Key, string Reason)>();
            var shortContains = new List<(string Key, string Reason)>();
            foreach (var phrase in phrases)
            {
                ArgumentNullException.ThrowIfNull(phrase);
                var key = BlockFeatures.NormalizedKey(phrase.Text);
                if (key.Length == 0)
                {
                    continue;
                }

                switch (phrase.Match)
                {
                    case PhraseMatch.Whole:
                        _whole.TryAdd(key, (phrase.Reason, false));
                        break;
                    case PhraseMatch.SectionHeader:
                        // A section header outranks the same words as a lone line of furniture.
                        if (!_whole.TryGetValue(key, out var existing) || !existing.Section)
                        {
                            _whole[key] = (phrase.Reason, true);
                        }

                        // One-word headers ("Related", "Latest") start too many ordinary lines to match as prefixes.
                        if (key.Contains(' '))
                        {
                            sectionPrefixes.Add((key, phrase.Reason));
                        }

                        break;
                    case PhraseMatch.Prefix:
                        prefixes.Add((phrase.Text.EndsWith(' ') ? key + " " : key, phrase.Reason));
                        break;
                    case PhraseMatch.Contains when key.Length < HeadLength:
                        shortContains.Add((key, phrase.Reason));
                        break;
                    case PhraseMatch.Contains:
                        var head = Head(key);
                        if (!containsByHead.TryGetValue(head, out var bucket))
                        {
                            containsByHead[head] = bucket = [];
                            _headFilter[FilterBit(head) >> 6] |= 1ul << FilterBit(head);
                        }

                        bucket.Add((key, phrase.Reason));
                        break;
                }
            }

            foreach (var (head, bucket) in containsByHead)
            {
                _containsByHead[head] = [.. bucket];
            }

            _shortContains = [.. shortContains];
            _wholeBySpan = _whole.GetAlternateLookup<ReadOnlySpan<char>>();
            _longestWhole = _whole.Keys.Max(k => (int?)k.Length) ?? 0;
            _prefixByFirst = ByFirstCharacter(prefixes);
            _sectionPrefixesByFirst = ByFirstCharacter(sectionPrefixes);
        }

        private static Dictionary<char, (string Key, string Reason)[]> ByFirstCharacter(List<(string Key, string Reason)> phrases) =>
            phrases.GroupBy(p => p.Key[0]).ToDictionary(g => g.Key, g => g.ToArray());

        /// <summary>The phrase that is the whole block, if any: the first thing both lookups below ask. A
        /// button may carry its count ("Share 12", "Comments (34)", "Tweet 5").</summary>
        public (string Reason, bool Section)? MatchWhole(ReadOnlySpan<char> key)
        {
            if (key.Length > _longestWhole + MaxCountChars)
            {
                return null;
            }

            if (_wholeBySpan.TryGetValue(key, out var whole))
            {
                return whole;
            }

            // The count is the digits and spaces at the end ("1,024" is "1 024" in a key). A button goes alone:
            // "Comments 34" in a share bar after the lead paragraph is no header that takes the rest of the page.
            var phraseEnd = key.TrimEnd("0123456789 ").Length;
            return phraseEnd > 0 && phraseEnd < key.Length && key[phraseEnd] == ' ' && key.Length - phraseEnd <= MaxCountChars
                && _wholeBySpan.TryGetValue(key[..phraseEnd], out var counted) && counted.Reason is R.Share or R.Comments ? (counted.Reason, false) : null;
        }

        /// <param name="allowLongHeader">The block does not end like a sentence, so it may be a header
        /// that starts with a section phrase and goes on ("Related coverage from Money:").</param>
        /// <param name="key">The block's key: lower case, one space between words.</param>
        /// <param name="words">The block's word count.</param>
        /// <param name="whole">What <see cref="MatchWhole"/> gave for <paramref name="key"/>.</param>
        /// <param name="inText">The phrase was found inside the block (a contains-phrase) after its first
        /// word: not as the whole block, its header or its opening words (a label, a call to action).</param>
        public (string Reason, bool Section)? Match(ReadOnlySpan<char> key, (string Reason, bool Section)? whole, int words, out bool inText, bool allowLongHeader = false)
        {
            inText = false;
            if (whole is not null)
            {
                return whole;
            }

            if (MatchHeaderStart(key, words, allowLongHeader) is { } header)
            {
                return header;
            }

            if (words <= MaxPrefixWords && !key.IsEmpty && _prefixByFirst.TryGetValue(key[0], out var prefixes))
            {
                foreach (var (prefix, reason) in prefixes)
                {
                    if (key.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return (reason, false);
                    }
                }
            }

            if (words <= MaxFooterWords)
            {
                var found = MatchContains(key, footersOnly: words > MaxContainsWords, out var at, out _);
                inText = found is not null && at > 0;
                return found;
            }

            if (words <= MaxLegalNoticeWords && IsLegalNotice(key, out var noticeAt))
            {
                inText = noticeAt > 0;
                return (R.Footer, false);
            }

            return null;
        }

        /// <summary>A legal notice longer than <see cref="MaxFooterWords"/>, such as a market-data page's disclaimer
        /// ("Most stock quote data provided by BATS… All rights reserved… registered trademarks of…"): two different
        /// footer phrases at least, which a long paragraph of an article hardly has. <paramref name="at"/>: where
        /// the first starts.</summary>
        private bool IsLegalNotice(ReadOnlySpan<char> key, out int at)
        {
            if (MatchContains(key, footersOnly: true, out at, out var first) is not { Reason: R.Footer })
            {
                return false;
            }

            for (var from = at + first.Length; from < key.Length;)
            {
                if (MatchContains(key[from..], footersOnly: true, out var next, out var phrase) is not { } found)
                {
                    return false;
                }

                if (found.Reason == R.Footer && phrase != first)
                {
                    return true;
                }

                from += next + phrase.Length;
            }

            return false;
        }

        /// <summary>What <see cref="Match"/> gives when it is a section header, and null otherwise: the rules
        /// after the header rules only ever give furniture, so they are not run.</summary>
        public (string Reason, bool Section)? MatchSectionHeader(ReadOnlySpan<char> key, (string Reason, bool Section)? whole, int words, bool allowLongHeader)
        {
            if (whole is { } found)
            {
                return found.Section ? found : null;
            }

            return MatchHeaderStart(key, words, allowLongHeader);
        }

        private (string Reason, bool Section)? MatchHeaderStart(ReadOnlySpan<char> key, int words, bool allowLongHeader)
        {
            // "More Washington Examiner", "More in Politics": a short "more …" line heads a link list.
            if (words is >= 2 and <= MaxMoreHeaderWords && key.StartsWith("more ", StringComparison.Ordinal))
            {
                return (R.RelatedLink, true);
            }

            // "Related coverage from Money:", "Read more from our desk": a header phrase that goes on.
            if (words <= MaxLongHeaderWords && allowLongHeader && !key.IsEmpty && _sectionPrefixesByFirst.TryGetValue(key[0], out var headers))
            {
                foreach (var (header, reason) in headers)
                {
                    if (key.StartsWith(header, StringComparison.Ordinal) && key.Length > header.Length && key[header.Length] == ' ')
                    {
                        return (reason, true);
                    }
                }
            }

            return null;
        }

        /// <summary>A phrase starting at a word start of <paramref name="key"/>; it must end at a word end,
        /// unless it is long enough to be unambiguous ("subscribe" in "subscribed").</summary>
        private (string Reason, bool Section)? MatchContains(ReadOnlySpan<char> key, bool footersOnly, out int at, out string phrase)
        {
            phrase = "";
            for (at = 0; at < key.Length;)
            {
                var rest = key[at..];
                if (rest.Length >= HeadLength)
                {
                    var head = Head(rest);
                    var bit = FilterBit(head);
                    if ((_headFilter[bit >> 6] & (1ul << bit)) != 0 && _containsByHead.TryGetValue(head, out var bucket))
                    {
                        foreach (var (candidate, reason) in bucket)
                        {
                            if ((!footersOnly || IsLongBlockReason(reason)) && rest.StartsWith(candidate, StringComparison.Ordinal)
                                && (rest.Length == candidate.Length || rest[candidate.Length] == ' ' || candidate.Length >= 6))
                            {
                                phrase = candidate;
                                return (reason, false);
                            }
                        }
                    }
                }

                foreach (var (candidate, reason) in _shortContains)
                {
                    if ((!footersOnly || IsLongBlockReason(reason)) && rest.StartsWith(candidate, StringComparison.Ordinal)
                        && (rest.Length == candidate.Length || rest[candidate.Length] == ' '))
                    {
                        phrase = candidate;
                        return (reason, false);
                    }
                }

                // The next word: keys hold one space between words, and words are short, so a plain loop
                // beats a vectorized search started once per word.
                while (at < key.Length && key[at] != ' ')
                {
                    at++;
                }

                at++;
            }

            at = -1;
            return null;
        }

        private static ulong Head(ReadOnlySpan<char> key) =>
            key[0] | ((ulong)key[1] << 16) | ((ulong)key[2] << 32) | ((ulong)key[3] << 48);

        private static int FilterBit(ulong head) => (int)((head * 0x9E3779B97F4A7C15ul) >> (64 - 14));

        /// <summary>Legal footers and author blurbs run long; their phrases are looked for in longer blocks too.</summary>
        private static bool IsLongBlockReason(string reason) => reason is R.Footer or R.AboutAuthor;
    }
}
