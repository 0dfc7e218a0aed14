namespace TextClean.Dates;

/// <summary>
/// The closed lists of words the grammar's rules test a token against, beyond the word classes the tokenizer
/// gives (<see cref="WordClass"/>): "than" in "higher this year than last", the verbs of saying, the nouns of a year's
/// results. The rules are the same in every language and the words are each language's own (see
/// <see cref="EnglishDateWords"/>), so the parser spells no word. A list may hold several words where another language
/// has one, or none where a language has no such word. Lists are matched ignoring case, a word at a time.
/// </summary>
internal sealed class GrammarWords
{
    // ---- function words a rule names on its own

    /// <summary>"as": "as high this year as last", "as early as Tuesday", "the same day as the vote".</summary>
    public required WordList As { get; init; }

    /// <summary>The words that close a comparison before an elided unit: "this year as last", "this week than last".</summary>
    public required WordList Comparison { get; init; }

    /// <summary>"or": "Sept. 14 or 15", "a week or so ago".</summary>
    public required WordList Or { get; init; }

    /// <summary>"so" of "a week or so ago".</summary>
    public required WordList So { get; init; }

    /// <summary>"to": "plans to", "is to resume", "1:30 to go".</summary>
    public required WordList To { get; init; }

    /// <summary>"until": a deadline ahead ("postponed until Tuesday").</summary>
    public required WordList Until { get; init; }

    /// <summary>Words before "until" that make it look back: "up until Thursday", "not until Tuesday".</summary>
    public required WordList UntilLookingBack { get; init; }

    /// <summary>Words that may open a sentence before its fronted "In February": "Then in February the company
    /// unveiled...", "But in March..."; the sentence still opens with the date's phrase.</summary>
    public required WordList OpeningConnectives { get; init; }

    /// <summary>"by": a deadline ("to be completed by Dec. 15").</summary>
    public required WordList By { get; init; }

    /// <summary>The words around "later" in a deadline: "no later than March 31", "not later than".</summary>
    public required WordList NoOrNot { get; init; }

    /// <inheritdoc cref="NoOrNot"/>
    public required WordList Than { get; init; }

    /// <summary>"through": the last day of a run ("the show runs through Sunday").</summary>
    public required WordList Through { get; init; }

    /// <summary>"into": the last day of a stretch a weekday starts ("overnight Thursday into Friday").</summary>
    public required WordList Into { get; init; }

    /// <summary>The prepositions before a day of a month left unsaid: "on the 28th", "by the 15th".</summary>
    public required WordList BeforeDayOfTheMonth { get; init; }

    /// <summary>Words that go on after "and" or "or" once a day of the month has ended its phrase: "on the 3rd and
    /// again on the 17th", "by the 5th or before" (not "the 19th and 20th centuries").</summary>
    public required WordList AfterDayAndOr { get; init; }

    /// <summary>"and", "or", "but".</summary>
    public required WordList AndOrBut { get; init; }

    /// <summary>The words that hedge an amount between "by" and it: "fell by almost a quarter", "by more than a quarter".</summary>
    public required WordList Approximators { get; init; }

    /// <summary>"since": "since year-end", "its best week since November".</summary>
    public required WordList Since { get; init; }

    /// <summary>"effective": "a new pay pact effective June 1".</summary>
    public required WordList Effective { get; init; }

    /// <summary>Verbs before "effective" that tell of a change that took effect ("became effective", "was made
    /// effective").</summary>
    public required WordList TookEffect { get; init; }

    /// <summary>"within": "within weeks".</summary>
    public required WordList Within { get; init; }

    /// <summary>"now": "two days from now", "Now, he says, ...".</summary>
    public required WordList Now { get; init; }

    /// <summary>"then": "the then current price".</summary>
    public required WordList Then { get; init; }

    /// <summary>"future": "the future", "future quarters".</summary>
    public required WordList Future { get; init; }

    /// <summary>"term": "the near term", "the short term".</summary>
    public required WordList Term { get; init; }

    /// <summary>"date" of "at a later date", "at a future date".</summary>
    public required WordList Date { get; init; }

    /// <summary>"one" of "will one day".</summary>
    public required WordList One { get; init; }

    /// <summary>The ordinal that is also the unit: "a minute 30 seconds", "1 second".</summary>
    public required WordList SecondUnit { get; init; }

