namespace TextClean.Dates;

/// <summary>English word lists for the date grammar.</summary>
internal static class EnglishDateWords
{
    public static DateLanguage Build()
    {
        var b = new DateLanguage.Builder("en", monthFirst: true);
        string[][] months =
        [
            ["January"], ["February"], ["March"], ["April"], ["May"], ["June"], ["July"], ["August"],
            ["September"], ["October"], ["November"], ["December"],
        ];
        string[][] monthAbbreviations =
        [
            ["Jan"], ["Feb"], ["Mar"], ["Apr"], [], ["Jun"], ["Jul"], ["Aug"], ["Sep", "Sept"], ["Oct"], ["Nov"], ["Dec"],
        ];
        for (var m = 0; m < 12; m++)
        {
            b.Add(WordClass.Month, m + 1, months[m]);
            b.Add(WordClass.MonthAbbrev, m + 1, monthAbbreviations[m]);
        }

        string[] weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        string[][] weekdayAbbreviations =
            [["Mon"], ["Tue", "Tues"], ["Wed"], ["Thu", "Thur", "Thurs"], ["Fri"], ["Sat"], ["Sun"]];
        for (var d = 0; d < 7; d++)
        {
            b.Add(WordClass.Weekday, d + 1, weekdays[d]);
            b.Add(WordClass.WeekdayAbbrev, d + 1, weekdayAbbreviations[d]);
            b.Add(WordClass.WeekdayPlural, d + 1, weekdays[d] + "s");
        }

        b.Add(WordClass.Season, (int)Season.Spring, "spring")
         .Add(WordClass.Season, (int)Season.Summer, "summer")
         .Add(WordClass.Season, (int)Season.Fall, "fall", "autumn")
         .Add(WordClass.Season, (int)Season.Winter, "winter");

        b.Add(WordClass.PartOfDay, (int)PartOfDay.Morning, "morning")
         .Add(WordClass.PartOfDay, (int)PartOfDay.Afternoon, "afternoon")
         .Add(WordClass.PartOfDay, (int)PartOfDay.Evening, "evening")
         .Add(WordClass.PartOfDay, (int)PartOfDay.Night, "night");

        (TimeUnit Unit, string Singular, string Plural)[] units =
        [
            (TimeUnit.Second, "second", "seconds"), (TimeUnit.Minute, "minute", "minutes"), (TimeUnit.Hour, "hour", "hours"),
            (TimeUnit.Day, "day", "days"), (TimeUnit.Weekend, "weekend", "weekends"), (TimeUnit.Week, "week", "weeks"),
            (TimeUnit.Fortnight, "fortnight", "fortnights"), (TimeUnit.Month, "month", "months"),
            (TimeUnit.Quarter, "quarter", "quarters"), (TimeUnit.Year, "year", "years"),
            (TimeUnit.Decade, "decade", "decades"), (TimeUnit.Century, "century", "centuries"),
        ];
        foreach (var (unit, singular, plural) in units)
        {
            b.Add(WordClass.Unit, (int)unit, singular).Add(WordClass.UnitPlural, (int)unit, plural);
        }

        b.Add(WordClass.Unit, (int)TimeUnit.Minute, "min").Add(WordClass.UnitPlural, (int)TimeUnit.Minute, "mins")
         .Add(WordClass.Unit, (int)TimeUnit.Hour, "hr").Add(WordClass.UnitPlural, (int)TimeUnit.Hour, "hrs")
         .Add(WordClass.Unit, (int)TimeUnit.Year, "yr").Add(WordClass.UnitPlural, (int)TimeUnit.Year, "yrs");

        string[] cardinals =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (var n = 1; n < cardinals.Length; n++)
        {
            b.Add(WordClass.Cardinal, n, cardinals[n]);
        }

        b.Add(WordClass.Cardinal, 30, "thirty").Add(WordClass.Cardinal, 40, "forty").Add(WordClass.Cardinal, 50, "fifty")
         .Add(WordClass.Cardinal, 60, "sixty").Add(WordClass.Cardinal, 70, "seventy").Add(WordClass.Cardinal, 80, "eighty")
         .Add(WordClass.Cardinal, 90, "ninety").Add(WordClass.Cardinal, 100, "hundred");

        string[] ordinals =
        [
            "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth", "twenty-first",
        ];
        for (var n = 1; n < ordinals.Length - 1; n++)
        {
            b.Add(WordClass.Ordinal, n, ordinals[n]);
        }

        b.Add(WordClass.Deictic, 0, "yesterday").Add(WordClass.Deictic, 1, "today").Add(WordClass.Deictic, 2, "tomorrow")
         .Add(WordClass.Tonight, 0, "tonight");

        // Only the words that name a time nearly always (TimeBank annotates "soon" or "previously" rarely).
        b.Add(WordClass.Reference, (int)RefValue.Present, "now", "currently", "nowadays")
         .Add(WordClass.Reference, (int)RefValue.Past, "recently", "lately")
         .Add(WordClass.Reference, (int)RefValue.Future, "future");

        b.Add(WordClass.SetAdverb, (int)TimeUnit.Day, "daily")
         .Add(WordClass.SetAdverb, (int)TimeUnit.Week, "weekly")
         .Add(WordClass.SetAdverb, (int)TimeUnit.Month, "monthly")
         .Add(WordClass.SetAdverb, (int)TimeUnit.Year, "annually", "yearly")
         .Add(WordClass.SetAdverb, (int)TimeUnit.Hour, "hourly");

        (Cue Cue, string[] Words)[] cues =
        [
            (Cue.The, ["the"]), (Cue.Of, ["of"]), (Cue.A, ["a", "an"]), (Cue.In, ["in"]), (Cue.On, ["on"]),
            (Cue.At, ["at"]), (Cue.And, ["and"]),
            (Cue.Last, ["last"]), (Cue.Next, ["next"]), (Cue.This, ["this"]), (Cue.Coming, ["coming"]),
            (Cue.Past, ["past"]), (Cue.Previous, ["previous", "prior"]), (Cue.Following, ["following"]),
            (Cue.Recent, ["recent"]), (Cue.Current, ["current"]), (Cue.Latest, ["latest"]),
            (Cue.Early, ["early"]), (Cue.Late, ["late"]), (Cue.Mid, ["mid"]), (Cue.Middle, ["middle"]),
            (Cue.End, ["end"]), (Cue.Beginning, ["beginning"]), (Cue.Start, ["start"]), (Cue.Half, ["half"]),
            (Cue.Ago, ["ago"]), (Cue.Earlier, ["earlier"]), (Cue.Later, ["later"]), (Cue.Before, ["before"]),
            (Cue.After, ["after"]), (Cue.From, ["from"]),
            (Cue.Every, ["every"]), (Cue.Each, ["each"]), (Cue.Per, ["per"]), (Cue.Other, ["other"]),
            (Cue.Fiscal, ["fiscal"]), (Cue.FiscalYearPrefix, ["FY"]), (Cue.Period, ["period"]),
            (Cue.Few, ["few"]), (Cue.Several, ["several"]), (Cue.Some, ["some"]), (Cue.Couple, ["couple"]),
            (Cue.Many, ["many"]), (Cue.Local, ["local"]), (Cue.Time, ["time"]), (Cue.Near, ["near"]),
            (Cue.Same, ["same"]), (Cue.Ahead, ["ahead"]), (Cue.For, ["for"]), (Cue.Most, ["most"]),
            (Cue.QuarterLetter, ["Q"]), (Cue.HalfLetter, ["H"]), (Cue.These, ["these"]),
            (Cue.Full, ["full"]), (Cue.Short, ["short"]), (Cue.Comparable, ["comparable", "corresponding"]),
            (Cue.PlaySeason, ["season"]),
        ];
        foreach (var (cue, words) in cues)
        {
            b.Add(WordClass.Cue, (int)cue, words);
        }

        b.Add(WordClass.FutureCue, 0, "will", "ll", "shall", "plans", "plan", "planned", "planning", "scheduled",
            "expected", "expects", "expect", "upcoming", "intends", "aims", "hopes", "slated", "would", "soon");

        b.Add(WordClass.Meridiem, 0, "am").Add(WordClass.Meridiem, 12, "pm");
        b.Add(WordClass.Clock, 12, "noon", "midday").Add(WordClass.Clock, 24, "midnight");
        b.Add(WordClass.TimeZone, 0, "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "PT", "GMT",
            "UTC", "BST", "CET", "CEST", "IST", "JST",
            // the other zones live blogs stamp (none an English word, as the table ignores case)
            "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "HKT", "SGT", "KST", "MSK", "EET", "EEST", "AKST", "AKDT",
            "HST", "PHT");
        b.Add(WordClass.Decade, 2, "twenties").Add(WordClass.Decade, 3, "thirties").Add(WordClass.Decade, 4, "forties")
         .Add(WordClass.Decade, 5, "fifties").Add(WordClass.Decade, 6, "sixties").Add(WordClass.Decade, 7, "seventies")
         .Add(WordClass.Decade, 8, "eighties").Add(WordClass.Decade, 9, "nineties");
        // The reporting verbs tell when something was said, not when what was said happens ("said the vote is on Feb.
        // 3"); the others tell a past event, which the dates of their clause are likelier to be in the past of
        b.Add(WordClass.PastCue, (int)PastCueKind.Reporting, "said", "says", "announced", "reported", "told", "added");
        b.Add(WordClass.PastCue, (int)PastCueKind.Event, "was", "were", "had",
            "did", "died", "born", "killed", "arrested", "began", "ended", "held", "met", "came", "went", "took", "made",
            "fell", "rose", "won", "lost", "struck", "left", "led", "sent", "saw", "gave", "got", "found", "became", "broke",
            "spoke", "wrote", "fled", "shot", "sold", "bought", "paid", "built", "flew", "drove", "fought", "caught", "threw");
        b.Add(WordClass.Preposition, 0, "since", "until", "till", "through", "during", "by", "throughout", "between",
            "to", "around", "about", "circa", "as", "since");
        b.Add(WordClass.Preposition, DateParser.PrepositionThat, "that"); // the one that starts an expression: "that year"
        b.Add(WordClass.NumberLabel, 0, "no", "nos", "number", "section", "sections", "article", "articles", "rule",
            "rules", "chapter", "title", "room", "flight", "route", "page", "pages", "pp", "highway", "interstate",
            "model", "version", "resolution", "bill", "code", "docket", "exhibit", "vol", "volume", "issue", "item",
            "form", "suite", "box", "unit", "apt", "channel", "series", "nr", "paragraph", "para", "clause", "law",
            "act", "windows", "office", "gate", "platform", "bus", "row", "seat", "tel", "phone", "fax", "ext");
        b.Add(WordClass.Percent, 0, "percent", "pct", "points", "point", "cents", "dollars", "euros", "pounds", "pence", "yen", "yuan",
            "rupees", "pesos", "francs");
        b.Add(WordClass.Holiday, (int)Holiday.Christmas, "Christmas").Add(WordClass.Holiday, (int)Holiday.Thanksgiving, "Thanksgiving")
         .Add(WordClass.Holiday, (int)Holiday.Halloween, "Halloween").Add(WordClass.Holiday, (int)Holiday.Easter, "Easter")
         .Add(WordClass.Holiday, (int)Holiday.Election, "Election").Add(WordClass.Holiday, (int)Holiday.Labor, "Labor", "Labour")
         .Add(WordClass.Holiday, (int)Holiday.Memorial, "Memorial").Add(WordClass.Holiday, (int)Holiday.Independence, "Independence")
         .Add(WordClass.Holiday, (int)Holiday.Veterans, "Veterans").Add(WordClass.Holiday, (int)Holiday.Valentine, "Valentine")
         .Add(WordClass.Holiday, (int)Holiday.BlackFriday, "Black").Add(WordClass.Holiday, (int)Holiday.CyberMonday, "Cyber")
         .Add(WordClass.Holiday, (int)Holiday.GivingTuesday, "Giving").Add(WordClass.Holiday, (int)Holiday.GoodFriday, "Good")
         .Add(WordClass.Holiday, (int)Holiday.AshWednesday, "Ash").Add(WordClass.Holiday, (int)Holiday.PalmSunday, "Palm")
         .Add(WordClass.Holiday, (int)Holiday.SuperTuesday, "Super")
         .Add(WordClass.Holiday, (int)Holiday.NewYear, "New").Add(WordClass.Holiday, (int)Holiday.Boxing, "Boxing")
         .Add(WordClass.Holiday, (int)Holiday.Juneteenth, "Juneteenth").Add(WordClass.Holiday, (int)Holiday.Anzac, "Anzac")
         .Add(WordClass.Holiday, (int)Holiday.Bastille, "Bastille").Add(WordClass.Holiday, (int)Holiday.Remembrance, "Remembrance", "Armistice")
         .Add(WordClass.Holiday, (int)Holiday.Columbus, "Columbus").Add(WordClass.Holiday, (int)Holiday.Presidents, "Presidents")
         .Add(WordClass.Holiday, (int)Holiday.MartinLutherKing, "MLK").Add(WordClass.Holiday, (int)Holiday.Mothers, "Mother", "Mothers")
         .Add(WordClass.Holiday, (int)Holiday.Fathers, "Father", "Fathers").Add(WordClass.Holiday, (int)Holiday.CanadaDay, "Canada")
         .Add(WordClass.Holiday, (int)Holiday.AustraliaDay, "Australia").Add(WordClass.Holiday, (int)Holiday.StPatrick, "St", "Saint")
         .Add(WordClass.Holiday, (int)Holiday.Bonfire, "Bonfire");
        b.Add(WordClass.CountNoun, 0, "people", "men", "women", "children", "police", "staff", "feet", "cattle", "personnel");
        return b.Build(Grammar());
    }

