using R = TextClean.Blocks.BoilerplateReasons;

namespace TextClean.Blocks;

// What a block says about itself, whatever its neighbours: OwnReason and the shapes it asks about, read once per
// distinct block text.
public sealed partial class BoilerplatePass
{
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
        if (f.Words == 0 || IsFileName(block) || IsBareIdentifier(block) || IsTimeCode(block))
        {
            return R.NoWords;
        }

        if (f.Words <= MaxEditStampWords && EditStamp.IsLine(block))
        {
            return R.Widget; // "Updated at 12.03pm GMT" over a live blog's entry
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
            var reported = phrase.Reason != R.AboutAuthor && IsReportedMention(block, f);

            // "“Subscribe to the idea that cuts are painless,” one of them told…", "Copyright in the data was ruled
            // last year to belong to the public": a phrase that opens a sentence the article quotes or attributes is
            // its reporting, as it is further in
            if (phrase.Reason != R.AboutAuthor &&
                ((!inText && reported && IsAttributedOrQuoted(block)) || IsAttributedQuotation(block, f)))
            {
                // the article's sentence
            }
            else if (!inText || (phrase.Reason == R.AboutAuthor && !bio) || (phrase.Reason != R.AboutAuthor && !reported))
            {
                return phrase.Reason;
            }
            else
            {
                // "The agency said its maps may not be reproduced without permission…", "The cover carries the
                // notice, "No part may be reproduced…"": a phrase the article attributes or quotes is its reporting
                // wherever it stands, the lead or the last paragraph.
                mentioned = phrase.Reason == R.AboutAuthor || !IsAttributedOrQuoted(block) ? phrase.Reason : mentioned;
            }
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

        // "1 of 6": digits, " of ", digits (the word count first: most blocks are not scanned for " of ")
        if (f.Words != 3)
        {
            return null;
        }

        var of = key.IndexOf(" of ", StringComparison.Ordinal);
        return of > 0 && !key[..of].ContainsAnyExceptInRange('0', '9') && !key[(of + 4)..].ContainsAnyExceptInRange('0', '9') ? R.Widget : null;
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

    /// <summary>A sentence that opens with a quotation and names who said it after the quote closes: ""We accept all
    /// cookies, biscuits, whatever people can bring," volunteer Dot Reilly said." Furniture is never a quotation
    /// with its speaker, whatever words the quote holds or whoever tells it ("one of them told my colleague").</summary>
    private static bool IsAttributedQuotation(ReadOnlySpan<char> block, in BlockFeatures f)
    {
        var text = block.TrimStart();
        if (!f.EndsSentence || f.Words < MinQuotationWords || text.IsEmpty || text[0] is not ('"' or '“'))
        {
            return false;
        }

        var close = text[1..].IndexOfAny('"', '”');
        if (close < 0)
        {
            return false;
        }

        var attribution = text[(close + 2)..];
        foreach (var verb in (ReadOnlySpan<string>)[" said", " says", " told ", " added", " asked", " wrote"])
        {
            if (attribution.Contains(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A quotation with its speaker runs to a clause at least: "“Sign up,” she said." is a button's words.</summary>
    private const int MinQuotationWords = 8;

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

    /// <summary>A line of nothing but a long run of digits: an element's id or a time stamp the scrape kept as text
    /// ("191119052250266" between two of Al Jazeera's paragraphs). Amounts, years and scores are shorter or
    /// punctuated.</summary>
    private static bool IsBareIdentifier(ReadOnlySpan<char> block)
    {
        var text = block.Trim();
        return text.Length >= MinIdentifierDigits && !text.ContainsAnyExceptInRange('0', '9');
    }

    private const int MinIdentifierDigits = 9;

    /// <summary>The most words of a line <see cref="EditStamp"/> is asked about (its labels and numbers count).</summary>
    private const int MaxEditStampWords = 16;

    /// <summary>A line of nothing but a player's time code: "02:15", "1:02:33" under a video's title.</summary>
    private static bool IsTimeCode(ReadOnlySpan<char> block)
    {
        var text = block.Trim();
        if (text.Length is < 4 or > 8)
        {
            return false;
        }

        // one or two digits, then one or two groups of ":" and two digits
        var colon = text.IndexOf(':');
        if (colon is < 1 or > 2 || text[..colon].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        for (var at = colon; at < text.Length; at += 3)
        {
            if (at + 3 > text.Length || text[at] != ':' || text.Slice(at + 1, 2).ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] ImageExtensions = ["jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif"];

    private const int MaxFollowWords = 16;

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

    /// <summary>"More:" on a line of its own heads the links inside an article (Al Jazeera's "More:" and three
    /// headlines); "More" alone is a menu's button, which goes as navigation and heads nothing.</summary>
    private static (string Reason, bool Section)? MoreHeading(ReadOnlySpan<char> key, in BlockFeatures f) =>
        f.EndsWithColon && key.SequenceEqual("more") ? (R.RelatedLink, true) : null;

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
}