    /// <summary>"old": an age ("37 years old", "6-year-old").</summary>
    public required WordList Old { get; init; }

    /// <summary>"long": "day-long", "runs 2:49 long".</summary>
    public required WordList Long { get; init; }

    /// <summary>"high" of "high noon", a figure of speech.</summary>
    public required WordList High { get; init; }

    /// <summary>"average" of "the average daily volume", a rate.</summary>
    public required WordList Average { get; init; }

    /// <summary>"block" of "the 1900 block of", an address.</summary>
    public required WordList Block { get; init; }

    /// <summary>"Eve" of "Christmas Eve".</summary>
    public required WordList Eve { get; init; }

    /// <summary>The calendars whose new year moves against the Gregorian one: "Lunar New Year", "Jewish New Year".</summary>
    public required WordList OtherNewYears { get; init; }

    /// <summary>Nouns a season names a kind of after "the": "the winter storm", "the Summer Games", "the spring
    /// semester" (a storm, games and a term, not the season's dates).</summary>
    public required WordList SeasonCompounds { get; init; }

    /// <summary>"thousand" of "two thousand five", a year in words.</summary>
    public required WordList Thousand { get; init; }

    /// <summary>Words of a big number before a unit of an amount: "$1.76 million a year".</summary>
    public required WordList LargeNumbers { get; init; }

    /// <summary>The word that opens another company's report in business news ("Separately, ...").</summary>
    public required WordList AnotherReportOpener { get; init; }

    // ---- word endings and letters

    /// <summary>What follows an apostrophe in a possessive: "Wednesday's ruling", "year's end".</summary>
    public required WordList Possessive { get; init; }

    /// <summary>What follows a decade's digits: "the 1990s", "'90s", "the 1990's".</summary>
    public required WordList DecadePlural { get; init; }

    /// <summary>The suffixes of a day number: "15th", "1st".</summary>
    public required WordList OrdinalSuffixes { get; init; }

    /// <summary>The ending of a regular past tense or participle ("changed"): compared as each rule says, with or without
    /// case.</summary>
    public required string PastEnding { get; init; }

    /// <summary>The ending of an adverb of manner ("previously" in "as previously planned"), compared without case.</summary>
    public required string AdverbEnding { get; init; }

    /// <summary>Endings that look past but are not ("need", "speed", "indeed"), compared with case.</summary>
    public required WordList NotPastEndings { get; init; }

    /// <summary>The ending of a regular plural ("units"), compared with case.</summary>
    public required string PluralEnding { get; init; }

    /// <summary>Endings that look plural but are not ("glass", "bonus", "basis"), compared with case.</summary>
    public required WordList NotPluralEndings { get; init; }

    /// <summary>The letter a live blog puts on a count for its unit ("2h ago", "45m ago"), compared with case.</summary>
    public required (char Letter, TimeUnit Unit)[] UnitLetters { get; init; }

    /// <summary>The letters of "a.m." and "p.m." written with stops: the first of each, and the one after the stop.</summary>
    public required WordList AnteMeridiemLetter { get; init; }

    /// <inheritdoc cref="AnteMeridiemLetter"/>
    public required WordList PostMeridiemLetter { get; init; }

    /// <inheritdoc cref="AnteMeridiemLetter"/>
    public required WordList MeridiemLetter { get; init; }

    /// <summary>The two words of "o'clock", either side of its apostrophe.</summary>
    public required WordList OClockBefore { get; init; }

    /// <inheritdoc cref="OClockBefore"/>
    public required WordList OClockAfter { get; init; }

    /// <summary>The words after "a quarter" or "half" that read a clock face: "a quarter past ten", "half past six".</summary>
    public required WordList ClockFractionPast { get; init; }

    /// <summary>The words after "a quarter" that read a clock face backwards: "a quarter to five".</summary>
    public required WordList ClockFractionBefore { get; init; }

    // ---- verbs and tense

    /// <summary>Verbs of saying: "officials said", a clause of its own.</summary>
    public required WordList SayingVerbs { get; init; }

    /// <summary>Words that open a clause or phrase set off by commas inside another.</summary>
    public required WordList AsideOpeners { get; init; }

    /// <summary>Participles after their noun, before the phrase they govern: "officials involved in the talks".</summary>
    public required WordList ReducedRelativeParticiples { get; init; }

