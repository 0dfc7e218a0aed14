namespace TextClean.Blocks;

/// <summary>
/// What a byline names after an author besides other authors: the outlet ("Reuters", "The Washington Post",
/// "El País") and the dateline's place ("New York", "LONDON", "Austin, Texas"). Both are told by their shape, so
/// an outlet or a city the lists below lack is still no author; the lists hold the words that make the shape.
/// </summary>
internal static class BylineParts
{
    /// <summary>Words that make an outlet's name wherever they stand: no person is called "News" or "Tribune".</summary>
    private static readonly HashSet<string> OutletWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "times", "business", "journal", "magazine", "daily", "weekly", "herald", "tribune", "gazette",
        "chronicle", "telegraph", "radio", "television", "tv", "network", "media", "agency", "wire", "service", "bureau",
        "desk", "online", "newspaper", "newsroom", "reuters", "bloomberg", "associated", "review", "today",
        "axios", "politico", "xinhua", "kyodo", "yonhap", "interfax", "bernama", "anadolu", // agencies named alone
        "insider", "group", "politics", "sports", "university", "institute", "foundation", "special", "guardian",
        "observer", "examiner", "inquirer", "courier", "dispatch", "sentinel", "bulletin",
        "agence", "agencia", "agenzia", "presse", "prensa", "zeitung", "deutsche", "noticias", "notizie", // outlets elsewhere
        "institution", "center", "centre", "council", "college", "school", "society", "association", // an expert's employer
    };

    /// <summary>Outlet words that are also surnames ("Emily Post", "Jane Press", "John Standard"): an outlet only
    /// in an outlet's shape, never as the last word of a first name and a surname between other authors, nor after
    /// a common given name (<see cref="CommonGivenNames"/>).</summary>
    private static readonly HashSet<string> SurnameOutletWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "post", "press", "standard", "mirror", "express", "independent", "report", "star", "sun", "mail",
    };

    /// <summary>Articles that open an outlet's name in other languages ("El País", "Le Monde", "Der Spiegel",
    /// "Al Jazeera", "Al-Monitor", "L'Équipe"). No English name starts with one but for those in
    /// <see cref="IsNameToo"/>.</summary>
    private static readonly HashSet<string> ForeignArticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "el", "la", "le", "les", "l'", "der", "die", "das", "il", "lo", "de", "het", "al", "o",
    };

    /// <summary>First words of multi-word places ("New York", "Los Angeles", "San Francisco", "St. Louis",
    /// "Fort Worth", "South Korea", "United Kingdom"), none of them a first name.</summary>
    private static readonly HashSet<string> PlacePrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "los", "las", "san", "santa", "santo", "são", "sao", "st.", "st", "ste.", "saint", "fort", "ft.", "port",
        "puerto", "porto", "mount", "mt.", "cape", "north", "south", "east", "west", "northern", "southern", "eastern",
        "western", "central", "united", "greater",
    };

    /// <summary>Last words of multi-word places ("Mexico City", "Palm Beach", "Colorado Springs").</summary>
    private static readonly HashSet<string> PlaceSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "beach", "springs", "falls", "heights", "island", "islands", "harbor", "harbour", "valley", "county",
    };

    /// <summary>Datelines of two words that neither list tells: the world's news capitals as the AP and Reuters
    /// datelines name them. A single word needs no list: after a name's comma it is no second author.</summary>
    private static readonly HashSet<string> TwoWordPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "hong kong", "tel aviv", "buenos aires", "kuala lumpur", "abu dhabi", "addis ababa", "phnom penh", "sri lanka",
        "costa rica", "saudi arabia", "sierra leone", "el salvador", "des moines", "little rock", "baton rouge",
        "rio de janeiro", "dar es salaam", "gaza strip", "ho chi minh city", "la paz", "le havre",
    };

    /// <summary>Given names common in English bylines, for "By Jane Doe, Tom Sun": a given name before a surname-like
    /// outlet word makes a person. Names that are also a paper's city ("Austin", "Jackson", "Charlotte", "Marion",
    /// "Eugene", "Lincoln": the Jackson Sun, the Marion Star) are left out, so those stay outlets.</summary>
    private static readonly HashSet<string> CommonGivenNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "tom", "charles",
        "chris", "christopher", "daniel", "dan", "matthew", "matt", "anthony", "mark", "donald", "steven", "steve",
        "paul", "andrew", "andy", "joshua", "josh", "kevin", "brian", "george", "timothy", "tim", "ronald", "edward",
        "ed", "jason", "jeffrey", "jeff", "ryan", "jacob", "gary", "nicholas", "nick", "eric", "jonathan", "stephen",
        "larry", "justin", "scott", "brandon", "benjamin", "ben", "samuel", "sam", "gregory", "greg", "frank",
        "alexander", "alex", "patrick", "peter", "pete", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam",
        "henry", "nathan", "zachary", "kyle", "noah", "ethan", "jeremy", "walter", "christian", "keith", "roger",
        "terry", "sean", "gerald", "carl", "harold", "arthur", "lawrence", "jesse", "joe", "bryan", "billy", "bruce",
        "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "vincent", "russell", "louis",
        "bobby", "philip", "phil", "johnny", "bill", "bob", "mike", "jim", "tony", "ali", "mohammed", "omar", "raj",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "liz", "barbara", "susan", "jessica", "sarah", "sara",
        "karen", "lisa", "nancy", "betty", "sandra", "margaret", "ashley", "kimberly", "kim", "emily", "donna",
        "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "helen", "sharon",
        "cynthia", "kathleen", "amy", "anna", "ann", "anne", "angela", "shirley", "brenda", "pamela", "nicole",
        "emma", "samantha", "katherine", "kate", "katie", "christine", "rachel", "janet", "catherine", "maria",
        "heather", "diane", "julie", "joyce", "olivia", "kelly", "lauren", "joan", "evelyn", "judith", "megan",
        "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "sophia", "julia", "grace",
        "rose", "ruth", "alice", "jane", "claire", "jenny", "jen", "ellen", "lucy", "sophie", "natalie", "kathryn",
        "priya", "mei", "yuki", "leila", "fatima", "elena", "ana", "sofia", "lena", "nina", "tina",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNameLookup = CommonGivenNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletWordLookup = OutletWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SurnameOutletWordLookup = SurnameOutletWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignArticleLookup = ForeignArticles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrefixLookup = PlacePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceSuffixLookup = PlaceSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TwoWordPlaceLookup = TwoWordPlaces.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An outlet's name: a word no person has ("Bloomberg News", "Kyodo News"), a foreign article before a
    /// capitalized word ("El País", "Der Spiegel"), or a surname-like outlet word ("Post", "Press") where a name
    /// cannot stand: after "The", after an outlet word ("Associated Press"), in three words or more ("South China
    /// Morning Post"), or as the byline's last part (<paramref name="endsByline"/>), where bylines put the outlet
    /// ("By Jane Doe, Washington Post"). Between authors, "Emily Post" is a person.
    /// </summary>
    public static bool IsOutletName(ReadOnlySpan<char> part, bool endsByline)
    {
        var words = 0;
        var surnameWordAt = -1;
        var articleFirst = false;
        var ambiguousArticle = false;
        var givenNameFirst = false;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (OutletWordLookup.Contains(word))
            {
                return true;
            }

            if (words == 0)
            {
                givenNameFirst = GivenNameLookup.Contains(word);
                var article = ArticleOf(word);
                articleFirst = ForeignArticleLookup.Contains(article) && (article.Length < word.Length || part.Length > word.Length);
                ambiguousArticle = article.Length == word.Length && IsNameToo(article);
            }

            if (SurnameOutletWordLookup.Contains(word))
            {
                surnameWordAt = words;
            }

            words++;
        }

        if (articleFirst && (words >= 2 || !ambiguousArticle))
        {
            return !ambiguousArticle || endsByline;
        }

        // "Tom Sun", "Mary Post": a common given name and a surname, last in the byline or not, are a person.
        var givenNameAndSurname = words == 2 && surnameWordAt == 1 && givenNameFirst;
        return surnameWordAt >= 0 && (endsByline || words >= 3 || surnameWordAt == 0) && !givenNameAndSurname;

        // "Al-Monitor", "L'Équipe": the article joined to the name.
        static ReadOnlySpan<char> ArticleOf(ReadOnlySpan<char> word)
        {
            var joint = word.IndexOfAny('-', '\'', '’');
            return joint <= 0 ? word : word[joint] == '-' ? word[..joint] : word[..(joint + 1)];
        }
    }

    /// <summary>"Al Gore", "Le Minh" (a Vietnamese surname first), "De Ann", "La Toya", "O Briain": these articles
    /// open names too, so as a word of their own they make an outlet only where bylines put it, last.</summary>
    private static bool IsNameToo(ReadOnlySpan<char> article) =>
        article.Equals("al", StringComparison.OrdinalIgnoreCase) || article.Equals("le", StringComparison.OrdinalIgnoreCase)
        || article.Equals("de", StringComparison.OrdinalIgnoreCase) || article.Equals("la", StringComparison.OrdinalIgnoreCase)
        || article.Equals("o", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A dateline's place of more than one word after a byline's comma: a place's first word ("New York", "Los
    /// Angeles", "St. Louis", "South Korea"), a place's last word ("Mexico City", "Palm Beach"), or one of
    /// <see cref="TwoWordPlaces"/>, in any case ("NEW YORK"). One word needs no test: no second author is one word.
    /// </summary>
    public static bool IsDatelinePlace(ReadOnlySpan<char> part)
    {
        var firstSpace = part.IndexOf(' ');
        if (firstSpace <= 0 || part.Length > 40)
        {
            return false;
        }

        var lastSpace = part.LastIndexOf(' ');
        return PlacePrefixLookup.Contains(part[..firstSpace]) || PlaceSuffixLookup.Contains(part[(lastSpace + 1)..])
            || TwoWordPlaceLookup.Contains(part);
    }

    /// <summary>Any word of <paramref name="part"/> is an outlet's ("BBC NEWS"), which keeps capitals as written.</summary>
    public static bool HasOutletWord(ReadOnlySpan<char> part)
    {
        foreach (var range in part.Split(' '))
        {
            if (OutletWordLookup.Contains(part[range]))
            {
                return true;
            }
        }

        return false;
    }
}