    /// <summary>The words the grammar's rules name (see <see cref="GrammarWords"/> for what each list is for).</summary>
    private static GrammarWords Grammar() => new()
    {
        As = ["as"],
        Comparison = ["as", "than"],
        Or = ["or"],
        So = ["so"],
        To = ["to"],
        Until = ["until"],
        UntilLookingBack = ["up", "not"],
        OpeningConnectives = ["then", "but", "and", "so", "later", "also", "back"],
        By = ["by"],
        NoOrNot = ["no", "not"],
        Than = ["than"],
        Through = ["through", "thru"],
        Into = ["into"],
        BeforeDayOfTheMonth = ["on", "by", "until", "till", "since", "before", "after"],
        AfterDayAndOr = ["again", "on", "then", "by", "before", "after", "until"],
        AndOrBut = ["and", "or", "but"],
        Approximators = ["almost", "nearly", "about", "around", "roughly", "approximately", "some", "over", "under", "more", "less", "than", "just", "fully"],
        Since = ["since"],
        Effective = ["effective"],
        TookEffect = ["was", "were", "became", "become", "becomes", "been", "had", "made"],
        Within = ["within"],
        Now = ["now"],
        Then = ["then"],
        Future = ["future"],
        Term = ["term"],
        Date = ["date"],
        One = ["one"],
        SecondUnit = ["second"],
        Old = ["old"],
        Long = ["long"],
        High = ["high"],
        Average = ["average"],
        Block = ["block"],
        Eve = ["Eve"],
        SeasonCompounds =
        [
            "storm", "storms", "blizzard", "olympics", "games", "paralympics", "camp", "camps", "training", "session",
            "sessions", "semester", "term", "school", "break", "solstice", "equinox", "transfer", "collection", "sale",
            "sales", "vacation", "holiday", "holidays", "weather", "tires", "tyres", "coat", "coats", "menu", "league",
            "meetings", "festival", "palace", "squash", "wheat", "crop", "crops", "blockbuster", "blockbusters",
        ],
        OtherNewYears = ["Lunar", "Chinese", "Jewish", "Islamic", "Hijri", "Persian", "Vietnamese", "Korean", "Tibetan", "Tamil", "Sikh"],
        Thousand = ["thousand"],
        LargeNumbers = ["million", "billion", "thousand"],
        AnotherReportOpener = ["Separately"],

        Possessive = ["s"],
        DecadePlural = ["s"],
        OrdinalSuffixes = ["st", "nd", "rd", "th"],
        PastEnding = "ed",
        AdverbEnding = "ly",
        NotPastEndings = ["eed"], // "need", "speed", "indeed"
        PluralEnding = "s",
        NotPluralEndings = ["ss", "us", "is"],
        UnitLetters = [('m', TimeUnit.Minute), ('h', TimeUnit.Hour), ('d', TimeUnit.Day), ('w', TimeUnit.Week), ('y', TimeUnit.Year)],
        AnteMeridiemLetter = ["a"],
        PostMeridiemLetter = ["p"],
        MeridiemLetter = ["m"],
        OClockBefore = ["o"],
        OClockAfter = ["clock"],
        ClockFractionPast = ["past", "after"],
        ClockFractionBefore = ["to", "before", "till"],

        SayingVerbs = ["said", "says", "added", "adds", "noted", "stated", "argued", "insisted", "believes", "believe"],
        AsideOpeners =
        [
            "as", "which", "who", "whom", "whose", "where", "when", "while", "though", "although", "however", "meanwhile",
            "according", "like", "unlike", "despite", "after", "before", "if", "unless", "because", "once",
        ],
        ReducedRelativeParticiples =
        [
            "involved", "affected", "based", "located", "concerned", "related", "associated", "linked", "tied", "connected",
            "killed", "injured", "wounded", "arrested", "detained", "displaced", "trapped", "accused", "charged", "suspected",
            "named", "caught", "held", "stranded", "evacuated", "interviewed", "surveyed", "polled", "quoted", "cited",
        ],
        SubjectPronouns = ["he", "she", "it", "we", "they", "i", "you", "who", "which", "that"],
        ParticiplePrepositions = ["in", "by", "with", "to", "at", "on", "from", "for", "during", "over", "after", "near"],
        Superlatives = ["least", "most"],
        FutureModals = ["will", "would", "shall", "ll"],
        PossibilityModals = ["may", "might", "could"],
        Could = ["could"],
        Modals = ["may", "might", "can", "could", "should", "must"],
        AdverbsAfterModal = ["not", "also", "well", "already", "never", "still", "even", "just"],
        PerfectAuxiliary = ["have"],
        Be = ["be"],
        Had = ["had"],
        Been = ["been"],
        PresentBe = ["is", "are"],
        Is = ["is"],
        PastBe = ["was", "were", "been"],
        ArrangedTo = ["set", "due", "forecast", "predicted", "projected", "poised", "likely"],
        PossessivesAndDemonstratives = ["its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those"],
        NoFiniteVerbAfter =
        [
            "to", "be", "been", "being", "is", "are", "am", "its", "his", "her", "their", "our", "my", "your", "this", "that",
            "these", "those", "newly", "recently", "previously",
        ],
        IrregularParticiples = ["held", "set", "run", "won", "begun", "due"],
        ScheduleVerbs =
        [
            "start", "starts", "begin", "begins", "open", "opens", "reopen", "reopens", "close", "closes", "resume", "resumes",
            "sit", "sits", "meet", "meets", "convene", "convenes", "reconvene", "reconvenes", "kick", "kicks", "tip", "tips",
            "play", "plays", "face", "faces", "host", "hosts", "premiere", "premieres", "debut", "debuts", "air", "airs",
            "expire", "expires", "end", "ends", "hears", "depart", "departs", "launch", "launches", "go", "goes", "take",
            "takes", "come", "comes", "appear", "appears", "is", "are", "head", "heads", "run", "runs", "continue", "continues",
            "return", "returns", "travel", "travels", "visit", "visits", "fly", "flies", "leave", "leaves", "arrive", "arrives",
        ],
        HeadVerbs = ["head", "heads"],
        MarketMoves = ["higher", "lower", "up", "down", "flat", "unchanged", "mixed", "firmer", "weaker", "sharply", "slightly"],
        NoPresentBefore =
        [
            "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "to", "had", "has", "have", "having", "did", "didn",
            "do", "does", "not", "t", "can", "could", "should", "must", "might", "may", "would", "will", "ll", "shall", "let", "help",
            "make", "made", "watch", "watched", "saw", "see", "new", "first",
        ],
        TimetableAdverbs = ["daily", "weekly", "nightly", "monthly"],
        PluralPartsOfDay = ["mornings", "afternoons", "evenings", "nights"],
        TimetableVerbs =
        [
            "run", "runs", "operate", "operates", "fly", "flies", "sail", "sails", "leave", "leaves", "arrive", "arrives",
            "serve", "serves", "call", "calls", "stop", "stops",
        ],
        GuessedConnections =
            ["linked", "related", "connected", "tied", "associated", "involved", "attributed", "responsible", "behind", "caused"],
        AwaitWords = ["until", "till", "await", "awaits", "awaiting", "awaited"],
        PrepareFor = ["prepare", "prepares", "preparing", "ready", "wait", "waiting"],

        RangeTo = ["to", "until", "till", "through", "thru"],
        RangeFrom = ["from", "since"],
        MoveVerbs =
        [
            "move", "moves", "moved", "moving", "bring", "brings", "brought", "bringing", "advance", "advances", "advanced",
            "reschedule", "reschedules", "rescheduled", "shift", "shifts", "shifted", "change", "changes", "changed",
            "switch", "switches", "switched", "postpone", "postpones", "postponed", "delay", "delays", "delayed",
            "push", "pushes", "pushed", "pull", "pulls", "pulled", "extend", "extends", "extended", "defer", "defers", "deferred",
            "adjourn", "adjourns", "adjourned",
        ],
        MoveParticles = ["back", "off", "forward", "up"],
        ClockRangeTo = ["to", "until", "till", "through"],
        EndedOrEnding = ["ended", "ending"],
        Ended = ["ended"],
        YearAsMeasure = ["for", "since", "from", "until", "till", "through", "by", "before", "after", "over", "than"],
        ClauseJoins = ["and", "but", "or", "while", "whereas", "when", "after", "before", "then", "than"],
        ReportsOnAYear =
        [
            "results", "earnings", "report", "accounts", "figures", "budget", "profit", "profits", "loss", "losses", "revenue",
            "sales", "forecast", "forecasts", "guidance", "data", "statement", "statements", "return", "returns", "filing", "annual",
            "fiscal", "full", "tax", "taxes", "census",
        ],
        YearPrefixes = ["pre", "post"],
        DeterminersOfAName = ["its", "his", "her", "their", "our", "this", "that"],
        SaintOrStreet = ["St"],
        Patrick = ["patrick"],
        StreetWords =
        [
            "Street", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Lane", "Ln", "Parkway", "Pkwy", "Highway",
            "Hwy", "Terrace", "Plaza",
        ],
        TemperaturePrepositions = ["in", "into", "to"],
        TemperatureWords = ["highs", "lows", "temperature", "temperatures", "temps", "degrees", "mercury", "thermometer"],
        NamesBeforeAWeekday = ["Bloody", "Bowl"],
        NamesAfterAWeekday = ["Times", "Telegraph", "Mirror", "Express", "Herald", "Tribune", "Observer", "Independent", "Mail", "River"],
        OneOffHappenings =
        [
            // disasters
            "fire", "fires", "bushfire", "bushfires", "wildfire", "wildfires", "flood", "floods", "flooding", "earthquake", "quake",
            "tsunami", "storm", "storms", "tornado", "tornadoes", "cyclone", "hurricane", "blizzard", "eruption", "disaster",
            "tragedy", "crash", "derailment", "explosion", "blast",
            // violence and revolt
            "attack", "attacks", "bombing", "bombings", "massacre", "raid", "raids", "riot", "riots", "killings", "shooting",
            "shootings", "siege", "coup", "invasion", "revolution", "rising", "uprising", "offensive", "rebellion", "purge",
            // pacts
            "agreement", "agreements", "accord", "accords", "treaty", "pact", "truce", "ceasefire", "declaration", "proclamation",
        ],
        EraNouns =
        [
            "world", "youth", "society", "generation", "generations", "young", "children", "kids", "teenagers", "teens", "culture",
            "standards", "era", "age", "computers", "technology", "technologies", "economy", "consumers",
        ],
        MarketNouns = ["market", "markets"],
        ReportDaySubjects = ["today", "it", "this", "that"],

        ReportedResults =
            ["loss", "losses", "profit", "profits", "earnings", "results", "net", "income", "sales", "revenue", "revenues", "charges"],
        CountedUnitModifiers = ["more", "additional", "extra", "further", "trading", "business", "working"],
        PayWords = ["pay", "salary", "salaries", "wages", "rent", "severance"],
        Repetitions = ["once", "twice", "times"],
        BeforeOneDay = ["could", "may", "might", "can", "he", "she", "they", "we", "i", "you"],
        VerbSubjects = ["it", "he", "she", "who", "which", "that"],
        OwnersBeforeANoun = ["its", "his", "her", "their", "our", "this"],
        AfterCurrentTheNoun = ["is", "was", "are", "were", "in", "into", "from", "through"],

        GameClockAfter = ["left", "remaining", "into"],
        ToGo = ["go", "play"],
        RaceMeasures = ["mile", "marathon", "pace", "finish", "lap", "km", "kilometer", "kilometre"],
        ScriptureBooks =
        [
            "Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy", "Joshua", "Judges", "Ruth", "Samuel", "Kings",
            "Chronicles", "Ezra", "Nehemiah", "Esther", "Job", "Psalm", "Psalms", "Proverbs", "Ecclesiastes", "Songs", "Isaiah",
            "Jeremiah", "Lamentations", "Ezekiel", "Daniel", "Hosea", "Joel", "Amos", "Obadiah", "Jonah", "Micah", "Nahum",
            "Habakkuk", "Zephaniah", "Haggai", "Zechariah", "Malachi", "Matthew", "Mark", "Luke", "John", "Acts", "Romans",
            "Corinthians", "Galatians", "Ephesians", "Philippians", "Colossians", "Thessalonians", "Timothy", "Titus",
            "Philemon", "Hebrews", "James", "Peter", "Jude", "Revelation",
        ],
        RaceVerbs = ["finished", "finishing", "clocked", "timed", "ran", "won", "runs", "lasts", "lasted", "lasting"],
        RunningTime = ["running", "run"],
        LengthLabels = ["runtime", "length", "duration"],
        ClocksIn = ["clocks", "clocked", "clocking", "comes", "came", "coming"],
        BeforeAClockReading =
        [
            "at", "until", "till", "from", "since", "by", "before", "after", "around", "about", "updated", "posted", "published",
        ],
        AfterABareHour = ["and", "or", "when", "as", "sharp", "local"],
        PriceChanges = ["up", "down", "off", "unchanged"],
        ClosingVerbs = ["close", "closes", "closed", "closing", "shut", "shuts"],
        LevelWords =
        [
            "stood", "stands", "stand", "held", "holds", "remained", "remains", "hovered", "hovering", "settled", "closed", "ended",
            "finished", "traded", "tied", "peaked", "bottomed", "capped", "pegged", "priced", "valued", "ranked", "rated", "steady",
            "unchanged", "flat", "rate", "rates", "price", "prices", "yield", "yields", "toll", "tally", "score",
        ],
        PlacesWithHours =
        [
            "market", "markets", "exchange", "exchanges", "trading", "session", "polls", "stores", "shops", "banks", "schools",
            "offices", "doors", "bars", "pubs", "museum", "museums", "border", "airport", "station", "voting", "meeting", "hearing",
        ],
        PeriodsOfPlay =
            ["game", "match", "contest", "fight", "bout", "race", "season", "trading", "session", "show", "film", "concert", "half", "win",
             "loss", "victory", "defeat", "rout"],
        ContestWordsAsModifier =
            ["maker", "makers", "console", "consoles", "publisher", "developer", "studio", "industry", "company", "changer", "plan"],
        ContestDeterminers = ["the", "a", "this", "that", "each", "every"],
        GameWordsAlways =
        [
            "scored", "touchdown", "touchdowns", "quarterback", "halftime", "overtime", "kickoff", "innings", "inning",
            "interception", "fumble", "layup", "dunk", "buzzer", "tipoff", "equaliser", "equalizer", "outscored", "outscoring",
        ],
        GameWordsAfterCount = ["goals", "rebounds", "assists", "yards", "saves", "strikeouts"],
        GameWordsContest = ["game", "match"],
    };
}