    /// <summary>Subjects before which such a participle is a verb ("they involved").</summary>
    public required WordList SubjectPronouns { get; init; }

    /// <summary>Prepositions that follow a reduced relative's participle: "affected by", "killed in".</summary>
    public required WordList ParticiplePrepositions { get; init; }

    /// <summary>Words after "at" that make a quantifier, not a place: "at least", "at most".</summary>
    public required WordList Superlatives { get; init; }

    /// <summary>Modals of the future: "will", "would", "'ll".</summary>
    public required WordList FutureModals { get; init; }

    /// <summary>Modals of possibility that may look ahead: "may", "might", "could".</summary>
    public required WordList PossibilityModals { get; init; }

    /// <summary>"could", a modal of possibility that is as often the past of "can".</summary>
    public required WordList Could { get; init; }

    /// <summary>Modals besides "will", "would" and "shall" (future cues): a clause with one of them tells no past
    /// event ("can cast ballots on Dec. 1").</summary>
    public required WordList Modals { get; init; }

    /// <summary><see cref="Modals"/>, "to" and <see cref="ScheduleVerbs"/> in one list: the words that keep a stretch of a
    /// sentence from telling a past event, looked up once a word.</summary>
    public WordList NotPastEventWords => _notPastEventWords ??= WordList.Create([.. Modals, .. To, .. ScheduleVerbs]);

    private WordList? _notPastEventWords;

    /// <summary>Adverbs between a modal and its verb: "may not", "might also".</summary>
    public required WordList AdverbsAfterModal { get; init; }

    /// <summary>The auxiliary of a modal's perfect ("may have left"), which looks back.</summary>
    public required WordList PerfectAuxiliary { get; init; }

    /// <summary>"be": "will be held" (a passive after it has no tense of its own).</summary>
    public required WordList Be { get; init; }

    /// <summary>"had": "had planned to meet Monday", a plan in the past.</summary>
    public required WordList Had { get; init; }

    /// <summary>"been" of "had been scheduled".</summary>
    public required WordList Been { get; init; }

    /// <summary>The present of "be" for a third person: "is", "are".</summary>
    public required WordList PresentBe { get; init; }

    /// <summary>"is" alone: "today is the eighth day".</summary>
    public required WordList Is { get; init; }

    /// <summary>The past of "be" and its participle: "was set to", "had been due to".</summary>
    public required WordList PastBe { get; init; }

    /// <summary>Adjectives of an arrangement before "to": "set to meet Monday", "due to land Friday".</summary>
    public required WordList ArrangedTo { get; init; }

    /// <summary>Possessives and demonstratives after "to" that make it a preposition ("due to its loss").</summary>
    public required WordList PossessivesAndDemonstratives { get; init; }

    /// <summary>Words before an -ed form that make it no finite verb: "to be signed", "the newly named".</summary>
    public required WordList NoFiniteVerbAfter { get; init; }

    /// <summary>Irregular participles news dates events with: "held", "set", "won".</summary>
    public required WordList IrregularParticiples { get; init; }

    /// <summary>Verbs of a timetable, in the present ("opens", "open"): what starts, meets or is played on a day.</summary>
    public required WordList ScheduleVerbs { get; init; }

    /// <summary>Timetable verbs that need "to" after them: "Voters head to the polls Sunday".</summary>
    public required WordList HeadVerbs { get; init; }

    /// <summary>A market's move right after its verb: "opens higher Monday" reports what it did.</summary>
    public required WordList MarketMoves { get; init; }

    /// <summary>Words before a timetable verb that make it no present tense: an article or possessive makes it a noun
    /// ("the open", "his start"); "to", a modal or "did" an infinitive ("failed to open", "will open"), which the other
    /// cues read; "had" or "has" a participle.</summary>
    public required WordList NoPresentBefore { get; init; }

    /// <summary>Adverbs of a timetable's frequency before "from": "buses run daily from June 1".</summary>
    public required WordList TimetableAdverbs { get; init; }

    /// <summary>The parts of the day in the plural, in <see cref="PartOfDay"/> order: "Tuesday nights" recurs.</summary>
    public required WordList PluralPartsOfDay { get; init; }

    /// <summary>Present verbs of a service's timetable, besides <see cref="ScheduleVerbs"/>: "buses run daily from June 1",
    /// "ferries sail weekly from May 3".</summary>
    public required WordList TimetableVerbs { get; init; }

    /// <summary>What "may be" or "might be" says of a cause or a link, not of an event to come.</summary>
    public required WordList GuessedConnections { get; init; }

    /// <summary>Words that put the event they govern ahead: "until Monday's hearing", "await Friday's report".</summary>
    public required WordList AwaitWords { get; init; }

    /// <summary>Words before "for" that put the event ahead: "prepare for Friday's vote".</summary>
    public required WordList PrepareFor { get; init; }

    // ---- ranges, years and dates

    /// <summary>Words that close a range of days: "Sept. 4 to 8", "Monday through Friday".</summary>
    public required WordList RangeTo { get; init; }

    /// <summary>Words that open a range: "from 2019", "since 2019".</summary>
    public required WordList RangeFrom { get; init; }

    /// <summary>Verbs that move a date, so that "from May 4 to April 6" after them names two dates, not a span:
    /// "the vote was moved from June 1 to May 15".</summary>
    public required WordList MoveVerbs { get; init; }

    /// <summary>The particles between a verb of <see cref="MoveVerbs"/> and its date: "pushed back to May", "brought
    /// forward from May 4", "moved up to March 15".</summary>
    public required WordList MoveParticles { get; init; }

    /// <summary>Words that close a range of clock hours: "runs 9:30 to 4 p.m.".</summary>
    public required WordList ClockRangeTo { get; init; }

    /// <summary>"ended", "ending": "the quarter ended Sept. 30", "the year ending June 30".</summary>
    public required WordList EndedOrEnding { get; init; }

    /// <summary>"ended" alone: "the fiscal year ended Jan. 31", a past period.</summary>
    public required WordList Ended { get; init; }

    /// <summary>Prepositions of a year some other period is measured by: "results for 2022", "since 2019".</summary>
    public required WordList YearAsMeasure { get; init; }

    /// <summary>Words that join clauses: a date after one is in another clause.</summary>
    public required WordList ClauseJoins { get; init; }

    /// <summary>Nouns after a year for an account of that year, which comes out after it.</summary>
    public required WordList ReportsOnAYear { get; init; }

    /// <summary>Prefixes of a year: "pre-1990", "post-1959".</summary>
    public required WordList YearPrefixes { get; init; }

    /// <summary>Determiners before a number that make it a name's year, not an address: "its 2012 Main Street Festival".</summary>
    public required WordList DeterminersOfAName { get; init; }

    /// <summary>"St." after a number, an abbreviation of Saint or Street.</summary>
    public required WordList SaintOrStreet { get; init; }

    /// <summary>"Patrick": after "St" or "Saint", the holiday's name ("St Patrick's Day").</summary>
    public required WordList Patrick { get; init; }

    /// <summary>Words of a street after its number: "1600 Pennsylvania Avenue".</summary>
    public required WordList StreetWords { get; init; }

    /// <summary>Prepositions before a decade of degrees: "in the 90s", "into the 80s".</summary>
    public required WordList TemperaturePrepositions { get; init; }

    /// <summary>Words that make a decade a temperature: "highs in the 90s".</summary>
    public required WordList TemperatureWords { get; init; }

    /// <summary>Capitalized words before a weekday that name an event, not a day: "Bloody Sunday", "Super Bowl Sunday".</summary>
    public required WordList NamesBeforeAWeekday { get; init; }

    /// <summary>Capitalized words after a weekday that make it a name: the Sunday papers ("the Sunday Times reported"),
    /// a place ("Sunday River").</summary>
    public required WordList NamesAfterAWeekday { get; init; }

    /// <summary>Nouns of a happening that occurs once, so that a holiday before one names it: "the Good Friday agreement".</summary>
    public required WordList OneOffHappenings { get; init; }

    /// <summary>Nouns of the times after a possessive day word: "today's world", "today's personal computers".</summary>
    public required WordList EraNouns { get; init; }

    /// <summary>Nouns of the times only after "in": "in today's market".</summary>
    public required WordList MarketNouns { get; init; }

    /// <summary>The subjects of "is the second day of" that make it the report's day: "today", "it".</summary>
    public required WordList ReportDaySubjects { get; init; }

    // ---- quarters, results and amounts

    /// <summary>What a period's results are reported as, after its possessive: "this quarter's loss".</summary>
    public required WordList ReportedResults { get; init; }

    /// <summary>Words between a count and its unit that leave the span counted in it: "two more weeks", "eight trading days".</summary>
    public required WordList CountedUnitModifiers { get; init; }

    /// <summary>Words of pay after "of": "six months of base pay", an amount.</summary>
    public required WordList PayWords { get; init; }

    /// <summary>Words before "a day" that make it a set: "once a day", "three times a day".</summary>
    public required WordList Repetitions { get; init; }

    /// <summary>Words before "one day" that make it the adverb (some day): "could one day", "he one day".</summary>
    public required WordList BeforeOneDay { get; init; }

    /// <summary>Subjects before a word in -s that make it a verb: "the board meets monthly", "which travels weekly".</summary>
    public required WordList VerbSubjects { get; init; }

    /// <summary>Owners before a noun that make the next word in -s a verb: "its board meets".</summary>
    public required WordList OwnersBeforeANoun { get; init; }

    /// <summary>Words after "current" that make it the noun: "the current was strong", "the current of the river".</summary>
    public required WordList AfterCurrentTheNoun { get; init; }

    // ---- clock readings, spans and games

    /// <summary>Words after a clock-like reading that make it a game clock: "2:30 left", "5:43 remaining", "2:55 into
    /// overtime".</summary>
    public required WordList GameClockAfter { get; init; }

    /// <summary>Words after "to" that make a game clock: "1:30 to go".</summary>
    public required WordList ToGo { get; init; }

    /// <summary>What a clock-like reading after "a" measures: "a 3:45 mile".</summary>
    public required WordList RaceMeasures { get; init; }

    /// <summary>The books of the Bible whose names precede a chapter and verse ("John 3:16").</summary>
    public required WordList ScriptureBooks { get; init; }

    /// <summary>Verbs of a time taken: "finished in 2:05:11", "clocked 3:59".</summary>
    public required WordList RaceVerbs { get; init; }

    /// <summary>Words before "time:" of a running time: "running time: 1:45".</summary>
    public required WordList RunningTime { get; init; }

    /// <summary>Labels of a length before a colon: "runtime: 1:45".</summary>
    public required WordList LengthLabels { get; init; }

    /// <summary>Verbs before "in at" of a running time: "clocks in at 2:49:00".</summary>
    public required WordList ClocksIn { get; init; }

    /// <summary>Words before a reading with seconds that make it a clock time: "at 9:42:13", "Updated 9:42:13".</summary>
    public required WordList BeforeAClockReading { get; init; }

    /// <summary>Words after a bare hour that end it: "at 9 and", "at 9 sharp".</summary>
    public required WordList AfterABareHour { get; init; }

    /// <summary>A price's change after a comma: "Friday at 9, down 25 cents".</summary>
    public required WordList PriceChanges { get; init; }

    /// <summary>Verbs of closing before "at": "Polls close at 8", an evening's hour.</summary>
    public required WordList ClosingVerbs { get; init; }

    /// <summary>Words of a level reached before "at": "stood at 12", a count or a price.</summary>
    public required WordList LevelWords { get; init; }

    /// <summary>What opens and closes at an hour, as the subject of "closed" or "ended".</summary>
    public required WordList PlacesWithHours { get; init; }

    /// <summary>A period of play after "the end of", which a game's words around it make a quarter of play.</summary>
    public required WordList PeriodsOfPlay { get; init; }

    /// <summary>Nouns after "game" or "match" that make it a modifier of a business: "the game maker".</summary>
    public required WordList ContestWordsAsModifier { get; init; }

    /// <summary>Determiners before a contest: "the game", "this match".</summary>
    public required WordList ContestDeterminers { get; init; }

    /// <summary>Words only sports copy uses: "touchdown", "halftime".</summary>
    public required WordList GameWordsAlways { get; init; }

    /// <summary>Tallies of play, words of a game after a count: "12 rebounds", "two goals".</summary>
    public required WordList GameWordsAfterCount { get; init; }

    /// <summary>The contest itself, a word of a game after a determiner: "the game", "Sunday's match".</summary>
    public required WordList GameWordsContest { get; init; }
}
