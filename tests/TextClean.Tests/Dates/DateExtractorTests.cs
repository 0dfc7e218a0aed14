using System.Text;
using System.Text.Json;
using TextClean.Cli;
using TextClean.Dates;

namespace TextClean.Tests.Dates;

/// <summary>The date extractor's spec: (text, reference) gives (mention, type, value). "-" as reference
/// means none. Each row's text holds exactly one temporal expression unless the test says otherwise.</summary>
public class DateExtractorTests
{
    private static DateMention Single(string text, string reference)
    {
        var mentions = DateExtractor.Default.Extract(text, Reference(reference));
        Assert.True(mentions.Count == 1, $"expected one mention in \"{text}\", got: {string.Join(" | ", mentions)}");
        return mentions[0];
    }

    /// <summary>The values the text's mentions resolve to against the reference, in order: "a|b", or "" for none.</summary>
    private static void AssertValues(string text, string reference, string values) =>
        Assert.Equal(values.Split('|', StringSplitOptions.RemoveEmptyEntries), DateExtractor.Default.Extract(text, Reference(reference)).Select(m => m.Value));

    private static ArticleDate? Reference(string reference) =>
        reference == "-" ? null : ArticleDate.TryParse(reference, out var date) ? date : throw new ArgumentException(reference);

    private static void Check(string text, string reference, string mention, string type, string value)
    {
        var m = Single(text, reference);
        Assert.Equal((mention, type, value), (m.Text, m.Type.ToTimexName(), m.Value));
        Assert.Equal(mention, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [InlineData("Filed on 2023-09-12.", "-", "2023-09-12", "2023-09-12")]
    [InlineData("Filed on 2023/09/12.", "-", "2023/09/12", "2023-09-12")]
    [InlineData("Filed on 09/12/2023.", "-", "09/12/2023", "2023-09-12")]      // US order by default
    [InlineData("Filed on 25/12/2023.", "-", "25/12/2023", "2023-12-25")]      // a field above 12 is the day
    [InlineData("Filed on 12.09.2023.", "-", "12.09.2023", "2023-09-12")]      // dotted dates are day first
    [InlineData("Filed on 9/12/98 late.", "2000-01-01", "9/12/98", "1998-09-12")]
    public void Numeric_dates(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "DATE", value);

    [Fact]
    public void Numeric_order_is_an_option()
    {
        var dayFirst = new DateExtractor(DateOptions.Default with { NumericOrder = NumericDateOrder.DayFirst });
        Assert.Equal("2023-12-09", dayFirst.Extract("On 09/12/2023 it rained.").Single().Value);
    }

    [Theory]
    [InlineData("He left on Sept. 15 after the vote.", "2023-10-06", "Sept. 15", "2023-09-15")]
    [InlineData("He left on Sept, 27 after the vote.", "2023-10-06", "Sept, 27", "2023-09-27")]
    [InlineData("He left on Aug. 30.", "-", "Aug. 30", "XXXX-08-30")]
    [InlineData("It opened September 5, 2022 downtown.", "2023-09-12", "September 5, 2022", "2022-09-05")]
    [InlineData("It opened 5 September 2022 downtown.", "-", "5 September 2022", "2022-09-05")]
    [InlineData("It opened on the 5th of September, 2022.", "-", "the 5th of September, 2022", "2022-09-05")]
    [InlineData("It opened on the third of March 2020.", "-", "the third of March 2020", "2020-03-03")]      // a day in words
    [InlineData("On the first of May, workers marched.", "2023-09-12", "the first of May", "2023-05-01")]
    [InlineData("Prices rose in July 1988 again.", "-", "July 1988", "1988-07")]
    [InlineData("Prices rose in June.", "2023-09-12", "June", "2023-06")]
    [InlineData("Its best week since November ended.", "2023-09-12", "November", "2022-11")]   // "since": the past
    [InlineData("Prices have risen since Dec. 1, it said.", "2023-09-12", "Dec. 1", "2022-12-01")]
    [InlineData("Prices will rise in January.", "2023-10-12", "January", "2024-01")]
    [InlineData("The exhibition opens on June 20 in Paris.", "2023-09-12", "June 20", "2024-06-20")] // a timetable: ahead
    [InlineData("They will mark the Oct. 7 attacks.", "2023-09-12", "Oct. 7", "2022-10-07")]           // a day naming a one-off happening: past
    [InlineData("Prices rose in September.", "-", "September", "XXXX-09")]
    [InlineData("It began in February this year.", "1998-12-03", "February this year", "1998-02")]
    [InlineData("Its fiscal period ended Jan. 31, it said.", "1989-10-31", "Jan. 31", "1989-01-31")]     // a period that ended
    [InlineData("It ends in April next year.", "1998-12-03", "April next year", "1999-04")]
    [InlineData("It must repay the loan by February.", "1989-10-30", "February", "1990-02")]          // a deadline
    [InlineData("Applications must arrive no later than March 31.", "2026-11-24", "March 31", "2027-03-31")]
    [InlineData("Payment is due not later than Jan. 15.", "2026-11-24", "Jan. 15", "2027-01-15")]
    [InlineData("It sold more than March 31 buyers did.", "2026-11-24", "March 31", "2026-03-31")]     // no deadline
    [InlineData("Costs rose under a new pay pact effective June 1.", "1989-10-26", "June 1", "1990-06-01")] // a change is told before it takes effect
    [InlineData("The pay pact became effective June 1.", "1989-10-26", "June 1", "1989-06-01")]            // one that took effect is past
    [InlineData("The plan was made effective June 1.", "1989-10-26", "June 1", "1989-06-01")]              // the verb two words back
    [InlineData("A new ferry sails daily from August 6.", "1998-02-13", "August 6", "1998-08-06")]           // a timetable is announced before it starts
    [InlineData("Twists followed. In January, it hired a new chief.", "1989-10-27", "January", "1989-01")] // narrative opening a sentence
    [InlineData("Then in February the company unveiled its roadmap.", "2026-11-23", "February", "2026-02")] // after a connective
    [InlineData("But in February the company will unveil its roadmap.", "2026-11-23", "February", "2027-02")]
    [InlineData("It plans to hire a chief in January.", "1989-10-27", "January", "1990-01")]
    [InlineData("The vote will be held in June.", "2026-08-14", "June", "2027-06")]              // "will" outweighs a June two months gone
    [InlineData("The election will be held no later than May.", "2026-08-14", "May", "2027-05")] // "later than": no verb "may"
    [InlineData("The Fed may cut rates in May.", "2023-09-12", "May", "2024-05")]                  // the modal speaks of the future
    [InlineData("He may have left in June.", "2023-09-12", "June", "2023-06")]                      // "may have": of the past
    [InlineData("The fire may be linked to a robbery in May.", "2023-09-12", "May", "2023-05")]    // "may be" and a participle: a guess, no plan
    [InlineData("The vote may be taken in May.", "2023-09-12", "May", "2024-05")]                  // a passive event ahead is still ahead
    [InlineData("The law might be overturned in May.", "2023-09-12", "May", "2024-05")]
    [InlineData("It will take place in June.", "2023-09-12", "June", "2024-06")]                     // a stated future: the past must be
    [InlineData("The summit will be held in May.", "2023-09-12", "May", "2024-05")]                // far nearer ("be held" is no past)
    [InlineData("The summit will be held May 14.", "2023-09-12", "May 14", "2024-05-14")]
    [InlineData("Oil fell to the level of the winter of nineteen ninety-four.", "-", "the winter of nineteen ninety-four", "1994-WI")]
    [InlineData("In May, the board, which meets in secret, will vote.", "2023-09-12", "May", "2024-05")]          // fronted, past an aside
    [InlineData("In May, the board, which met in secret, voted.", "2023-09-12", "May", "2023-05")]
    [InlineData("In March, people affected by the floods will get aid.", "2023-09-12", "March", "2024-03")]
    [InlineData("The ceremony was held on Feb. 3.", "2019-11-20", "Feb. 3", "2019-02-03")]          // a past event: the past, though
    [InlineData("He died on Feb. 3.", "2019-11-20", "Feb. 3", "2019-02-03")]                        // next February is nearer
    [InlineData("He was not sure what he was doing on the night of March 10.", "2019-11-20", "March 10", "2019-03-10")]
    [InlineData("The company was founded in March.", "2019-11-20", "March", "2019-03")]
    [InlineData("It had been set to expire Nov. 6.", "1989-11-02", "Nov. 6", "1989-11-06")]           // days ahead stay ahead
    [InlineData("He said the vote is on Feb. 3.", "2019-11-20", "Feb. 3", "2020-02-03")]              // "said" dates the saying only
    [InlineData("The deadline was extended to Jan. 16.", "2019-11-20", "Jan. 16", "2020-01-16")]      // a date moved is moved ahead
    [InlineData("The vote was pushed back to Feb. 3.", "2019-11-20", "Feb. 3", "2020-02-03")]
    [InlineData("The hearing was postponed for March 9.", "2019-11-20", "March 9", "2020-03-09")]
    // The day of an event told in the past is gone, however near the next one: a past verb in the date's stretch
    // of the sentence, "on" before the date, nothing in the stretch that speaks of now or ahead
    [InlineData("He died on Nov. 29 at his home.", "2026-11-24", "Nov. 29", "2025-11-29")]
    [InlineData("The president signed the order on Dec. 1.", "2026-11-24", "Dec. 1", "2025-12-01")]   // a verb by its -ed form
    [InlineData("The concert was cancelled on Dec. 2.", "2026-11-24", "Dec. 2", "2025-12-02")]
    [InlineData("The vote was held on Dec. 1.", "2026-11-24", "Dec. 1", "2025-12-01")]
    [InlineData("The talks collapsed on Dec. 2, officials said.", "2026-11-24", "Dec. 2", "2025-12-02")]
    [InlineData("The company said on Dec. 1 it would close the plant.", "2026-11-24", "Dec. 1", "2025-12-01")] // the saying's day
    [InlineData("It will redeem 9.5 million Series H preferred shares on Oct. 31.", "1989-10-27", "Oct. 31", "1989-10-31")] // an adjective in -ed
    [InlineData("A man charged with murder appears in court on Dec. 1.", "2026-11-24", "Dec. 1", "2026-12-01")] // a present verb after the participle
    [InlineData("Voters who registered late can cast ballots on Dec. 1.", "2026-11-24", "Dec. 1", "2026-12-01")] // a modal
    [InlineData("The museum, renovated at great cost, reopens on Dec. 1.", "2026-11-24", "Dec. 1", "2026-12-01")] // another stretch
    [InlineData("The newly renovated museum reopens on Dec. 1.", "2026-11-24", "Dec. 1", "2026-12-01")]
    [InlineData("The summit will be held on Dec. 1.", "2026-11-24", "Dec. 1", "2026-12-01")]
    [InlineData("The deadline was extended on Dec. 1.", "2026-11-24", "Dec. 1", "2025-12-01")]          // moved on that day, not to it
    [InlineData("The company changed its name in December.", "2026-11-24", "December", "2025-12")]     // "in" a month
    [InlineData("The company changed from a fiscal year to a calendar year in December.", "2026-11-24", "December", "2025-12")] // "to a": a preposition
    [InlineData("The firm moved to its new offices in December.", "2026-11-24", "December", "2025-12")]
    [InlineData("The firm voted to move its offices in December.", "2026-11-24", "December", "2026-12")] // an infinitive: the move is ahead
    [InlineData("The crisis pushed the region to the brink.\n\nOn Dec. 1, the envoy spoke.", "2026-11-24", "Dec. 1", "2026-12-01")] // the stretch stops at the line's start
    [InlineData("A spokesman said he believed\nOn Dec. 1, the envoy spoke.", "2026-11-24", "Dec. 1", "2026-12-01")]
    [InlineData("The crisis pushed the region to the brink.\u201D On Dec. 1, the envoy spoke.", "2026-11-24", "Dec. 1", "2026-12-01")] // and at a quotation's end
    [InlineData("He was born in December.", "2026-11-24", "December", "2025-12")]
    [InlineData("The baby, born in December, is well.", "2026-11-24", "December", "2025-12")]
    [InlineData("He will be born in December.", "2026-11-24", "December", "2026-12")]
    [InlineData("The Fed raised rates at its December meeting.", "2026-11-24", "December", "2025-12")] // the month names the event
    [InlineData("The Fed will raise rates at its December meeting.", "2026-11-24", "December", "2026-12")]
    public void Month_names(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "DATE", value);

    [Theory]
    [InlineData("They had filed reports by Wednesday.", "1990-08-16", "Wednesday", "1990-08-15")]      // "by" a weekday: as reported
    [InlineData("The board met Wednesday, Aug. 30 to vote.", "2024-05-01", "Wednesday, Aug. 30", "2023-08-30")] // the weekday decides the year
    [InlineData("The board met Wednesday, Aug. 30 to vote.", "-", "Wednesday, Aug. 30", "XXXX-08-30")]
    [InlineData("Officials said early Tuesday that it was over.", "2023-09-12", "early Tuesday", "2023-09-12")]
    [InlineData("Officials said Friday that it was over.", "2023-09-12", "Friday", "2023-09-08")]        // reported: the past
    [InlineData("The court will rule Friday.", "2023-09-12", "Friday", "2023-09-15")]                    // "will": the future
    [InlineData("The offensive began as planned Friday.", "2023-09-12", "Friday", "2023-09-08")]         // "as planned": the plan kept, no future
    [InlineData("The Fed raised rates as expected Friday.", "2023-09-12", "Friday", "2023-09-08")]
    [InlineData("He let the offensive begin as previously planned Friday.", "2023-09-12", "Friday", "2023-09-08")]
    [InlineData("The vote will go ahead as planned Friday.", "2023-09-12", "Friday", "2023-09-15")]      // the clause's own future
    [InlineData("The storm is forecast to make landfall late Wednesday.", "2026-11-24", "late Wednesday", "2026-11-25")] // a forecast: ahead
    [InlineData("Temperatures are predicted to drop below freezing by Friday.", "2026-11-24", "Friday", "2026-11-27")]
    [InlineData("Temperatures were predicted to drop below freezing by Friday.", "2026-11-24", "Friday", "2026-11-20")] // told in the past
    [InlineData("Forecasters warned that the storm could hit Wednesday.", "2026-11-24", "Wednesday", "2026-11-25")]  // "could" and a verb
    [InlineData("Police could not be reached for comment Wednesday.", "2026-11-24", "Wednesday", "2026-11-18")]   // the past of "can"
    [InlineData("Neither of them could be located Wednesday.", "2000-01-06", "Wednesday", "2000-01-05")]
    [InlineData("They met last Friday.", "2023-09-15", "last Friday", "2023-09-08")]
    [InlineData("They meet next Monday.", "2023-09-12", "next Monday", "2023-09-18")]
    [InlineData("They met Friday.", "-", "Friday", "XXXX-WXX-5")]
    [InlineData("The INS gave them until Tuesday to sign.", "2000-04-03", "Tuesday", "2000-04-04")]    // a deadline: ahead
    [InlineData("Until Thursday, they had not called him a suspect.", "1999-05-06", "Thursday", "1999-05-06")]
    [InlineData("He is to resume trading in Paris Tuesday.", "1989-10-27", "Tuesday", "1989-10-31")]       // an arrangement: ahead
    [InlineData("Talks are set to resume Monday in Belfast.", "1998-03-22", "Monday", "1998-03-23")]
    [InlineData("The offer had been due to expire Friday.", "1989-10-30", "Friday", "1989-10-27")]
    [InlineData("The offer had been scheduled to expire Friday.", "1989-10-30", "Friday", "1989-10-27")]
    [InlineData("They were planning to drive around the airport on Monday.", "2000-01-07", "Monday", "2000-01-10")]
    [InlineData("The vote is scheduled for Tuesday.", "1989-10-30", "Tuesday", "1989-10-31")]
    [InlineData("More snow is forecast for Wednesday.", "2026-01-05", "Wednesday", "2026-01-07")]  // an arrangement in the present
    [InlineData("The vote is set for Wednesday.", "2026-01-05", "Wednesday", "2026-01-07")]
    [InlineData("The vote was set for Wednesday.", "2026-01-05", "Wednesday", "2025-12-31")]       // told in the past
    [InlineData("The board will meet this Thursday.", "2026-11-28", "this Thursday", "2026-12-03")] // the report's week's is gone
    [InlineData("The board meets this Thursday.", "2027-01-03", "this Thursday", "2027-01-07")]
    [InlineData("The board met this Thursday.", "2026-11-28", "this Thursday", "2026-11-26")]
    [InlineData("It was not until Tuesday that he spoke.", "2000-03-29", "Tuesday", "2000-03-28")]
    [InlineData("Up until Thursday, he was a witness.", "1999-05-07", "Thursday", "1999-05-06")]
    [InlineData("They would look for ways to get around Wednesday's ruling.", "2000-01-07", "Wednesday", "2000-01-05")] // a named event: past
    [InlineData("Shares rose ahead of Friday's meeting.", "2023-09-12", "Friday", "2023-09-15")]
    [InlineData("Investors await Friday's jobs report.", "2023-09-12", "Friday", "2023-09-15")]        // an event awaited
    [InlineData("The court will wait until Monday's hearing.", "2023-09-12", "Monday", "2023-09-18")]
    [InlineData("Voters will cast ballots before Sunday's deadline.", "2023-09-12", "Sunday", "2023-09-17")]
    [InlineData("Its share of 7% before Friday's purchases is far below.", "1989-10-30", "Friday", "1989-10-27")] // a report of what happened
    [InlineData("Wednesday's meeting will decide the budget.", "2023-09-12", "Wednesday", "2023-09-13")] // the subject of a future clause
    [InlineData("Talks may be resumed on Friday.", "2023-09-12", "Friday", "2023-09-15")]            // "may be" + an event: ahead
    [InlineData("It was a good Friday for stocks.", "2023-09-12", "Friday", "2023-09-08")]           // lower case: no Good Friday
    [InlineData("On Tuesday, the league plans to hold a news conference.", "1998-10-26", "Tuesday", "1998-10-27")] // fronted: the main clause decides
    [InlineData("Tuesday, the board will vote on the plan.", "2023-09-13", "Tuesday", "2023-09-19")]
    [InlineData("On Tuesday, the company said it will close the plant.", "2023-09-13", "Tuesday", "2023-09-12")] // said on Tuesday
    [InlineData("On Friday, the government planned to pay the first claims.", "1998-09-30", "Friday", "1998-09-25")] // a plan made then
    [InlineData("On Friday, when Albright set aside vacation plans for the trip, she flew.", "1998-08-17", "Friday", "1998-08-14")] // "plans" the noun
    [InlineData("On Friday, the board's planned vote is expected to pass.", "2023-09-14", "Friday", "2023-09-15")] // "planned" after a possessive: no verb
    [InlineData("On Monday, as expected, the union will vote on the deal.", "2023-09-12", "Monday", "2023-09-18")] // an aside between commas
    [InlineData("On Friday, after the board voted, the union will strike.", "2023-09-12", "Friday", "2023-09-15")]  // is not the main clause
    [InlineData("On Friday, as planned, officials met.", "2023-09-12", "Friday", "2023-09-08")]
    [InlineData("On Friday, the company's chief executive said, workers will strike.", "2023-09-12", "Friday", "2023-09-15")] // nor an attribution
    [InlineData("On Friday, he said, he met the minister.", "2023-09-12", "Friday", "2023-09-08")]
    [InlineData("On Friday, officials involved in the talks will meet.", "2023-09-12", "Friday", "2023-09-15")]   // a participle is no verb
    [InlineData("On Monday, police arrested at least 20 people.", "2023-09-12", "Monday", "2023-09-11")]
    // a timetable told in the present lies ahead
    [InlineData("The Test starts on Thursday.", "2023-09-12", "Thursday", "2023-09-14")]
    [InlineData("The film opens Friday.", "2023-09-12", "Friday", "2023-09-15")]
    [InlineData("The offer expires at the end of business on Friday.", "2023-09-12", "Friday", "2023-09-15")] // past "the end" of
    [InlineData("Parliament sits on Monday.", "2023-09-12", "Monday", "2023-09-18")]
    [InlineData("Arsenal face Chelsea on Sunday.", "2023-09-12", "Sunday", "2023-09-17")]             // an object between
    [InlineData("The festival kicks off Friday in Leeds.", "2023-09-12", "Friday", "2023-09-15")]
    [InlineData("The court hears the appeal on Monday.", "2023-09-12", "Monday", "2023-09-18")]
    [InlineData("The ban takes effect Friday.", "2023-09-12", "Friday", "2023-09-15")]
    [InlineData("England play Australia at Lord's on Thursday.", "2023-09-12", "Thursday", "2023-09-14")]
    [InlineData("He appears in court on Friday.", "2023-09-12", "Friday", "2023-09-15")]
    [InlineData("Congress returns on Wednesday.", "2027-01-03", "Wednesday", "2027-01-06")]
    [InlineData("He travels to Seoul on Sunday.", "2026-08-14", "Sunday", "2026-08-16")]
    [InlineData("Parliament returns from recess on Monday.", "2026-10-25", "Monday", "2026-10-26")]
    [InlineData("Earnings are due after the bell on Thursday.", "2023-09-12", "Thursday", "2023-09-14")]
    [InlineData("The bill goes before the committee on Thursday.", "2023-09-12", "Thursday", "2023-09-14")]
    [InlineData("Voters head to the polls Sunday.", "2023-09-12", "Sunday", "2023-09-17")]
    [InlineData("The final is on Sunday at Wembley.", "2023-09-12", "Sunday", "2023-09-17")]
    [InlineData("The final was on Sunday at Wembley.", "2023-09-12", "Sunday", "2023-09-10")]
    [InlineData("The film did not open Friday.", "2023-09-12", "Friday", "2023-09-08")]              // no present
    [InlineData("The plant failed to open Friday.", "2023-09-12", "Friday", "2023-09-08")]
    [InlineData("His start Friday was his best.", "2023-09-12", "Friday", "2023-09-08")]              // the noun
    [InlineData("Stocks open higher Monday.", "2023-09-12", "Monday", "2023-09-11")]                 // a market's move: a report
    [InlineData("The tournament runs through Sunday.", "2023-09-12", "Sunday", "2023-09-17")]       // the last day of a run ahead
    [InlineData("The exhibition continues through Sunday.", "2023-09-12", "Sunday", "2023-09-17")]
    [InlineData("The show ran through Sunday.", "2023-09-12", "Sunday", "2023-09-10")]
    [InlineData("It happened on a Friday.", "2023-09-12", "Friday", "XXXX-WXX-5")]                   // some Friday, not this week's
    [InlineData("500 people attended a Sunday memorial service.", "2023-09-12", "Sunday", "2023-09-10")] // the service's article
    [InlineData("New Zealand face Australia on Saturday.", "2023-09-12", "Saturday", "2023-09-16")]  // names as the object of a timetable verb
    [InlineData("The film opened Friday.", "2023-09-12", "Friday", "2023-09-08")]
    public void Weekdays(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "DATE", value);

    /// <summary>Each end read alone fell on its own side of the report: "ran from Monday to Friday" on a Wednesday
    /// gave this Monday and last Friday.</summary>
    [Theory]
    [InlineData("The talks ran from Monday to Friday.", "2023-09-20", "2023-09-18|2023-09-22")]
    [InlineData("Stores open Monday-Friday.", "2023-09-20", "2023-09-25|2023-09-29")]
    [InlineData("The exhibition is open Tuesday through Sunday.", "2023-09-20", "2023-09-26|2023-10-01")]
    [InlineData("Snow is forecast to arrive overnight Thursday into Friday.", "2023-09-20", "2023-09-21|2023-09-22")]
    [InlineData("Shares bought from Sept. 4 to Thursday rose.", "2023-09-20", "2023-09-04|2023-09-14")]    // a date's range ends on the weekday just gone
    [InlineData("He met her Monday and left Friday.", "2023-09-20", "2023-09-18|2023-09-15")]            // no range
    public void A_weekday_ending_a_range_of_weekdays_follows_its_start(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    [InlineData("Results are due on the 28th.", "2023-09-20", "the 28th", "2023-09-28")]           // the report's month, ahead
    [InlineData("He died on the 28th.", "2023-09-20", "the 28th", "2023-08-28")]                   // a past event: last month's
    [InlineData("The storm struck on the 25th.", "2023-09-20", "the 25th", "2023-08-25")]          // an irregular past verb tells a past event too
    [InlineData("The store will open on the 2nd.", "2023-09-20", "the 2nd", "2023-10-02")]         // next month's
    [InlineData("Pay by the 1st, or else.", "2023-09-20", "the 1st", "2023-10-01")]               // a deadline
    [InlineData("He arrived on the 3rd.", "-", "the 3rd", "XXXX-XX-03")]
    public void A_day_of_the_month_alone_is_in_the_month_the_sentence_or_the_report_gives(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "DATE", value);

    [Theory]
    [InlineData("The vote is on Oct. 3 and the count on the 5th.", "2023-09-20", "2023-10-03|2023-10-05")] // the month the sentence named
    [InlineData("Rates were cut on the 3rd and again on the 17th.", "2026-11-26", "2026-11-03|2026-11-17")] // "and" goes on to another day
    [InlineData("It grew since the 19th and 20th centuries.", "2026-11-26", "")]                 // "and" another ordinal: centuries
    [InlineData("St Patrick's Cathedral was full, and St. Louis won.", "2026-11-26", "")]       // "St" before another name
    [InlineData("The vote was on Oct. 3.\nThe count was on the 5th.", "2023-09-20", "2023-10-03|2023-09-05")] // not another sentence's
    public void A_day_of_the_month_alone_follows_the_month_its_sentence_named(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    [InlineData("Sales rose in 2022 overall.", "-", "2022", "2022")]
    [InlineData("Things changed in the 1990s.", "-", "the 1990s", "199")]
    [InlineData("In 1990 Oxford Street was rebuilt.", "-", "1990", "1990")]     // a year, not a house number, after "in"
    [InlineData("Unemployment was low in the 90s.", "2023-09-12", "the 90s", "199")]
    [InlineData("The highs and lows of the 90s were many.", "2023-09-12", "the 90s", "199")]
    [InlineData("Things changed in the '80s.", "2000-01-01", "the '80s", "198")]
    [InlineData("Music of '80s bands is back.", "2000-01-01", "'80s", "198")]   // the apostrophe starts it: no article
    [InlineData("Fashion of \u201990s malls is back.", "2000-01-01", "\u201990s", "199")]
    [InlineData("Songs of \u201870s radio are back.", "2000-01-01", "\u201870s", "197")]
    [InlineData("Mills closed in the 1800s.", "-", "the 1800s", "18")]
    [InlineData("Prices doubled in the early 2000s.", "2023-09-12", "the early 2000s", "200")]
    [InlineData("Things changed in the 19th century.", "-", "the 19th century", "18")]
    [InlineData("Profit fell in FY2023.", "-", "FY2023", "2023")]
    [InlineData("Profit fell in fiscal 1989.", "-", "fiscal 1989", "1989")]
    [InlineData("Profit fell in Q3 2021.", "-", "Q3 2021", "2021-Q3")]
    [InlineData("Revenue for 2Q23 was $5.1 billion.", "-", "2Q23", "2023-Q2")]        // the year stuck to the label
    [InlineData("Net income in 1H23 rose 12%.", "-", "1H23", "2023-H1")]
    [InlineData("Net income in 2H 2024 will rise.", "-", "2H 2024", "2024-H2")]
    [InlineData("It shipped in 2023-W37 as planned.", "-", "2023-W37", "2023-W37")]       // an ISO week
    [InlineData("It shipped on 2023-W37-2 as planned.", "-", "2023-W37-2", "2023-09-12")]   // an ISO week date
    [InlineData("It shipped on 2020-W53-5 as planned.", "-", "2020-W53-5", "2021-01-01")]   // week 53 of a long year, in the next
    [InlineData("Profit fell in the third quarter of 2021.", "-", "the third quarter of 2021", "2021-Q3")]
    [InlineData("Third-quarter profit fell.", "1989-10-26", "Third-quarter", "1989-Q3")]
    [InlineData("Fourth-quarter profit fell.", "1990-01-15", "Fourth-quarter", "1989-Q4")]
    [InlineData("Profit fell in the second half of 2024.", "-", "the second half of 2024", "2024-H2")]
    [InlineData("It rolls out in the fourth quarter.", "2023-09-12", "the fourth quarter", "2022-Q4")]          // results: a quarter begun
    [InlineData("It will roll out in the fourth quarter.", "2023-09-12", "the fourth quarter", "2023-Q4")]      // a plan: the one ahead
    [InlineData("Analysts expect third-quarter profit to fall.", "2023-10-20", "third-quarter", "2023-Q3")]    // or the one just ended
    [InlineData("Analysts expect fourth-quarter profit to fall.", "2024-01-20", "fourth-quarter", "2023-Q4")]   // across the year's end
    [InlineData("It will roll out in the second quarter.", "2023-09-12", "the second quarter", "2024-Q2")]     // but only in its first month
    [InlineData("It will launch in the third quarter.", "2023-11-20", "the third quarter", "2024-Q3")]
    [InlineData("Analysts expect first-half profit to rise.", "2023-07-10", "first-half", "2023-H1")]
    [InlineData("Hadson said it expects to report a third-quarter loss.", "1989-11-02", "third-quarter", "1989-Q3")] // the season lasts into the second month
    [InlineData("It cut the dividend due to its third-quarter loss.", "1989-12-20", "third-quarter", "1989-Q3")]    // "due to its": a cause, no plan
    [InlineData("It will be done in the first half.", "2023-09-12", "the first half", "2024-H1")]
    [InlineData("Profit rose in the first half.", "2023-09-12", "the first half", "2023-H1")]
    [InlineData("Angkor Wat is an 11th century temple.", "-", "11th century", "10")]
    [InlineData("She is a 20th-century democrat.", "-", "20th-century", "19")]
    [InlineData("Rome grew in the 1st century.", "-", "the 1st century", "00")]            // TIMEX3 pads: two digits for a century,
    [InlineData("Rome grew in the 9th century.", "-", "the 9th century", "08")]
    [InlineData("Rome will grow in the next decade.", "0001-01-01", "the next decade", "001")]  // three for a decade
    [InlineData("Rome grew in this century.", "0050-06-01", "this century", "00")]
    [InlineData("Sales were flat in the last half of the '80s.", "1989-10-26", "the last half of the '80s", "198")]
    [InlineData("Demand holds through the first two quarters of 1990.", "1989-10-26", "the first two quarters of 1990", "1990-H1")]
    [InlineData("In nineteen ninety-six the bomb went off.", "-", "nineteen ninety-six", "1996")]
    [InlineData("It could take effect as early as next year's first quarter.", "1989-10-31", "next year's first quarter", "1990-Q1")]
    [InlineData("Net sales for this year's third quarter fell.", "1989-11-01", "this year's third quarter", "1989-Q3")]
    [InlineData("Sales for last year's second half were flat.", "1989-11-01", "last year's second half", "1988-H2")]
    public void Years_decades_quarters(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "DATE", value);

    [Theory]
    [InlineData("It began in early November 2022 and spread.", "-", "early November 2022", "2022-11")]
    [InlineData("It lasts until the end of December 2022 at least.", "-", "the end of December 2022", "2022-12")]
    [InlineData("It is due by mid-2024, they say.", "-", "mid-2024", "2024")]
    [InlineData("It happened late last July, they say.", "2023-09-12", "late last July", "2023-07")]
    [InlineData("The mill closed last January, they say.", "1998-03-01", "last January", "1998-01")]
    [InlineData("The mill closed last February, they say.", "1998-03-01", "last February", "1997-02")]   // the month just ended is "last month":
    [InlineData("The mill closed last Feb. 27, they say.", "1998-03-01", "last Feb. 27", "1997-02-27")]  // "last" and its name go a year further
    [InlineData("Sales rose last December.", "1999-01-05", "last December", "1998-12")]                 // but across the year's end last year's
    [InlineData("The mill closed last Dec. 30, they say.", "1999-01-20", "last Dec. 30", "1998-12-30")] // December is the month just gone
    [InlineData("The mill closed this past February.", "1998-03-01", "this past February", "1998-02")]   // "this past": the one just gone
    [InlineData("It happened in the summer of 1994, they say.", "-", "the summer of 1994", "1994-SU")]
    [InlineData("It happened last fall, they say.", "1999-06-07", "last fall", "1998-FA")]
    [InlineData("The festival took place this weekend.", "2023-09-12", "this weekend", "2023-W36-WE")]   // reported: the one just gone
    [InlineData("Lee will bring big waves this weekend.", "2023-09-12", "this weekend", "2023-W37-WE")] // forecast: the one ahead
    [InlineData("Looking at the weekend ahead.", "2026-11-26", "the weekend ahead", "2026-W48-WE")]      // "ahead" says so too
    [InlineData("Things to do this weekend in London.", "2026-06-17", "this weekend", "2026-W25-WE")]   // "this", nothing past: ahead
    [InlineData("We will go this coming weekend.", "2026-11-26", "this coming weekend", "2026-W48-WE")] // the next to come, this week's
    [InlineData("We will go the coming weekend.", "2026-11-28", "the coming weekend", "2026-W49-WE")]   // on its Saturday, the week after's
    [InlineData("He will meet them this coming Tuesday.", "2026-11-26", "this coming Tuesday", "2026-12-01")]
    [InlineData("He will rest over the weekend.", "2023-09-12", "the weekend", "2023-W37-WE")]
    [InlineData("By the end of the year it was over.", "2023-09-12", "the end of the year", "2023")]
    // a yearless season on the side its clause speaks of: in November, spring is last spring or next, winter this one or last
    [InlineData("The work will be finished in the spring.", "2026-11-24", "the spring", "2027-SP")]
    [InlineData("The museum reopens in the spring.", "2026-11-24", "the spring", "2027-SP")]
    [InlineData("The project was delayed until the spring.", "2026-11-24", "the spring", "2027-SP")]
    [InlineData("The museum reopened in the spring.", "2026-11-24", "the spring", "2026-SP")]
    [InlineData("The lake was closed in the winter.", "2026-11-24", "the winter", "2025-WI")]
    [InlineData("Repairs will be made over the winter.", "2026-11-24", "the winter", "2026-WI")]
    [InlineData("The roads close in the winter.", "2026-11-24", "the winter", "2026-WI")]
    public void Modifiers_and_seasons(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "DATE", value);

    [Theory]
    [InlineData("He was found on Thanksgiving Day off Florida.", "2000-01-07", "Thanksgiving Day", "1999-11-25")]
    [InlineData("He was found last Thanksgiving off Florida.", "2000-02-10", "last Thanksgiving", "1999-11-25")]
    [InlineData("The campaign runs to Election Day, they said.", "1998-10-26", "Election Day", "1998-11-03")]
    [InlineData("They met at Easter 2024 in Rome.", "-", "Easter 2024", "2024-03-31")]
    [InlineData("They meet on Christmas Eve in Rome.", "-", "Christmas Eve", "XXXX-12-24")]
    [InlineData("Protesters prayed as Easter week began.", "2000-04-17", "Easter week", "2000-W16")]   // the week that holds Easter Sunday
    [InlineData("Black Friday sales rose 7.5%.", "2023-09-12", "Black Friday", "2022-11-25")]          // the day after Thanksgiving; "rose": last year's
    [InlineData("Cyber Monday deals start soon.", "2023-09-12", "Cyber Monday", "2023-11-27")]         // the Monday after it
    [InlineData("Giving Tuesday donations rose.", "2023-09-12", "Giving Tuesday", "2022-11-29")]      // the Tuesday after it
    [InlineData("The Good Friday service was full.", "2023-09-12", "Good Friday", "2023-04-07")]        // Easter's day, less two
    [InlineData("Crowds gathered on Easter Sunday.", "2023-09-12", "Easter Sunday", "2023-04-09")]      // Easter itself
    [InlineData("Crowds gathered on Easter Monday.", "2023-09-12", "Easter Monday", "2023-04-10")]
    [InlineData("Lent begins on Ash Wednesday.", "2024-01-10", "Ash Wednesday", "2024-02-14")]          // Easter less 46 days
    [InlineData("Crowds gathered on Palm Sunday.", "2024-03-26", "Palm Sunday", "2024-03-24")]          // Easter less seven days
    [InlineData("Crowds gathered on Palm Sunday.", "2024-03-20", "Palm Sunday", "2023-04-02")]          // a past event: last year's
    [InlineData("Results came in on Super Tuesday.", "2023-09-12", "Super Tuesday", "XXXX-XX-XX")]     // set by each primary calendar
    [InlineData("Super Tuesday 2024 is near.", "2023-09-12", "Super Tuesday 2024", "2024-XX-XX")]      // its year, not its day
    [InlineData("Black Friday 2022 was big.", "-", "Black Friday 2022", "2022-11-25")]
    [InlineData("The Fourth of July parade was canceled.", "2023-09-12", "The Fourth of July", "2023-07-04")]
    [InlineData("Shops were shut on Easter Saturday.", "2023-09-12", "Easter Saturday", "2023-04-08")]  // Holy Saturday, the day before Easter
    [InlineData("Crowds gathered on Easter Saturday 2024.", "-", "Easter Saturday 2024", "2024-03-30")]
    [InlineData("The Christmas holidays start soon.", "2023-09-12", "Christmas", "2023-12-25")]           // the holiday's own time
    [InlineData("The Black Friday sales were strong.", "2023-09-12", "Black Friday", "2022-11-25")]    // told as past: last year's
    [InlineData("The Black Friday sales will be strong.", "2023-09-12", "Black Friday", "2023-11-24")]
    [InlineData("The shop opened its doors on Black Friday.", "2026-11-24", "Black Friday", "2025-11-28")]   // a past event three days
    [InlineData("They married on Valentine's Day.", "2026-11-24", "Valentine's Day", "2026-02-14")]          // before the next one
    [InlineData("The plane crashed shortly after takeoff on Christmas Eve.", "2026-11-24", "Christmas Eve", "2025-12-24")]
    [InlineData("The shop opens on Black Friday.", "2026-11-24", "Black Friday", "2026-11-27")]
    [InlineData("Stores open on Easter Saturday.", "2023-09-12", "Easter Saturday", "2024-03-30")]     // a timetable: ahead
    [InlineData("Stores opened on Easter Saturday.", "2023-09-12", "Easter Saturday", "2023-04-08")]
    [InlineData("Fireworks are banned on New Year's Eve.", "2023-09-20", "New Year's Eve", "2023-12-31")]
    [InlineData("We met on New Year's Day.", "2023-09-20", "New Year's Day", "2023-01-01")]
    [InlineData("Stores close over New Year's.", "2023-09-20", "New Year's", "2024-01-01")]
    [InlineData("Shoppers return on Boxing Day.", "2023-09-20", "Boxing Day", "2023-12-26")]
    [InlineData("Juneteenth is a federal holiday.", "2023-09-20", "Juneteenth", "2023-06-19")]
    [InlineData("The march is on Anzac Day.", "2023-09-20", "Anzac Day", "2024-04-25")]
    [InlineData("Flowers sold out before Mother's Day.", "2023-09-20", "Mother's Day", "2023-05-14")]   // the second Sunday of May
    [InlineData("Markets were closed for Presidents' Day.", "2023-09-20", "Presidents' Day", "2023-02-20")]
    [InlineData("MLK Day events were held.", "2023-09-20", "MLK Day", "2023-01-16")]
    [InlineData("Canada Day fireworks lit the sky.", "2023-09-20", "Canada Day", "2023-07-01")]
    [InlineData("The parade is on Remembrance Day.", "-", "Remembrance Day", "XXXX-11-11")]
    [InlineData("Veterans marched on Remembrance Sunday.", "2026-11-26", "Remembrance Sunday", "2026-11-08")] // the second Sunday of November
    [InlineData("The parade took place on St Patrick's Day.", "2026-11-26", "St Patrick's Day", "2026-03-17")]
    [InlineData("The parade is on St. Patrick's Day.", "-", "St. Patrick's Day", "XXXX-03-17")]
    [InlineData("Fireworks lit the sky on Bonfire Night.", "2026-11-26", "Bonfire Night", "2026-11-05")]
    [InlineData("The board meets on the first Monday of December.", "2026-11-24", "the first Monday of December", "2026-12-07")] // a month's calendar
    [InlineData("The board meets on the last Friday of the month.", "2026-11-24", "the last Friday of the month", "2026-11-27")]
    [InlineData("Rent is due on the first day of next month.", "2026-11-24", "the first day of next month", "2026-12-01")]
    [InlineData("It is held on the second Tuesday in March 2027.", "2026-11-24", "the second Tuesday in March 2027", "2027-03-09")]
    public void Holidays(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "DATE", value);

    [Theory]
    [InlineData("Prices rose last month.", "2023-09-12", "last month", "DATE", "2023-08")]
    [InlineData("Prices rose last month.", "-", "last month", "DATE", "XXXX-XX")]
    [InlineData("They meet next week.", "2023-09-12", "next week", "DATE", "2023-W38")]
    [InlineData("They met two years ago.", "2023-09-12", "two years ago", "DATE", "2021")]
    [InlineData("They met three months ago.", "2023-09-12", "three months ago", "DATE", "2023-06")]
    [InlineData("It will be done two days from now.", "2023-09-12", "two days from now", "DATE", "2023-09-14")] // counted from the report
    [InlineData("The vote is two days ahead.", "2023-09-12", "two days ahead", "DATE", "2023-09-14")]
    [InlineData("Results came two weeks ahead of the election.", "2023-09-12", "two weeks", "DURATION", "P2W")] // anchored on the event
    [InlineData("Then, a week or so ago, he picked a date.", "1991-02-25", "a week or so ago", "DATE", "1991-W08")]
    [InlineData("It grew earlier this year.", "2023-09-12", "earlier this year", "DATE", "2023")]
    [InlineData("It will grow in the coming months.", "2023-09-12", "the coming months", "DURATION", "PXM")]
    [InlineData("Funds may sell junk in the weeks ahead.", "2023-09-12", "the weeks ahead", "DURATION", "PXW")]
    [InlineData("It rained yesterday.", "2023-09-12", "yesterday", "DATE", "2023-09-11")]
    [InlineData("It rains tomorrow.", "2023-09-12", "tomorrow", "DATE", "2023-09-13")]
    [InlineData("The offer ran in today's editions of the Journal.", "1989-11-02", "today", "DATE", "1989-11-02")] // a day's own thing
    [InlineData("The board may stop work by the end of tomorrow.", "1989-11-02", "the end of tomorrow", "DATE", "1989-11-03")]
    [InlineData("It is raining now.", "2023-09-12", "now", "DATE", "PRESENT_REF")]
    [InlineData("It is currently raining.", "2023-09-12", "currently", "DATE", "PRESENT_REF")]
    [InlineData("It rained recently.", "2023-09-12", "recently", "DATE", "PAST_REF")]
    [InlineData("They fought in the past.", "2023-09-12", "the past", "DATE", "PAST_REF")]
    [InlineData("Officials have indicated in the past that they could send troops.", "1990-08-13", "the past", "DATE", "PAST_REF")]
    [InlineData("It may be resolved in a hearing the week of March 6, he said.", "2000-02-24", "the week of March 6", "DATE", "2000-W10")]
    [InlineData("The festival is on the weekend of Sept. 9-10.", "2023-09-20", "the weekend of Sept. 9", "DATE", "2023-W36-WE")] // that day's weekend
    [InlineData("The event takes place on the weekend of 5-6 December.", "2026-11-24", "the weekend of 5-6 December", "DATE", "2026-W49-WE")]
    [InlineData("The day before last Tuesday's hearing, he went home.", "2000-02-24", "The day before last Tuesday", "DATE", "2000-02-21")]
    [InlineData("They will meet the day after tomorrow.", "2000-02-24", "the day after tomorrow", "DATE", "2000-02-26")]
    [InlineData("A day after he was hounded, he spoke.", "2000-02-24", "A day", "DURATION", "P1D")]      // an event, not a day: the span alone
    [InlineData("Rates will stay low for now, she said.", "2023-09-12", "now", "DATE", "PRESENT_REF")]
    [InlineData("Now the alliance has a new mission.", "2023-09-12", "Now", "DATE", "PRESENT_REF")]
    [InlineData("Net will rise for the full year.", "1989-10-26", "the full year", "DATE", "1989")]   // "the" before a grammar word
    [InlineData("It expects to close the deal by year-end.", "1989-11-02", "year-end", "DATE", "1989")]
    [InlineData("It's the second day of an offensive by the police.", "1998-03-06", "the second day", "DATE", "1998-03-06")]
    [InlineData("Islam will one day be the second largest religion.", "1998-03-03", "one day", "DATE", "FUTURE_REF")] // some day
    [InlineData("He had only been in the job one day.", "1989-10-30", "one day", "DURATION", "P1D")]
    [InlineData("The percentage change is since year-end.", "1989-10-30", "year-end", "DATE", "1988-12-31")] // the last one passed
    [InlineData("Rates may dip in the short term.", "1989-10-26", "the short term", "DATE", "FUTURE_REF")]
    [InlineData("Sales fell from a year earlier.", "1989-10-26", "a year earlier", "DATE", "1988")]
    [InlineData("Holders may buy shares at the then current market price.", "1989-10-26", "current", "DATE", "PAST_REF")]
    [InlineData("The current and former leaders met.", "2023-09-12", "current", "DATE", "PRESENT_REF")]
    [InlineData("Loss carry-forwards will cut taxes in future quarters.", "1989-10-30", "future quarters", "DATE", "FUTURE_REF")]
    [InlineData("Three doctors were killed, most recently last October.", "1999-02-06", "last October", "DATE", "1998-10")] // the date is the time
    // a season of play keeps no calendar: TIMEX3's fuzzy past, present and future
    [InlineData("United will be stronger next season.", "2023-09-12", "next season", "DATE", "FUTURE_REF")]
    [InlineData("He scored 20 goals last season.", "2023-09-12", "last season", "DATE", "PAST_REF")]
    [InlineData("This season has been a disaster for the club.", "2023-09-12", "This season", "DATE", "PRESENT_REF")]
    [InlineData("He left the club this past season.", "2023-09-12", "this past season", "DATE", "PAST_REF")]
    [InlineData("The show returns for the following season.", "2023-09-12", "the following season", "DATE", "FUTURE_REF")]
    // "the past week": the seven days up to the report, in the calendar week holding most of them; "last week" the week before
    [InlineData("Sales fell over the past week.", "2026-11-24", "the past week", "DATE", "2026-W47")]   // written on a Tuesday
    [InlineData("Sales fell over the past week.", "2026-11-26", "the past week", "DATE", "2026-W48")]   // on a Thursday
    [InlineData("Sales fell in the last week.", "2000-04-14", "the last week", "DATE", "2000-W15")]
    [InlineData("Stocks rose over the past week of trading.", "2026-11-26", "the past week", "DATE", "2026-W48")]
    [InlineData("Sales fell last week.", "2026-11-26", "last week", "DATE", "2026-W47")]
    // "the last week of March", "the last year of his term": the end of a period, no week or year before the report's
    [InlineData("Sales fell in the last week of March.", "2026-11-26", "March", "DATE", "2026-03")]
    [InlineData("The last day of the trial was Monday.", "2026-11-26", "Monday", "DATE", "2026-11-23")]
    // a count on from a day named: today, tomorrow, or the weekday ahead
    [InlineData("The vote is a week from Friday.", "2026-11-24", "a week from Friday", "DATE", "2026-12-04")]
    [InlineData("The deal closes two weeks from today.", "2026-11-24", "two weeks from today", "DATE", "2026-12-08")]
    [InlineData("The trial starts three days from tomorrow.", "2026-11-24", "three days from tomorrow", "DATE", "2026-11-28")]
    [InlineData("The lease ends a year from Monday.", "2026-11-24", "a year from Monday", "DATE", "2027-11-30")]
    public void Relative_expressions(string text, string reference, string mention, string type, string value) =>
        Check(text, reference, mention, type, value);

    [Theory]
    [InlineData("Threats had become routine over the past decade.", "1998-10-25", "the past decade", "DURATION", "P10Y")]
    [InlineData("It was one of the great events of the past century.", "1989-11-01", "the past century", "DURATION", "P100Y")]
    [InlineData("Rents doubled this past decade.", "2023-09-12", "this past decade", "DURATION", "P10Y")]
    // "last", "this", an ordinal or the digits name the calendar's decade or century
    [InlineData("Workers lost earning power in the last decade.", "1998-02-06", "the last decade", "DATE", "198")]
    [InlineData("The last century was violent.", "1998-02-06", "The last century", "DATE", "18")]
    [InlineData("Nothing like it happened this century.", "1999-03-12", "this century", "DATE", "19")]
    [InlineData("It was the bloodiest war of the 20th century.", "1989-11-01", "the 20th century", "DATE", "19")]
    [InlineData("Prices soared in the 1990s.", "2023-09-12", "the 1990s", "DATE", "199")]
    public void The_past_decade_or_century_is_a_span_up_to_now(string text, string reference, string mention, string type, string value) =>
        Check(text, reference, mention, type, value);

    [Theory]
    [InlineData("The case is for today's youth what the war was for theirs.", "2000-01-07", "PRESENT_REF")]
    [InlineData("Mothers in today's world can prove it.", "1998-04-24", "PRESENT_REF")]
    [InlineData("The chip runs many of today's personal computers.", "1989-10-27", "PRESENT_REF")] // modifiers before the noun
    [InlineData("Children grow up in today's fast-paced world.", "2023-09-12", "PRESENT_REF")]
    [InlineData("In today's market, a house costs more.", "2023-09-12", "PRESENT_REF")]
    // an event of the day keeps the day
    [InlineData("Today's meeting ran late.", "2023-09-12", "2023-09-12")]
    [InlineData("He spoke before today's vote on children.", "2023-09-12", "2023-09-12")]
    [InlineData("At today's session, shares fell.", "2023-09-12", "2023-09-12")]
    [InlineData("Today's market rose 2%.", "2023-09-12", "2023-09-12")]                 // "market" is nowadays only after "in"
    [InlineData("Today's women's final starts at noon.", "2023-09-12", "2023-09-12")]   // another possessive's noun
    [InlineData("The offer ran in today's editions of the Journal.", "1989-11-02", "1989-11-02")]
    public void Todays_used_of_the_times_is_the_present(string text, string reference, string value) =>
        Assert.Equal(value, Assert.Single(DateExtractor.Default.Extract(text, Reference(reference)),
            m => m.Text.Equals("today", StringComparison.OrdinalIgnoreCase)).Value);

    [Theory]
    [InlineData("They met the day after December 31.", "2023-06-01", "the day after December 31", "2023-01-01")]
    [InlineData("They met the day before Friday.", "2023-09-12", "the day before Friday", "2023-09-07")]
    [InlineData("They met a day after Christmas.", "2000-01-07", "a day after Christmas", "1999-12-26")]
    // no reference: the whole phrase, unresolved, rather than the day it is counted from
    [InlineData("They will meet the day after tomorrow.", "-", "the day after tomorrow", "XXXX-XX-XX")]
    [InlineData("They met the day after December 31.", "-", "the day after December 31", "XXXX-XX-XX")]
    [InlineData("They met the day before Friday.", "-", "the day before Friday", "XXXX-XX-XX")]
    // the calendar ends: unresolved, never an exception
    [InlineData("They meet the day after today.", "9999-12-31", "the day after today", "XXXX-XX-XX")]
    [InlineData("They meet the day after tomorrow.", "9999-12-30", "the day after tomorrow", "XXXX-XX-XX")]
    [InlineData("They met the day before today.", "0001-01-01", "the day before today", "XXXX-XX-XX")]
    [InlineData("They met the day before yesterday.", "0001-01-02", "the day before yesterday", "XXXX-XX-XX")]
    [InlineData("They met the day before January 1.", "0001-01-02", "the day before January 1", "XXXX-XX-XX")]
    public void The_day_before_or_after_a_day_is_one_day_off_it(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "DATE", value);

    [Theory]
    // a chain is read at its last link: no recursion per link, the same answer wherever a window of tokens cuts it
    [InlineData(2, "2000-02-24", "the day after tomorrow=2000-02-26")]
    [InlineData(300, "2000-02-24", "the day after tomorrow=2000-02-26")]
    [InlineData(3_000, "-", "the day after tomorrow=XXXX-XX-XX")]
    public void A_chain_of_days_after_is_read_at_its_last_link(int links, string reference, string expected)
    {
        var text = string.Concat(Enumerable.Repeat("the day after ", links - 1)) + "tomorrow.";
        var mentions = DateExtractor.Default.Extract(text, Reference(reference));
        Assert.Equal([expected], mentions.Select(m => m.Text + "=" + m.Value));
    }

    [Fact]
    public void A_long_chain_of_days_after_is_scanned_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("the day after ", 50_000)) + "tomorrow.";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Single(DateExtractor.Default.Extract(text));
        Assert.Single(DateExtractor.Default.Extract(text, Reference("9999-12-30")));

        // About 0.7 s in a Debug build on the 2-core machine; a scan that walked the chain from every link would
        // take minutes. The bound leaves room for a machine busy with other builds, where 2 s failed.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    [Theory]
    [InlineData("It rains tomorrow.", "9999-12-31", "tomorrow", "XXXX-XX-XX")]
    [InlineData("It rained yesterday.", "0001-01-01", "yesterday", "XXXX-XX-XX")]
    [InlineData("They met last Tuesday.", "0001-01-01", "last Tuesday", "XXXX-WXX-2")]
    [InlineData("They met last Tuesday.", "0001-01-02", "last Tuesday", "XXXX-WXX-2")]   // a Tuesday: the one before is out
    [InlineData("They meet next Friday.", "9999-12-31", "next Friday", "XXXX-WXX-5")]
    [InlineData("They met Friday.", "0001-01-05", "Friday", "0001-01-05")]
    // Feb. 29 where the years around have none: the nearest leap year, past-leaning
    [InlineData("It opened Feb. 29 downtown.", "1900-06-01", "Feb. 29", "1896-02-29")]
    [InlineData("It opened Feb. 29 downtown.", "0001-01-01", "Feb. 29", "0004-02-29")]
    [InlineData("It opened Feb. 29 downtown.", "9999-12-31", "Feb. 29", "9996-02-29")]
    [InlineData("It opened Thursday, Feb. 29 downtown.", "1900-06-01", "Thursday, Feb. 29", "1896-02-29")] // no Thursday, Feb. 29 near: the date alone
    [InlineData("Things changed in the '80s.", "0001-01-01", "the '80s", "008")]       // not the 80s BC
    [InlineData("Things changed in the '20s.", "9999-12-31", "the '20s", "992")]
    public void Resolution_stops_at_the_ends_of_the_calendar(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "DATE", value);

    /// <summary>A phrase of every family in this spec; the first and last days of the calendar are references too.</summary>
    private static readonly string[] EveryFamily =
    [
        "2023-09-12", "09/12/2023", "12.09.2023", "9/12/98", "Sept. 15", "September 5, 2022", "the 5th of September, 2022",
        "July 1988", "June", "February this year", "April next year", "Jan. 31", "Feb. 29", "Dec. 31", "Jan. 1",
        "Wednesday, Aug. 30", "Thursday, Feb. 29", "early Tuesday", "Friday", "last Friday", "next Monday", "this Friday",
        "the previous Friday", "the following Monday", "until Tuesday", "2022", "the 1990s", "the '80s", "the 1800s", "the 19th century",
        "FY2023", "fiscal 1989", "Q3 2021", "the third quarter", "Third-quarter", "Fourth-quarter", "the second half", "the first half",
        "next year's first quarter", "last year's second half", "this year's third quarter", "the current fiscal year", "the latest quarter",
        "the quarter", "the quarter a year ago", "the year-earlier quarter", "the corresponding period last year", "year-end", "year end",
        "early November 2022", "the end of December 2022", "mid-2024", "late last July", "the summer of 1994", "last fall", "next spring",
        "this winter", "the end of the year", "Thanksgiving Day", "last Thanksgiving", "next Christmas", "Election Day", "Memorial Day",
        "Labor Day", "Easter", "Easter week", "Christmas Eve", "Valentine's Day", "last month", "next month", "next week", "this week",
        "the weekend", "next weekend", "two years ago", "three months ago", "999 weeks ago", "999 years from now", "a week or so ago",
        "earlier this year", "the coming months", "the next decade", "next century", "this decade", "last century", "yesterday",
        "tomorrow", "today", "tonight", "last night", "this morning", "tomorrow morning", "late afternoon yesterday", "now", "currently",
        "recently", "the past", "the week of March 6", "the week of Dec. 31", "the day before last Tuesday", "the day after tomorrow",
        "the day after today", "the day before yesterday", "the day before January 1", "a day after Christmas", "the day after December 31",
        "the day after the day after tomorrow", "a year earlier", "a year ago", "the following year", "the previous year", "that same day",
        "later that year", "7:27 PM", "10pm local time", "9 a.m. EST Tuesday", "Friday morning", "12 years", "five hours", "every week",
        "annually", "every Monday", "the quarter ended Sept. 30", "the quarter ended Jan. 2", "April 24 and 25", "yesterday and 2",
        "Feb. 29 next year", "April 5 next year", "Dec. 31 last year", "January last year", "the fourth quarter", "next quarter",
        "the first quarter", "this summer", "last winter", "next Easter", "last Christmas", "the previous day",
        "Wednesday's ruling", "ahead of Friday's meeting", "the latest period", "since year-end", "it's the second day of",
        "the fiscal year ended Jan. 31", "Oct. 3. The next day", "Jan. 1. The previous day", "will one day",
        "10:35 a.m. (0735 GMT) Friday", "three days later", "twenty four hours", "a day-long", "decades-long", "several-year",
        "over the years", "the weeks ahead", "within weeks", "today's youth", "USA Today", "higher this year than last",
        "later in the day", "the same day", "Later that same day", "the past decade", "this past century",
        "the weekend of Sept. 9", "the weekend of Dec. 31", "New Year's Eve", "New Year's Day", "over New Year's", "Boxing Day",
        "Mother's Day", "MLK Day", "Juneteenth", "on the 28th", "by the 1st", "on the 31st", "a quarter past ten", "half past six",
        "a quarter to one a.m.", "the coming weekend", "this coming Tuesday", "the weekend ahead", "the first Monday of December",
        "the fifth Saturday of the month", "the last Friday of the month", "the first day of next month", "the last day of last month",
        "Sept. 30 of next year", "March of last year", "December 3 to 5", "St Patrick's Day", "Remembrance Sunday", "Bonfire Night",
        "three times a week", "between 10pm and midnight on September 12", "October from a year earlier",
    ];

    private static readonly string[] CalendarEnds =
        ["0001-01-01", "0001-01-02", "0001-01-05", "9999-11-10", "9999-12-10", "9999-12-25", "9999-12-30", "9999-12-31", "1900-06-01", "-"];

    [Fact]
    public void Every_family_resolves_against_the_first_and_last_days_of_the_calendar()
    {
        foreach (var reference in CalendarEnds)
        {
            foreach (var phrase in EveryFamily)
            {
                foreach (var text in (string[])[phrase, "On Dec. 31, 2023, " + phrase + ", he said.", "He will go " + phrase + "."])
                {
                    var thrown = Record.Exception(() => DateExtractor.Default.Extract(text, Reference(reference)));
                    Assert.True(thrown is null, $"\"{text}\" with reference {reference}: {thrown}");
                }
            }
        }
    }

    /// <summary>The replay of tests/regressions runs Clean against one ordinary reference and on a full stack; the
    /// date crashes found there also need the ends of the calendar, and a small stack to show that recursion
    /// does not grow with the text (as it did once per link of "the day after the day after ...").</summary>
    [Fact]
    public void Date_regression_inputs_resolve_against_the_first_and_last_days_of_the_calendar_on_a_small_stack()
    {
        var files = Directory.GetFiles(TextClean.Testing.RepoPaths.Regressions!, "totality-dates-*.txt");
        Assert.NotEmpty(files);
        var failures = new List<string>();
        var worker = new Thread(() =>
        {
            foreach (var path in files)
            {
                var input = TextClean.Testing.Regressions.RegressionFile.Read(path).Input;
                foreach (var reference in CalendarEnds)
                {
                    if (Record.Exception(() => DateExtractor.Default.Extract(input, Reference(reference))) is { } thrown)
                    {
                        failures.Add($"{Path.GetFileName(path)} with reference {reference}: {thrown}");
                    }
                }
            }
        }, maxStackSize: SmallStack);
        worker.Start();
        worker.Join();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private const int SmallStack = 256 * 1024;

    [Theory]
    [InlineData("He was promoted in 1995, and the following year he moved to Paris.", "1998-04-18", "1995|1996")]
    [InlineData("It rejected a bid in March. The following month, it put itself up for sale.", "1989-10-27", "1989-03|1989-04")]
    [InlineData("It was founded in 1990; the previous year it had no name.", "1998-04-18", "1990|1989")]
    [InlineData("The following year will be hard.", "1998-04-18", "1999")]   // nothing named yet: the reference
    [InlineData("He came in June 1998 and returned later that year.", "2000-01-28", "1998-06|1998")]
    [InlineData("Imports fell in 1988. Exports rose that year.", "1989-11-02", "1988|1988")]
    [InlineData("He was shot on Oct. 23, 1998. Earlier that day, he had met them.", "1999-10-24", "1998-10-23|1998-10-23")]
    [InlineData("The site was closed that same day.", "1999-02-06", "")]      // no date named before: nothing to anchor
    [InlineData("The index fell Friday, down 4.5% from the previous Friday.", "1989-10-30", "1989-10-27|1989-10-20")]
    [InlineData("It met on Oct. 3, 1990 and again the following Monday.", "1991-01-01", "1990-10-03|1990-10-08")]
    [InlineData("He was arrested on Oct. 3. The next day he was freed.", "2012-11-07", "2012-10-03|2012-10-04")]
    [InlineData("He was freed on Oct. 3. The previous day, he had fled.", "2012-11-07", "2012-10-03|2012-10-02")]
    [InlineData("He will be freed the next day.", "2012-11-07", "2012-11-08")]   // no day named yet: the reference's
    // a part of the day after or before the last day named, as "the next day" is
    [InlineData("He was arrested on Feb. 20 and appeared in court the next morning.", "2000-02-24", "2000-02-20|2000-02-21TMO")]
    [InlineData("He flew home Tuesday; early the following morning he called.", "2000-02-24", "2000-02-22|2000-02-23TMO")]
    [InlineData("The raid came on Oct. 3. The previous night had been calm.", "2012-11-07", "2012-10-03|2012-10-02TNI")]
    [InlineData("He will leave the next morning.", "2012-11-07", "2012-11-08TMO")]   // no day named yet: the reference's
    public void The_following_year_follows_the_last_date_the_text_named(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    [InlineData("The summit will be held on April 24 and 25.", "1999-02-10", "1999-04-24|1999-04-25")]
    [InlineData("A third flight leaves each Thursday from August 6.", "1998-02-13", "XXXX-WXX-4|1998-08-06")]  // a timetable's start: ahead
    [InlineData("Voting is on Sept. 14 or 15, 2024.", "2023-09-01", "2024-09-14|2024-09-15")] // the year is said once, at the end
    [InlineData("Voting is on Sept. 14 or 15.", "-", "XXXX-09-14|XXXX-09-15")]
    [InlineData("The trial runs Sept. 4-8 in Ohio.", "2023-09-12", "2023-09-04|2023-09-08")]     // a range: its two ends
    [InlineData("The fair runs Sept. 4\u20138, 2024.", "2023-09-12", "2024-09-04|2024-09-08")]
    [InlineData("From Sept. 30-1 it failed.", "2023-09-12", "2023-09-30")]                     // no range runs backward
    [InlineData("The survey ran June 1-2 percent.", "2023-09-12", "2023-06-01")]
    [InlineData("The 5.1.2023-09 build shipped.", "2023-09-12", "2023-01-05")]                 // a range starts at a day, not a year
    [InlineData("It ran 9/4/2023 - 9/8/2023 in Ohio.", "2023-09-12", "2023-09-04|2023-09-08")]
    [InlineData("The fair runs Sept. 4th-8th.", "2023-09-12", "2023-09-04|2023-09-08")]
    [InlineData("The festival runs December 3 to 5.", "2026-11-26", "2026-12-03|2026-12-05")]   // "to" as the hyphen
    [InlineData("It rose on Dec. 3 to 5 percent.", "2026-11-26", "2025-12-03")]                // an amount after "to"
    [InlineData("Reserves fell on Jan. 10 to 28 million.", "2026-11-24", "2026-01-10")]
    [InlineData("It ran Sept. 30-1, 2024 there.", "2023-09-12", "2023-09-30|2024")]                 // no range: the year is not the first day's
    [InlineData("On April 24 and 25 people were hurt.", "1999-02-10", "1998-04-24")]   // a count (and a past event: last April)
    [InlineData("It rained yesterday and 2 of them left.", "-", "XXXX-XX-XX")]        // no month to share: no second date
    [InlineData("He served 12 years, and 3 months ago left.", "2023-09-12", "P12Y|2023-06")] // no date to share a month with
    [InlineData("The post-1959 politics split families.", "2000-02-24", "1959")]
    [InlineData("Today is the eighth day of the blockade.", "1990-08-13", "1990-08-13|1990-08-13")]
    [InlineData("Monday is the first day of the summit.", "2023-09-12", "2023-09-11")]   // Monday's first day, not the report's
    // a yearless date takes the year its clause names
    [InlineData("The 2024 Olympics open on July 26.", "2023-09-12", "2024|2024-07-26")]
    [InlineData("The 2022 World Cup final was played on Dec. 18 in Qatar.", "2023-09-12", "2022|2022-12-18")]
    [InlineData("Last year the festival began on June 3.", "2023-09-12", "2022|2022-06-03")]
    [InlineData("The 2024 Games begin in July.", "2023-09-12", "2024|2024-07")]
    [InlineData("In 2019 the team won the title, and on July 26 it was sold.", "2023-09-12", "2019|2023-07-26")] // another clause
    [InlineData("Prices rose from 2019 to July 26.", "2023-09-12", "2019|2023-07-26")]                          // a range's end
    [InlineData("In the 2020 election, held on Nov. 3, turnout rose.", "2023-09-12", "2020|2020-11-03")]       // a participle after the comma
    [InlineData("Sales rose in 2022, the company said on March 3.", "2023-09-12", "2022|2023-03-03")]           // the saying is another clause
    [InlineData("Its 2023-24 season starts on Oct. 24.", "2023-09-12", "2023|2024|2023-10-24")]                // a span's last year is not the day's
    [InlineData("The 2022 results were released on March 3.", "2023-09-12", "2022|2023-03-03")]                 // an account of the year comes after it
    [InlineData("Results for 2022 were released on March 3.", "2023-09-12", "2022|2023-03-03")]
    [InlineData("The 2024 budget was approved on Dec. 20.", "2023-12-21", "2024|2023-12-20")]                   // reported: not after the report
    // a day before another that its month follows: "27-29 November" is two days, as "Nov. 27-29" is
    [InlineData("The festival runs from 27-29 November.", "2026-11-24", "2026-11-27|2026-11-29")]
    [InlineData("The festival runs 27 to 29 November.", "2026-11-24", "2026-11-27|2026-11-29")]
    [InlineData("The summit, held 12\u201314 June 1998, ended.", "2023-09-12", "1998-06-12|1998-06-14")]
    [InlineData("Voting is on 14 or 15 September 2024.", "2023-09-01", "2024-09-14|2024-09-15")]
    [InlineData("The fair ran 30-1 December.", "2023-09-12", "2023-12-01")]     // no range runs backward
    [InlineData("Prices rose 2 to 3 percent in November.", "2023-12-12", "2023-11")]
    public void Dates_in_a_row(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    /// <summary>The mentions of a text as "text=value", in order.</summary>
    private static string[] MentionsOf(string text, string reference) =>
        [.. DateExtractor.Default.Extract(text, Reference(reference)).Select(m => m.Text + "=" + m.Value)];

    [Theory]
    [InlineData("Dividends will be twice as high this year as last.", "1989-10-27", "this year=1989|last=1988")]
    [InlineData("Sales were higher this week than last, he said.", "2023-09-12", "this week=2023-W37|last=2023-W36")]
    [InlineData("Profit this quarter, the firm said, was better than last.", "2023-09-12", "this quarter=2023-Q3|last=2023-Q2")]
    [InlineData("Sales were higher this year than last.", "-", "this year=XXXX|last=XXXX")]
    // "last" elsewhere is no time: no unit named before "as" or "than", or a noun after it
    [InlineData("He finished last. It was worse than last time.", "2023-09-12", "")]
    [InlineData("Prices rose more this year than last time.", "2023-09-12", "this year=2023")]
    [InlineData("It rose this year. Costs are as high as last.", "2023-09-12", "this year=2023")]
    [InlineData("It is higher than last.", "2023-09-12", "")]
    public void A_bare_last_ending_a_comparison_is_the_unit_named_before_it(string text, string reference, string mentions) =>
        Assert.Equal(mentions.Split('|', StringSplitOptions.RemoveEmptyEntries), MentionsOf(text, reference));

    [Theory]
    [InlineData("The vote was on Jan. 5. Later that day the board met.", "1999-02-06", "Jan. 5=1999-01-05|Later that day=1999-01-05")]
    [InlineData("The vote was on Jan. 5. The same day, prices rose.", "1999-02-06", "Jan. 5=1999-01-05|The same day=1999-01-05")]
    [InlineData("Talks began Monday. Earlier in the day, shares fell.", "2023-09-12", "Monday=2023-09-11|Earlier in the day=2023-09-11")]
    [InlineData("Talks began Monday morning. Later in the day, he left.", "2023-09-12", "Monday morning=2023-09-11TMO|Later in the day=2023-09-11")]
    [InlineData("The vote was on Jan. 5.\n\nLater that day the board met.", "1999-02-06", "Jan. 5=1999-01-05|Later that day=1999-01-05")] // the paragraph before
    // a month or a year gives its day unknown
    [InlineData("He was shot last October. His name was crossed out that same day.", "1999-02-06", "last October=1998-10|that same day=1998-10-XX")]
    [InlineData("Imports fell in 1988. Exports rose later that day.", "1999-02-06", "1988=1988|later that day=1988-XX-XX")]
    // no date in reach: the report's day for "in the day", nothing for "that day"
    [InlineData("Shares fell later in the day.", "2023-09-12", "later in the day=2023-09-12")]
    [InlineData("The vote was on Jan. 5.\n\nIt rained.\n\nLater that day the board met.", "1999-02-06", "Jan. 5=1999-01-05")]
    [InlineData("The vote was on Jan. 5.\n\nIt rained.\n\nLater in the day, it met.", "1999-02-06", "Jan. 5=1999-01-05|Later in the day=1999-02-06")]
    [InlineData("The site was shut the same day.", "1999-02-06", "")]
    // a bare "that day" after a month is as often a day of its own; "the same day as" an event is that event's
    [InlineData("Sales fell in September. Trades made that day lost money.", "1989-10-27", "September=1989-09")]
    [InlineData("The vote was on Jan. 5. He left the same day as the vote.", "1999-02-06", "Jan. 5=1999-01-05")]
    // a week names no day
    [InlineData("Talks began last week. Later in the day, he left.", "2023-09-12", "last week=2023-W36")]
    // "that night", "later that evening": the part of the day named, on the last day named (a day only: a month's
    // "that night" is a night of its own)
    [InlineData("Police arrested him on Feb. 20. That night he escaped.", "2000-02-24", "Feb. 20=2000-02-20|That night=2000-02-20TNI")]
    [InlineData("Police arrested him on Feb. 20 and freed him that night.", "2000-02-24", "Feb. 20=2000-02-20|that night=2000-02-20TNI")]
    [InlineData("The vote was on Jan. 5. Later that evening the board met.", "1999-02-06", "Jan. 5=1999-01-05|Later that evening=1999-01-05TEV")]
    [InlineData("The vote was on Jan. 5. That same morning, prices rose.", "1999-02-06", "Jan. 5=1999-01-05|That same morning=1999-01-05TMO")]
    [InlineData("Sales fell in September. That night he quit.", "1989-10-27", "September=1989-09")]
    [InlineData("The vote was on Jan. 5.\n\nIt rained.\n\nThat night the board met.", "1999-02-06", "Jan. 5=1999-01-05")]
    // "that" joining a clause to a noun the part of the day describes
    [InlineData("On Jan. 5 he said that morning traffic was heavy.", "1999-02-06", "Jan. 5=1999-01-05")]
    [InlineData("On Jan. 5 he said that evening classes would close.", "1999-02-06", "Jan. 5=1999-01-05")]
    public void That_same_day_is_the_day_the_text_last_named_in_its_paragraph_or_the_one_before(string text, string reference, string mentions) =>
        Assert.Equal(mentions.Split('|', StringSplitOptions.RemoveEmptyEntries), MentionsOf(text, reference));

    [Theory]
    [InlineData("The vote was put off to a later date.", "2000-02-24", "a later date=FUTURE_REF")]
    [InlineData("A future date will be set.", "2000-02-24", "A future date=FUTURE_REF")]
    [InlineData("The plant opened at a later date than planned.", "2000-02-24", "")] // a comparison names no time
    [InlineData("He asked her out on a date.", "2000-02-24", "")]
    public void A_later_date_is_a_time_ahead_no_one_has_named(string text, string reference, string mentions) =>
        Assert.Equal(mentions.Split('|', StringSplitOptions.RemoveEmptyEntries), MentionsOf(text, reference));

    [Fact]
    public void A_year_earlier_in_a_report_on_quarters_is_that_quarter_a_year_before()
    {
        var mentions = DateExtractor.Default.Extract(
            "Third-quarter net rose 5% from a year earlier.", Reference("1989-10-26"));
        Assert.Equal(["1989-Q3", "1988-Q3"], mentions.Select(m => m.Value));
    }

    [Fact]
    public void The_quarter_a_report_leads_with_anchors_its_year_earlier_comparisons()
    {
        // a side remark on another quarter does not change the quarter the story reports
        var mentions = DateExtractor.Default.Extract(
            "Third-quarter net rose 20%. After a flat second quarter, costs fell. In the 1989 period, rates were lower than a year ago.",
            Reference("1989-11-01"));
        Assert.Equal(["1989-Q3", "1989-Q2", "1989-Q3", "1988-Q3"], mentions.Select(m => m.Value));
    }

    [Theory]
    // a quarter named earlier in the sentence is the one compared, whatever quarter the story led with
    [InlineData("Delta's fiscal first quarter was a record. America West said third-quarter profit rose to $5.8 million, or 28 cents a share, from $4 million a year earlier.",
        "1989-10-26", "1989-Q1|1989-Q3|1988-Q3")]
    // "Separately," moves on to another company's report: the quarter it names first is the one its comparisons
    // refer to, in later sentences too
    [InlineData("Delta's fiscal first quarter was a record. Separately, America West said third-quarter profit rose 45%. Year-earlier results included a gain.",
        "1989-10-26", "1989-Q1|1989-Q3|1988-Q3")]
    [InlineData("Delta's fiscal first quarter was a record. America West said third-quarter profit rose 45%. Year-earlier results included a gain.",
        "1989-10-26", "1989-Q1|1989-Q3|1988-Q1")]   // without it, the same report goes on
    [InlineData("Third-quarter net rose. Separately, the unit said its second-quarter sales and third-quarter costs fell. Net fell from a year ago.",
        "1989-10-26", "1989-Q3|1989-Q2|1989-Q3|1988-Q2")]   // the first quarter that report names
    // six or nine months of results are compared with the same months of the year before: that year
    [InlineData("Third-quarter net rose. For the nine months, net was $254 million, or $5.94 a share, up from $163 million a year earlier.",
        "1989-10-26", "1989-Q3|P9M|1988")]
    [InlineData("Third-quarter net rose. In the first nine months, it lost $673.3 million, compared with year-earlier net of $382.2 million.",
        "1989-10-30", "1989-Q3|P9M|1988")]
    [InlineData("Third-quarter net rose. In the first nine months, net was $306 million, compared with a loss of $195 million in the 1988 period.",
        "1989-11-02", "1989-Q3|P9M|1988")]
    [InlineData("Third-quarter net rose. Costs were lower than in the 1988 period.", "1989-11-02", "1989-Q3|1988-Q3")]
    // "the year-earlier nine months": one span, as long as the report's own, a year back
    [InlineData("For the nine months, net rose. Net for the year-earlier nine months included a gain.", "1989-10-26", "P9M|P9M")]
    [InlineData("Sales fell from the year-ago first six months.", "1989-10-26", "P6M")]
    // the next sentence is out of reach: back to the quarter the story leads with
    [InlineData("Third-quarter net rose. For the nine months, net rose 5%. Sales rose from a year earlier.", "1989-10-26", "1989-Q3|P9M|1988-Q3")]
    // a quarter of long ago is history, not the quarter the report is about
    [InlineData("It lost money in the third quarter of 1984. Net rose to $68.2 million from $66.8 million a year ago.", "1989-10-27", "1984-Q3|1988")]
    [InlineData("It lost money in the third quarter of 1984. Third-quarter net rose to $68.2 million from $66.8 million a year ago.",
        "1989-10-27", "1984-Q3|1989-Q3|1988-Q3")]
    // "the quarter a year ago", "the corresponding period last year": one expression, the compared quarter a year before
    [InlineData("Third-quarter net fell from $1.8 million for the corresponding period last year.", "1989-11-01", "1989-Q3|1988-Q3")]
    [InlineData("Third-quarter net rose. For the quarter a year ago, it earned $16.3 million.", "1989-10-26", "1989-Q3|1988-Q3")]
    [InlineData("Sales matched the same period a year earlier.", "1989-10-26", "1988")]
    // no quarter named before: the last quarter completed, a year before
    [InlineData("For the quarter a year ago, it earned $16.3 million.", "1989-10-25", "1988-Q3")]
    [InlineData("Net rose 5% from the year-earlier quarter.", "1989-10-25", "1988-Q3")]
    public void A_year_earlier_compares_the_period_its_sentence_names(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    [InlineData("For the quarter ended Sept. 30, net rose.", "1989-10-26", "1989-Q3|1989-09-30")]
    [InlineData("In the quarter ended July 31, it lost money.", "1989-10-30", "1989-Q2|1989-07-31")]   // May to July
    [InlineData("In the quarter ended Jan. 2, 1988, it lost money.", "1989-10-30", "1987-Q4|1988-01-02")]
    [InlineData("In the fiscal year ended Jan. 31, sales rose.", "1989-10-31", "P1Y|1989-01-31")]   // a span of a year, as "the year ended"
    [InlineData("It expects a loss for the year ending tomorrow.", "1989-10-30", "P1Y|1989-10-31")]
    [InlineData("The fiscal year ended with a loss.", "1989-10-30", "1989")]                        // "ended" the verb: the year itself
    [InlineData("The year ended with a rally.", "1989-10-30", "1989")]
    public void The_quarter_ended_on_a_day_is_the_calendar_quarter_holding_most_of_it(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    // a timetable leans ahead unless its clause is told in the past, and a range runs forward from its first day
    [InlineData("The museum was open daily from June 1 to Sept. 1.", "1989-10-26", "P1D|1989-06-01|1989-09-01")]
    [InlineData("The museum opens daily from June 1 to Sept. 1.", "1989-10-26", "P1D|1990-06-01|1990-09-01")]
    [InlineData("The ferry runs daily from Dec. 20 to Jan. 5.", "1989-10-26", "P1D|1989-12-20|1990-01-05")]   // across the year's end
    // a present timetable verb is the clause's own tense, after a reporting verb too
    [InlineData("The airline said flights depart daily from June 1.", "1989-10-26", "P1D|1990-06-01")]
    [InlineData("The company said buses run each Thursday from June 1.", "1989-10-26", "XXXX-WXX-4|1990-06-01")]
    [InlineData("The airline said flights departed daily from June 1.", "1989-10-26", "P1D|1989-06-01")]
    public void A_timetable_range_runs_forward_in_its_tense(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    // a weekday in the plural, or with a part of the day in the plural, recurs every week
    [InlineData("The museum is closed on Mondays.", "1998-02-13", "XXXX-WXX-1")]
    [InlineData("Stores open Sundays and Mondays.", "1998-02-13", "XXXX-WXX-7|XXXX-WXX-1")]
    [InlineData("He works Tuesday nights.", "1998-02-13", "XXXX-WXX-2TNI")]
    [InlineData("Flights leave Bombay on Monday and Tuesday nights from March 30.", "1998-02-13", "XXXX-WXX-1TNI|XXXX-WXX-2TNI|1998-03-30")]
    [InlineData("Games are on Monday, Wednesday and Friday nights.", "1998-02-13", "XXXX-WXX-1TNI|XXXX-WXX-3TNI|XXXX-WXX-5TNI")]
    [InlineData("Games are on Monday, Wednesday, or Friday nights.", "1998-02-13", "XXXX-WXX-1TNI|XXXX-WXX-3TNI|XXXX-WXX-5TNI")]
    [InlineData("He came Monday, and Tuesday night he left.", "1998-02-13", "1998-02-09|1998-02-10TNI")]
    [InlineData("He works Tuesday night.", "1998-02-13", "1998-02-10TNI")]   // one night: a day
    [InlineData("They danced to the Happy Mondays.", "1998-02-13", "")]      // a name
    [InlineData("Farms along the Sundays River flooded.", "1998-02-13", "")] // a name
    [InlineData("The shop opens Sundays. Prices are low.", "1998-02-13", "XXXX-WXX-7")]
    public void A_weekday_in_the_plural_is_a_set(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Fact]
    public void A_weekday_in_the_plural_has_the_set_type() =>
        Assert.Equal(TimexType.Set, Assert.Single(DateExtractor.Default.Extract("Shops close Sunday afternoons.", Reference("1998-02-13"))).Type);

    [Theory]
    // a weekday that starts a name: the Sunday papers, a place, a television title
    [InlineData("The Sunday Times reported it on Monday.", "1998-10-28", "1998-10-26")]
    [InlineData("He skied at Sunday River.", "1998-10-28", "")]
    [InlineData("He watched Monday Night Football.", "1998-10-28", "")]
    [InlineData("Saturday Night Live mocked him.", "1998-10-28", "")]
    [InlineData("On Sunday Times Square was empty.", "1998-10-28", "1998-10-25")]   // a name after the name word: a day
    [InlineData("In his Sunday Mass the cardinal spoke.", "1998-10-28", "1998-10-25")]
    [InlineData("They met Monday night.", "1998-10-28", "1998-10-26TNI")]
    public void A_weekday_that_starts_a_name_is_no_date(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    // a date's word in another role: a name, an amount, a noun, a game's period
    [InlineData("It is bigger than May thought.", "2026-08-14", "")]                    // "than" alone: Theresa May
    [InlineData("The stock rose to 1995 pence.", "2026-11-24", "")]                     // an amount, no year
    [InlineData("The thrift announced the plan Aug. 21.", "1989-10-27", "1989-08-21")]  // "the plan": a noun, no future
    [InlineData("He was injured in the fourth quarter of last Sunday's loss.", "2027-01-02", "2026-12-27")] // a game's quarter
    [InlineData("The Warriors led 30-22 after the first quarter and outscored the Lakers in the third quarter.", "2026-11-24", "")]
    public void A_date_word_in_another_role_is_no_date(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    // a year cut to two digits after an apostrophe, in the century nearer the reference
    [InlineData("It opened Feb. 27, '96, in Paris.", "2001-03-01", "1996-02-27")]
    [InlineData("He retired in June ’99.", "2001-03-01", "1999-06")]
    [InlineData("The class of '98 met again.", "2001-03-01", "1998")]
    [InlineData("The class of '05 graduates in June.", "2004-03-01", "2005|2005-06")]   // the clause's year carries to June
    [InlineData("In the '90s it grew.", "2001-03-01", "199")]          // a decade, as before
    [InlineData("The '96-97 season ended.", "2001-03-01", "")]         // a season written short: not a year alone
    [InlineData("He said 'yes,' 96 times.", "2001-03-01", "")]         // a closing quote, a count after it
    public void A_year_after_an_apostrophe_is_read_in_the_nearer_century(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    // the year written after the date wins over the one "last" points to
    [InlineData("He met them last Feb. 27, 1996, in Paris.", "1998-03-01", "1996-02-27")]
    [InlineData("He met them last May 1996 in Paris.", "1998-03-01", "1996-05")]
    [InlineData("He met them last Feb. 27 in Paris.", "1998-03-01", "1997-02-27")]
    [InlineData("Unemployment fell in October from a year earlier.", "2026-11-14", "2026-10|2025-10")] // the month the sentence compares
    [InlineData("The war ended in 1945. The following decade was one of rapid growth.", "2026-01-02", "1945|195")] // the decade after the year named
    [InlineData("Sales in the third quarter, which ended in September, rose 4% from a year earlier.", "2025-11-14",
        "2025-Q3|2025-09|2024-Q3")]                                                                          // but a quarter named first wins
    [InlineData("The shutdown deadline is Sept. 30 of next year.", "2026-11-23", "2027-09-30")]    // the year after "of"
    [InlineData("It ended in March of last year.", "2026-11-23", "2025-03")]
    [InlineData("It ends in May of 2027.", "2026-11-23", "2027-05")]
    [InlineData("He meets them this Feb. 27, 1998, in Paris.", "1997-12-01", "1998-02-27")]
    public void A_date_takes_its_year_from_the_words_around_it(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    // a move to an earlier day stays in its year; only a short range crosses the year's end
    [InlineData("The election was brought forward from May 4 to April 6.", "2023-02-01", "2023-05-04|2023-04-06")]
    [InlineData("The vote was moved from June 1 to May 15.", "2023-02-01", "2023-06-01|2023-05-15")]
    [InlineData("The launch was moved up from March 20 to March 15.", "2023-02-01", "2023-03-20|2023-03-15")]
    [InlineData("The ski season runs from Nov. 25 to April 10.", "2023-10-01", "2023-11-25|2024-04-10")]
    [InlineData("The offer ran from Dec. 26 to Jan. 2.", "2023-02-01", "2022-12-26|2023-01-02")]
    // a span crosses the year's end however long it is; a moved date goes to the nearest year, back one too
    [InlineData("The hunting season runs from Sept. 1 to March 31.", "2023-02-01", "2022-09-01|2023-03-31")]
    [InlineData("Its budget covers the period from Oct. 1 to Sept. 30.", "2023-02-01", "2022-10-01|2023-09-30")]
    [InlineData("The vote was brought forward from Jan. 5 to Dec. 20.", "2023-02-01", "2023-01-05|2022-12-20")]
    [InlineData("The launch was postponed from Dec. 20 to Jan. 5.", "2023-02-01", "2022-12-20|2023-01-05")]
    // the year said after the end is the start's too, the year before across New Year; a moved date's nearest
    [InlineData("The tournament will be played from June 11 to July 19, 2026.", "2026-11-24", "2026-06-11|2026-07-19")]
    [InlineData("The exhibition runs Nov. 28 - Jan. 5, 2027.", "2026-11-24", "2026-11-28|2027-01-05")]
    [InlineData("The vote was moved from May 4 to April 6, 2027.", "2026-11-24", "2027-05-04|2027-04-06")]
    [InlineData("The vote was pushed back from Dec. 4 to Jan. 6, 2027.", "2026-11-24", "2026-12-04|2027-01-06")]
    // a range of months starts at the latest such month begun by the report, or the next with a future cue; the end follows
    [InlineData("The report covers the period from January to September.", "2026-11-24", "2026-01|2026-09")]
    [InlineData("The season runs from November to March.", "2026-11-24", "2026-11|2027-03")]
    [InlineData("The ski season will run from December through April.", "2026-11-24", "2026-12|2027-04")]
    [InlineData("The ski season ran from December through April.", "2026-11-24", "2025-12|2026-04")]
    // a figure on each day: the second day follows the first ("rose" put Nov. 30 last year, Feb. 1 went ahead alone)
    [InlineData("Cases rose from 5 on Nov. 30 to 9 on Feb. 1.", "2026-11-24", "2025-11-30|2026-02-01")]
    [InlineData("Sales fell from $5.2 billion on Nov. 30 to $4.1 billion on Feb. 1.", "2026-11-24", "2025-11-30|2026-02-01")]
    public void A_range_end_before_its_start_crosses_the_year_unless_a_moved_date_is_nearer(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Theory]
    // "the latest period" of a report is the quarter it reports (a fiscal fourth quarter), else the last one completed
    [InlineData("Ralston reported a 47% decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion.",
        "1989-11-02", "1989-Q4|1989-Q4")]
    [InlineData("Sales in the latest quarter were $8.59 billion.", "1989-10-26", "1989-Q3")]
    // results are told of a quarter that is over: "this quarter's loss" in a report on the third quarter is that quarter
    [InlineData("The publisher lost $8 million in the third quarter. This quarter's loss includes a write-off.", "1989-11-01", "1989-Q3|1989-Q3")]
    [InlineData("The publisher lost $8 million in the third quarter. This quarter, it plans to cut jobs.", "1989-11-01", "1989-Q3|1989-Q4")]
    [InlineData("This quarter's sales look strong, the chain said.", "1989-11-01", "1989-Q4")]   // no quarter reported: the calendar's
    // a report on a quarter further back than the one just ended is history: "this quarter" is the calendar's
    [InlineData("Sales in the fourth quarter of 1988 were weak. This quarter's sales look strong.", "1989-11-01", "1988-Q4|1989-Q4")]
    public void The_latest_quarter_is_the_quarter_the_report_leads_with(string text, string reference, string values) =>
        AssertValues(text, reference, values);

    [Fact]
    public void Last_years_quarter_is_the_quarter_under_discussion_a_year_before()
    {
        var mentions = DateExtractor.Default.Extract(
            "Third-quarter sales fell 5%. U.K. sales for last year's quarter were about $3 million.", Reference("1989-11-01"));
        Assert.Equal(["1989-Q3", "1988-Q3"], mentions.Select(m => m.Value));
    }

    [Fact]
    public void A_long_text_reads_as_its_paragraphs_do()
    {
        // 3,000 paragraphs are many token windows: each must give what it gives alone, at its own offset
        const string paragraph = "The company said Friday it will report on Sept. 15 that 12 years ago, in 1998, it met at 5 p.m. daily.\n";
        var alone = DateExtractor.Default.Extract(paragraph, Reference("2023-09-12"));
        var mentions = DateExtractor.Default.Extract(string.Concat(Enumerable.Repeat(paragraph, 3000)), Reference("2023-09-12"));
        Assert.Equal(3000 * alone.Count, mentions.Count);
        for (var k = 0; k < mentions.Count; k++)
        {
            var expected = alone[k % alone.Count];
            Assert.Equal(expected with { Start = expected.Start + (k / alone.Count * paragraph.Length) }, mentions[k]);
        }
    }

    [Theory]
    [InlineData("The blast came at 7:27 PM near the port.", "2023-10-06", "7:27 PM", "2023-10-06T19:27")]
    [InlineData("The blast came at 10pm local time near the port.", "2023-10-06", "10pm local time", "2023-10-06T22:00")]
    [InlineData("The blast came at 10:35 a.m. near the port.", "-", "10:35 a.m.", "XXXX-XX-XXT10:35")]
    [InlineData("The deadline will be 9 a.m. EST Tuesday for them.", "2000-04-03", "9 a.m. EST Tuesday", "2000-04-04T09:00")]
    [InlineData("He spoke on Friday morning to them.", "1998-08-08", "Friday morning", "1998-08-07TMO")]
    [InlineData("He spoke last night to them.", "1998-01-20", "last night", "1998-01-19TNI")]
    [InlineData("The show starts at 7.30pm on BBC One.", "2023-09-12", "7.30pm", "2023-09-12T19:30")]     // British style
    [InlineData("The meeting is at 10.15 a.m. sharp.", "2023-09-12", "10.15 a.m.", "2023-09-12T10:15")]
    [InlineData("Doors open at 7:30 tonight.", "2023-09-12", "7:30 tonight", "2023-09-12T19:30")]
    [InlineData("The show starts at 10:30 tonight.", "2023-09-12", "10:30 tonight", "2023-09-12T22:30")]
    [InlineData("The game is at 9 p.m. tonight.", "2023-09-12", "9 p.m. tonight", "2023-09-12T21:00")]
    [InlineData("Meet at 12:30 tonight.", "2023-09-12", "12:30 tonight", "2023-09-13T00:30")]               // past midnight: the next day
    [InlineData("The polls close at 2 a.m. tonight.", "2023-09-12", "2 a.m. tonight", "2023-09-13T02:00")]
    [InlineData("The curfew starts at midnight.", "2026-11-24", "midnight", "2026-11-24T24:00")]             // the midnight ending the day
    [InlineData("The strike began at midnight.", "2026-11-24", "midnight", "2026-11-23T24:00")]              // told in the past: the one
    [InlineData("Officials said the curfew starts at midnight.", "2026-11-24", "midnight", "2026-11-24T24:00")] // that opened it
    [InlineData("The sale ends at 11:59 p.m. PT on Cyber Monday.", "2026-11-24", "11:59 p.m. PT on Cyber Monday", "2026-11-30T23:59")] // a holiday's time
    [InlineData("The race starts at 0700 GMT.", "2023-09-12", "0700 GMT", "2023-09-12T07:00")]                  // a four-digit clock with its zone
    [InlineData("Updated 10:42am AEST", "2023-09-12", "10:42am AEST", "2023-09-12T10:42")]                   // live blogs' other zones
    [InlineData("The blast was at 0700 HKT.", "2023-09-12", "0700 HKT", "2023-09-12T07:00")]
    [InlineData("The blast happened at 0300 local time.", "2023-09-12", "0300 local time", "2023-09-12T03:00")]
    [InlineData("Updated 14:02 by the desk.", "2023-09-12", "14:02", "2023-09-12T14:02")]            // a capitalized word opening the line is no verse name
    [InlineData("Trains leave Paddington 10:15 for Bristol.", "2023-09-12", "10:15", "2023-09-12T10:15")]  // a place before a clock reading is no book of the Bible
    [InlineData("They have a 10:30 a.m. meeting.", "2023-09-12", "10:30 a.m.", "2023-09-12T10:30")]
    [InlineData("The file was created 2023-09-12T07:27:00Z.", "-", "2023-09-12T07:27:00Z", "2023-09-12T07:27")] // an ISO timestamp is one mention
    [InlineData("Logged at 2023-09-12T23:59 here.", "-", "2023-09-12T23:59", "2023-09-12T23:59")]
    [InlineData("Logged at 2023-09-12t07:27:00.123+02:00 here.", "-", "2023-09-12t07:27:00.123+02:00", "2023-09-12T07:27")]
    [InlineData("It is a quarter past ten.", "2023-09-12", "a quarter past ten", "2023-09-12T10:15")]     // read off a clock face
    [InlineData("He arrived at a quarter to five.", "2023-09-12", "a quarter to five", "2023-09-12T16:45")] // a bare hour's working-day reading
    [InlineData("He left at half past six in the morning.", "2023-09-12", "half past six in the morning", "2023-09-12T06:30")]
    [InlineData("They met at quarter past 7 p.m.", "2023-09-12", "quarter past 7 p.m.", "2023-09-12T19:15")]
    [InlineData("It struck a quarter to 1 a.m.", "2023-09-12", "a quarter to 1 a.m.", "2023-09-12T00:45")]
    // a small hour ahead of a report of unknown hour is the next night's; a later one, or one told in the past, the day's
    [InlineData("He will leave at 4 in the morning.", "2000-04-05", "4 in the morning", "2000-04-06T04:00")]
    [InlineData("Trading resumes at 2 a.m.", "2026-11-24", "2 a.m.", "2026-11-25T02:00")]
    [InlineData("He left at 4 in the morning.", "2026-11-24", "4 in the morning", "2026-11-24T04:00")]
    [InlineData("The polls will open at 7am.", "2026-11-24", "7am", "2026-11-24T07:00")]
    [InlineData("He will leave at 4 a.m.", "2026-11-24T01:30", "4 a.m.", "2026-11-24T04:00")]     // the report's hour known
    public void Times(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "TIME", value);

    [Theory]
    [InlineData("He left 2 hours ago.", "2023-09-12T19:27", "2 hours ago", "2023-09-12T17:27")]
    [InlineData("He left 30 minutes ago.", "2023-09-12T00:10", "30 minutes ago", "2023-09-11T23:40")]
    [InlineData("They land 3 hours from now.", "2023-09-12T19:27", "3 hours from now", "2023-09-12T22:27")]
    [InlineData("He left 2 hours ago.", "2023-09-12", "2 hours ago", "2023-09-12TXX:XX")]   // a TIME value keeps its T even when the clock is unknown
    [InlineData("The vote took place 48 hours ago.", "2026-11-24", "48 hours ago", "2026-11-22TXX:XX")] // a day or more: the day it reaches
    [InlineData("It happened 36 hours ago.", "2026-11-24", "36 hours ago", "2026-11-23TXX:XX")]        // from the reference's noon
    [InlineData("It ends 72 hours from now.", "2026-11-24", "72 hours from now", "2026-11-27TXX:XX")]
    [InlineData("Updated 2h ago", "2023-09-12T10:00", "2h ago", "2023-09-12T08:00")]          // a live blog's stamps: the unit a letter
    [InlineData("Key event 45m ago", "2023-09-12T10:00", "45m ago", "2023-09-12T09:15")]
    [InlineData("He left 2 hours ago.", "-", "2 hours ago", "XXXX-XX-XXTXX:XX")]
    public void Hours_and_minutes_ago_move_the_reference_clock(string text, string reference, string mention, string value) =>
        Check(text, reference, mention, "TIME", value);

    [Theory]
    [InlineData("It rained at 7:27 PM\n\nOn Monday it stopped.", "7:27 PM=XXXX-XX-XXT19:27|Monday=XXXX-WXX-1")]
    [InlineData("Updated 7:27 PM\nMonday's vote was close.", "7:27 PM=XXXX-XX-XXT19:27|Monday=XXXX-WXX-1")]
    [InlineData("It ended at the end\n\nof July.", "July=XXXX-07")]
    public void A_mention_never_crosses_a_line_break(string text, string mentions) =>
        Assert.Equal(mentions.Split('|'), DateExtractor.Default.Extract(text).Select(m => m.Text + "=" + m.Value));

    [Theory]
    [InlineData("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.", "1998-08-08",
        "10:35 a.m.=1998-08-07T10:35|Friday=1998-08-07")]  // the day after a time conversion is the time's day, and a mention itself
    [InlineData("The market closed at 4 p.m. (2000 GMT) on Monday.", "2023-09-12",
        "4 p.m.=2023-09-11T16:00|Monday=2023-09-11")]      // the conversion is a clock reading, not the year 2000
    [InlineData("Talks resume at 3 p.m. (1900 GMT).", "2023-09-12", "3 p.m.=2023-09-12T15:00")]
    [InlineData("The deadline is 5 p.m. on Friday, Dec. 4.", "2026-11-24", "5 p.m. on Friday, Dec. 4=2026-12-04T17:00")] // the date, not the
    [InlineData("The rocket lifted off at 6:42 p.m. EST on Dec. 3.", "2026-11-24", "6:42 p.m. EST on Dec. 3=2025-12-03T18:42")] // no stop at "p.m. EST"
    [InlineData("The strike will last from 9am on Monday until 5pm on Wednesday.", "2026-11-24",
        "9am on Monday=2026-11-30T09:00|5pm on Wednesday=2026-12-02T17:00")]                    // a range's end after its start
    [InlineData("Polls close at 8 p.m. Tuesday, Nov. 3, 2026.", "2026-11-24", "8 p.m. Tuesday, Nov. 3, 2026=2026-11-03T20:00")] // nearest Friday
    [InlineData("He left at 10:35 a.m. (0735 GMT) Friday, Dec. 4.", "2026-11-24",
        "10:35 a.m.=2026-12-04T10:35|Friday, Dec. 4=2026-12-04")]
    [InlineData("The opener is Sept. 7 at 8:20 p.m. at home.", "2023-09-12", "Sept. 7=2023-09-07|8:20 p.m.=2023-09-07T20:20")] // the date said just before is the time's day
    [InlineData("Polls close at 8 Tuesday.", "2023-09-12", "8 Tuesday=2023-09-12T20:00")]             // closing time: the evening's
    [InlineData("Stores close at 9 on Friday.", "2023-09-12", "9 on Friday=2023-09-15T21:00")]
    [InlineData("Polls open at 7 Tuesday.", "2023-09-12", "7 Tuesday=2023-09-12T07:00")]
    [InlineData("The polls closed at 8 Monday.", "2023-09-12", "8 Monday=2023-09-11T20:00")]
    [InlineData("The market closed at 4 Monday.", "2023-09-12", "4 Monday=2023-09-11T16:00")]          // a market closes at an hour, not a level
    [InlineData("Trading ended at 1 Friday.", "2023-09-12", "1 Friday=2023-09-08T13:00")]
    [InlineData("The talks resume Monday, 3 p.m. sharp.", "2023-09-12", "Monday=2023-09-18|3 p.m.=2023-09-18T15:00")] // a timetable: ahead
    [InlineData("The opener is Sept. 7 at 8:20 p.m. at home.", "-", "Sept. 7=XXXX-09-07|8:20 p.m.=XXXX-09-07T20:20")]
    [InlineData("Last modified on Tue 12 Sep 2023 19.15 BST", "-", "Tue 12 Sep 2023=2023-09-12|19.15 BST=2023-09-12T19:15")] // a British dateline
    [InlineData("They met on Aug. 30 and again at 9 p.m.", "2023-09-12", "Aug. 30=2023-08-30|9 p.m.=2023-08-30T21:00")] // the day its sentence named
    [InlineData("Yesterday the fire broke out at 8.45pm.", "2026-11-24T09:00", "Yesterday=2026-11-23|8.45pm=2026-11-23T20:45")]
    [InlineData("The suspect, arrested on Friday, will appear in court at 10am.", "2025-03-10T08:00",
        "Friday=2025-03-07|10am=2025-03-10T10:00")]                                               // ahead of a day gone: not that day
    [InlineData("Since March 3, the shop has opened at 9.15am.", "2025-03-10", "March 3=2025-03-03|9.15am=2025-03-10T09:15")] // a habit's start
    [InlineData("On Boxing Day, play starts at 10.30am.", "2026-11-29", "Boxing Day=2026-12-26|10.30am=2026-12-26T10:30")]
    [InlineData("They met on Aug. 30. The vote is at 9 p.m.", "2023-09-12", "Aug. 30=2023-08-30|9 p.m.=2023-09-12T21:00")] // another sentence: the report's day
    [InlineData("The shutdown began at 12:01 a.m. on 2025-11-12.", "2026-11-24", "12:01 a.m. on 2025-11-12=2025-11-12T00:01")] // a numeric date after "on"
    [InlineData("Polls closed at 10pm.", "2026-11-24T09:00", "10pm=2026-11-23T22:00")]          // a past event later than the report's hour: the day before
    [InlineData("The victim was seen between 10pm and midnight on September 12.", "2026-11-24",
        "10pm=2026-09-12T22:00|midnight on September 12=2026-09-12T24:00")]                      // a range's day, said once at its end
    [InlineData("Expect delays between 4pm and 7pm on Friday.", "2026-11-24", "4pm=2026-11-27T16:00|7pm on Friday=2026-11-27T19:00")]
    [InlineData("Polls close at 10pm.", "2026-11-24T09:00", "10pm=2026-11-24T22:00")]
    [InlineData("Polls closed at 8am.", "2026-11-24T09:00", "8am=2026-11-24T08:00")]
    [InlineData("The meeting is at two o'clock tomorrow.", "2026-01-05", "two o'clock tomorrow=2026-01-06T14:00")] // the hour in words
    [InlineData("At eleven o'clock the bells rang.", "2026-01-05", "eleven o'clock=2026-01-05T11:00")]
    [InlineData("Polls closed at 10pm.", "2026-11-24T01:58", "10pm=2026-11-24T22:00")]          // stamped in the small hours: the date's evening
    [InlineData("Not a timestamp: 2023-09-12T99:00.", "2023-09-12", "2023=2023")]
    [InlineData("Prices rose June 1 or 2, 2024 percent.", "2023-09-12", "June 1=2023-06-01|2=2023-06-02")]  // no year after the comma: the comma is no part
    [InlineData("Logged 2023-09-12T07:27:00+15:00 late.", "-", "2023-09-12T07:27:00+15:00=2023-09-12T07:27")] // the offset stays the timestamp's,
    [InlineData("Logged 2023-09-12T07:27+0200 late.", "-", "2023-09-12T07:27+0200=2023-09-12T07:27")]        // not a clock time of its own
    [InlineData("Logged 2023-09-12T24:00Z late.", "-", "2023-09-12T24:00Z=2023-09-12T24:00")]                // the day's end, as ISO 8601 allows
    [InlineData("They set a 10:30 meeting in June.", "2023-09-12", "10:30=2023-09-12T10:30|June=2023-06")]  // after "a", a clock unless a race follows
    [InlineData("She ran a 3:45 mile in June.", "2023-09-12", "June=2023-06")]
    [InlineData("She finished in 2:05:11, a time of 1:58:40.", "2023-09-12", "2:05:11=PT2H5M11S|1:58:40=PT1H58M40S")] // race times: elapsed
    [InlineData("He clocked 3:59 for the mile at 10:30 p.m.", "2023-09-12", "10:30 p.m.=2023-09-12T22:30")] // h:mm or m:ss: no clock time
    [InlineData("Revenue rose from 2019-2021 and in 2019-21.", "-", "2019=2019|2021=2021|2019=2019|21=2021")] // a range's two ends
    [InlineData("In the 2023-24 season and fiscal 2023-24, and 1999-00.", "-", "2023=2023|24=2024|fiscal 2023=2023|24=2024|1999=1999|00=2000")]
    [InlineData("Call 555-2019-21 or see 2019-18 and 2019-21-05.", "-", "2019=2019|2019=2019")]         // no range: backwards, or a longer run
    [InlineData("In the 2022/23 season and the 2023/2024 budget; not 2022/24.", "-", "2022=2022|23=2023|2023=2023|2024=2024")] // with a slash: the next year only
    [InlineData("The 1998-99 and 1999-2000 seasons.", "-", "1998=1998|99=1999|1999=1999|2000=2000")] // a range's end before a plural is still a year
    [InlineData("Build 2023-W37-2.1 shipped in 2023-W37.", "-", "2023=2023|2023-W37=2023-W37")]      // a version is no week date (its year stays a year)
    [InlineData("Shops shut on Easter Monday and Good Friday in 2024.", "-", "2024=2024")]             // no reference, no year: neither day, nor their weekdays
    [InlineData("Stocks fell in 10:30 trading and the train arrived in 9:45.", "2023-09-12", "10:30=2023-09-12T10:30|9:45=2023-09-12T09:45")] // "in" alone: a clock
    [InlineData("Kipchoge won in 2:01:09 in Berlin.", "2023-09-12", "2:01:09=PT2H1M9S")]
    [InlineData("The film runs 2:15:00; the cut lasts 3:12:05.", "2023-09-12", "2:15:00=PT2H15M|3:12:05=PT3H12M5S")] // running times
    [InlineData("Running time: 2:15:00. It clocks in at 2:49:00.", "2023-09-12", "2:15:00=PT2H15M|2:49:00=PT2H49M")]
    [InlineData("The podcast is 1:05:30 long.", "2023-09-12", "1:05:30=PT1H5M30S")]
    [InlineData("The marathon record is 2:00:35; it struck at 3:42:13 and 3:42:13 GMT.", "2023-09-12",
        "2:00:35=PT2H35S|3:42:13=2023-09-12T03:42|3:42:13 GMT=2023-09-12T03:42")] // one digit of hours with seconds: a span, unless said "at" or zoned
    [InlineData("She ran a 2:14:04 marathon.", "2023-09-12", "2:14:04=PT2H14M4S")]  // a measured span with seconds: a DURATION
    [InlineData("Posted 3d ago; updated 9:42:13.", "2023-09-12", "3d ago=2023-09-09|9:42:13=2023-09-12T09:42")]
    [InlineData("The Chiefs scored twice in the fourth quarter on Sunday.", "2023-09-12", "Sunday=2023-09-10")] // a game's quarter
    [InlineData("He was hurt in the first half of Sunday's game.", "2023-09-12", "Sunday=2023-09-10")]          // and half are no part
    [InlineData("It was 1-1 in the second half of the match.", "2023-09-12", "")]
    [InlineData("The Dow fell in the first half of trading.", "2023-09-12", "")]                                  // of the calendar
    [InlineData("The second half began at 8:15 p.m. and the game ended.", "2023-09-12", "8:15 p.m.=2023-09-12T20:15")]
    [InlineData("Revenue fell in the second quarter. The game ended.", "2023-09-12", "the second quarter=2023-Q2")]
    [InlineData("He had 12 rebounds and threw an interception in the third quarter.", "2023-09-12", "")]
    [InlineData("He had 1:30 to go in the first half.", "2023-09-12", "1:30=PT1M30S")]
    // words business news shares with sports copy tell of a game only in the shape sports copy gives them
    [InlineData("Revenue in the fourth quarter failed to match estimates.", "2023-09-12", "the fourth quarter=2022-Q4")]
    [InlineData("It met its goal of 5% growth in the second quarter.", "2023-09-12", "the second quarter=2023-Q2")]
    [InlineData("The bank paid a penalty in the second quarter.", "2023-09-12", "the second quarter=2023-Q2")]
    [InlineData("Sales of video games and game consoles rose in the second quarter.", "2023-09-12", "the second quarter=2023-Q2")]
    [InlineData("Revenue in the second quarter of the game maker rose.", "2023-09-12", "the second quarter=2023-Q2")]
    [InlineData("Profit rebounds in the second quarter.", "2023-09-12", "the second quarter=2023-Q2")]
    [InlineData("It began 3 years and 6 months ago; he spent 2 years and 3 days.", "2023-09-12",
        "3 years and 6 months ago=2020-03|2 years=P2Y|3 days=P3D")]                         // one point back; days and years no span
    [InlineData("It hit 1 hour 20 minutes ago and lands 2 hours and 30 minutes from now.", "2023-09-12T10:00",
        "1 hour 20 minutes ago=2023-09-12T08:40|2 hours and 30 minutes from now=2023-09-12T12:30")]
    [InlineData("Three years and six months later, and 1 hour and 20 minutes after the blast, he returned.", "2023-09-12",
        "Three years and six months=P3Y6M|1 hour and 20 minutes=PT1H20M")]                   // a span from an event the story tells
    [InlineData("The train left at 2:30 left.", "2023-09-12", "2:30=2023-09-12T02:30")]
    [InlineData("He raised £5m ago and 2H ago.", "2023-09-12", "")]                                               // no lone capital, no amount
    [InlineData("The market runs 9:30 to 4 p.m.", "2023-09-12", "9:30=2023-09-12T09:30|4 p.m.=2023-09-12T16:00")] // hours it runs between
    [InlineData("Posted 10:42 a.m. Time: 10:42.", "2023-09-12", "10:42 a.m.=2023-09-12T10:42|10:42=2023-09-12T10:42")] // "Time:" alone labels a clock
    [InlineData("In 1847 GMT was adopted; the 1904 St. Louis fair opened.", "2023-09-12", "1904=1904")]    // a year after "in" is no clock; an event's year
    [InlineData("The 1985 Plaza Accord and the 1969 Abbey Road album.", "-", "1985=1985|1969=1969")]       // after "the" is no house number
    [InlineData("China showed its military might in a parade in June.", "2023-09-12", "June=2023-06")]    // "might" the noun is no modal
    [InlineData("The suspect may also have visited the bank in May.", "2023-09-12", "May=2023-05")]         // "may also have" looks back
    [InlineData("The Fed might soon cut rates in May.", "2023-09-12", "May=2024-05")]
    [InlineData("The show airs tonight at 10:30.", "2023-09-12", "tonight=2023-09-12TNI|10:30=2023-09-12T22:30")] // as "10:30 tonight"
    [InlineData("The show airs tonight at 12:30.", "2023-09-12", "tonight=2023-09-12TNI|12:30=2023-09-13T00:30")]
    [InlineData("The show airs tonight at noon.", "2023-09-12", "tonight=2023-09-12TNI|noon=2023-09-12T12:00")]    // a named hour keeps its own
    // the part of the day a time is said in tells am from pm, and its day; a night's small hours are the next day
    [InlineData("Shots rang out last night at 10:30.", "2023-09-12", "last night=2023-09-11TNI|10:30=2023-09-11T22:30")]
    [InlineData("Shots rang out last night at 1:30.", "2023-09-12", "last night=2023-09-11TNI|1:30=2023-09-12T01:30")]
    [InlineData("The vote was this afternoon at 3:30.", "2023-09-12", "this afternoon=2023-09-12TAF|3:30=2023-09-12T15:30")]
    [InlineData("He arrived at 10:30 last night.", "2023-09-12", "10:30 last night=2023-09-11T22:30")]
    [InlineData("It ended at 10 p.m. last night.", "2023-09-12", "10 p.m. last night=2023-09-11T22:00")]
    [InlineData("It aired at 8 p.m. Monday night.", "2023-09-12", "8 p.m. Monday night=2023-09-11T20:00")]
    [InlineData("He was seen at 9 o'clock yesterday morning.", "2023-09-12", "9 o'clock yesterday morning=2023-09-11T09:00")]
    [InlineData("Talks end tonight at midnight.", "2023-09-12", "tonight=2023-09-12TNI|midnight=2023-09-12T24:00")]
    // a bare hour is a time after "at" next to its day: by the part of the day, else the working day's (7-11 am, 12-6 pm)
    [InlineData("It happened yesterday at 9.", "2023-09-12", "yesterday=2023-09-11|9=2023-09-11T09:00")]
    [InlineData("It ended this morning at 10.", "2023-09-12", "this morning=2023-09-12TMO|10=2023-09-12T10:00")]
    [InlineData("Voting began Monday at 8, and stopped Monday at 3.", "2023-09-12", "Monday=2023-09-11|8=2023-09-11T08:00|Monday=2023-09-11|3=2023-09-11T15:00")]
    [InlineData("The vote at 11 on Monday was close.", "2023-09-12", "11 on Monday=2023-09-11T11:00")]
    [InlineData("Shots rang out at 10 last night.", "2023-09-12", "10 last night=2023-09-11T22:00")]
    [InlineData("See you tonight at 9.", "2023-09-12", "tonight=2023-09-12TNI|9=2023-09-12T21:00")]
    [InlineData("The blast came at 4 in the morning and at 11 at night.", "2023-09-12", "4 in the morning=2023-09-12T04:00|11 at night=2023-09-12T23:00")]
    [InlineData("It was 3-1 at 9 o'clock.", "2023-09-12", "9 o'clock=2023-09-12T09:00")]
    [InlineData("Rates rose Monday at 8 percent and closed at 9.", "2023-09-12", "Monday=2023-09-11")]     // a count, or no day: no time
    [InlineData("Shares closed Friday at $9; yesterday at 9 1/4, and Monday at 9.50.", "2023-09-12",
        "Friday=2023-09-08|yesterday=2023-09-11|Monday=2023-09-11")]                                               // prices
    [InlineData("Apple shares Friday at 9, down 25 cents, and Monday at 12, up 3/8.", "2023-09-12",
        "Friday=2023-09-08|Monday=2023-09-11")]                                                                    // a price with its change
    // after a word news says of a level reached, the number is a price, rate or count, not an hour
    [InlineData("Shares closed at 9 Monday.", "2023-09-12", "Monday=2023-09-11")]
    [InlineData("The stock closed Monday at 9.", "2023-09-12", "Monday=2023-09-11")]
    [InlineData("The death toll stood at 12 Monday.", "2023-09-12", "Monday=2023-09-11")]
    [InlineData("The score was tied at 7 on Sunday.", "2023-09-12", "Sunday=2023-09-10")]
    [InlineData("Brent settled yesterday at 8.", "2023-09-12", "yesterday=2023-09-11")]
    [InlineData("The Fed left rates at 5 Wednesday.", "2023-09-12", "Wednesday=2023-09-06")]
    [InlineData("The game was played on a Tuesday night in March.", "2023-09-12", "Tuesday night=XXXX-WXX-2TNI|March=2023-03")] // some Tuesday
    [InlineData("The vote falls on a Sunday this year.", "2023-09-12", "Sunday=XXXX-WXX-7|this year=2023")]
    [InlineData("It ends a year from tomorrow.", "9999-06-01", "a year=P1Y|tomorrow=9999-06-02")] // counted past the calendar: apart
    public void Times_and_their_days(string text, string reference, string mentions) =>
        Assert.Equal(mentions.Split('|', StringSplitOptions.RemoveEmptyEntries), DateExtractor.Default.Extract(text, Reference(reference)).Select(m => m.Text + "=" + m.Value));

    [Theory]
    [InlineData("He served 12 years in prison.", "12 years", "DURATION", "P12Y")]
    [InlineData("The flight took five hours.", "five hours", "DURATION", "PT5H")]
    [InlineData("A five-hour flight.", "five-hour", "DURATION", "PT5H")]
    [InlineData("Sales fell over the past two years.", "the past two years", "DURATION", "P2Y")]
    [InlineData("Profit for the first nine months rose.", "the first nine months", "DURATION", "P9M")]
    [InlineData("It took several weeks to finish.", "several weeks", "DURATION", "PXW")]
    [InlineData("It took 2 1/2 years to finish.", "2 1/2 years", "DURATION", "P2Y6M")]
    [InlineData("It took two and a half hours to finish.", "two and a half hours", "DURATION", "PT2H30M")]
    [InlineData("It took a minute and a half to finish.", "a minute and a half", "DURATION", "PT1M30S")]
    [InlineData("It took twenty-five minutes to finish.", "twenty-five minutes", "DURATION", "PT25M")]
    [InlineData("Stocks fell in the last twenty four hours.", "the last twenty four hours", "DURATION", "PT24H")]
    [InlineData("The paper comes out every week.", "every week", "SET", "P1W")]
    [InlineData("The fee is paid annually.", "annually", "SET", "P1Y")]
    [InlineData("The board meets monthly.", "monthly", "SET", "P1M")]         // a verb in -s, no plural of an amount
    [InlineData("The panel, which meets weekly, voted.", "weekly", "SET", "P1W")]
    [InlineData("Weekly Jobless Claims Fall", "Weekly", "SET", "P1W")]                 // a headline opening with the word, not a title
    [InlineData("The club meets every Monday.", "every Monday", "SET", "XXXX-WXX-1")]
    [InlineData("The committee meets three times a week.", "a week", "SET", "P1W")]     // a count of times, no rate of an amount
    [InlineData("The market is open every weekend.", "every weekend", "SET", "XXXX-WXX-WE")] // the weekend, not every two days
    [InlineData("It meets every other weekend.", "every other weekend", "SET", "P2W")]
    [InlineData("Take it 3 times a day.", "a day", "SET", "P1D")]
    [InlineData("The city was ruled from Moscow for centuries.", "centuries", "DURATION", "PXC")]
    [InlineData("Troops will be committed within weeks.", "weeks", "DURATION", "PXW")]
    [InlineData("Three days later, the index was down 6%.", "Three days", "DURATION", "P3D")]   // from an event: a span
    [InlineData("They left their third day-long meeting.", "day-long", "DURATION", "P1D")]
    [InlineData("A day-long meeting ended.", "day-long", "DURATION", "P1D")]
    [InlineData("They staged a week-long strike.", "week-long", "DURATION", "P1W")]
    [InlineData("Over the years many more patients died.", "the years", "DURATION", "PXY")]
    [InlineData("The loan may be extended for two additional years.", "two additional years", "DURATION", "P2Y")]
    [InlineData("Eight trading days after the crash, it was down.", "Eight trading days", "DURATION", "P8D")]
    [InlineData("He followed a several-year tenure as editor.", "several-year", "DURATION", "PXY")]
    [InlineData("You save fewer lives in the early years.", "the early years", "DURATION", "PXY")]
    [InlineData("It is a decades-long battle.", "decades-long", "DURATION", "PXDE")]
    [InlineData("A few days later, it announced lower earnings.", "A few days", "DURATION", "PXD")]
    [InlineData("Just over an hour later, he was declared dead.", "an hour", "DURATION", "PT1H")]
    [InlineData("It grew for the first time in years.", "years", "DURATION", "PXY")]
    [InlineData("The final set lasted 1 hour 20 minutes.", "1 hour 20 minutes", "DURATION", "PT1H20M")] // one span in two units
    [InlineData("He served 3 years and 6 months.", "3 years and 6 months", "DURATION", "P3Y6M")]
    [InlineData("The storm raged for five days and 3 hours.", "five days and 3 hours", "DURATION", "P5DT3H")]
    [InlineData("Solve it in 5 minutes and 30 seconds.", "5 minutes and 30 seconds", "DURATION", "PT5M30S")]
    [InlineData("He scored with 2:30 left on the clock.", "2:30", "DURATION", "PT2M30S")]                  // a game clock: minutes and seconds
    [InlineData("The Bucks led by 12 with 5:43 remaining in the fourth quarter.", "5:43", "DURATION", "PT5M43S")] // and its quarter no calendar's
    [InlineData("His second goal of the game 2:55 into overtime won it.", "2:55", "DURATION", "PT2M55S")]   // played, not to play
    [InlineData("The launch was delayed by a quarter.", "a quarter", "DURATION", "P1Q")]                // a span a date moved by
    [InlineData("Two quarters of growth followed.", "Two quarters", "DURATION", "P2Q")]
    [InlineData("The shop has been shut for the past fortnight.", "the past fortnight", "DURATION", "P2W")] // two weeks, no one week
    [InlineData("Over the next fortnight, talks go on.", "the next fortnight", "DURATION", "P2W")]
    [InlineData("The strike will last 48 hours.", "48 hours", "DURATION", "PT48H")]                     // "last" the verb, not "the last"
    [InlineData("The hearing is expected to last three days.", "three days", "DURATION", "P3D")]
    [InlineData("The talks could not last 10 minutes.", "10 minutes", "DURATION", "PT10M")]
    public void Durations_and_sets(string text, string mention, string type, string value) =>
        Check(text, "2023-09-12", mention, type, value);

    [Theory]
    [InlineData("Tickets cost $27 and 89 percent sold out.")]
    [InlineData("Tickets cost $2023 each.")]
    [InlineData("The final score was 3-1 after extra time.")]
    [InlineData("Call 555-1234 or (212) 555-2000 today!", "today")]
    [InlineData("Under Section 1983 and 42 U.S.C. § 2000 the claim fails.")]
    [InlineData("Update to version 2.10.15 or 10.2.1 now.", "now")]
    [InlineData("Prices may rise, and troops march on the capital.")]
    [InlineData("May I ask? March forward, they said.")]
    [InlineData("The Sun reported it; Sat nav failed.")]
    [InlineData("June Carter sang in the old hall.")]
    [InlineData("The 6-year-old boy and a 44-year-old man.")]
    [InlineData("2000 people marched through the streets.")]
    [InlineData("Watch 60 Minutes on Sunday.", "Sunday")]
    [InlineData("He was 37 years old and paid $1.76 a year for 700 seats a week.")]
    [InlineData("Now, he says, the West wanted war.")]                    // a discourse marker, not the present
    [InlineData("\"Now, we see that edge eroded,\" he said.")]
    [InlineData("It is important to the future of our peoples.")]          // a fate, not a time
    [InlineData("Revenue should rise 20% annually, or 10,000 units annually.")] // rates of an amount, not sets
    [InlineData("Junk funds hold more than a quarter of the market.")]     // a fraction
    [InlineData("The film was High Noon; for Poland, high noon comes now.", "now")] // a figure of speech
    [InlineData("Baker said on ABC's \"This Week\" that the request stands.")] // a title
    [InlineData("Guards stood there 24 hours a day.", "24 hours")]          // "a day" after a span is a rate
    [InlineData("That is 5% of Nasdaq's average daily volume.")]            // an amount per day, not a recurring day
    [InlineData("It offers a bonus equal to six months of base pay.")]      // an amount measured in time
    [InlineData("I would have chosen the people of tomorrow.")]   // the day word stands for an era
    [InlineData("Yesterday's technology was slow; tomorrow's world is unknown.")]
    [InlineData("He told USA Today so. This is VOA Today.")]                  // names
    [InlineData("Markets Rally As Investors Cheer Decision Today", "Today")] // a headline in title case: still today
    [InlineData("The events of yesterday shocked the nation.", "yesterday")] // "of yesterday" is a day; only "of tomorrow" an era
    [InlineData("The latest period of unrest began in the capital.")]         // a stretch of unrest, not a quarter
    [InlineData("Expect highs in the 90s and lows in the 70s.")]              // degrees
    [InlineData("She ran a 3:45 mile.")]                                      // a measured span, not a clock reading (h:mm or m:ss)
    [InlineData("It closed at 25.30 GMT, up 3.45 percent.")]                  // no hour 25; a dotted number alone is no time
    [InlineData("Prices rose 3.45 percent to 7.30.")]
    [InlineData("Windows 11 version 23H2 and part A7Q3 shipped.")]             // codes, not a half or a quarter
    [InlineData("Parts 1H2X, 2Q234 and 1H are codes.")]
    [InlineData("He quoted John 3:16 and Romans 8:28 on his sign.")]          // chapter and verse, not clock readings
    [InlineData("The reading was 1 Corinthians 13:4 and Psalm 23:4.")]
    [InlineData("Police responded to the 1900 block of Main Street.")]        // house numbers, not years
    [InlineData("Protesters gathered at 1600 Pennsylvania Ave. and 2100 Market St.")]
    [InlineData("The Lakers won 102-99 after a 3-1 start; see pp. 2019-21 and pp 2019-2021.")]   // scores and page ranges
    [InlineData("Black Monday hit markets; Bloody Sunday was remembered.")]                         // names of past events, no weekday
    [InlineData("The Good Friday agreement and the Good Friday Agreement held; the Easter Rising failed.")] // names of past events
    [InlineData("Survivors of the Ash Wednesday fires met those of the Christmas Day tsunami.")]          // a holiday naming a one-off happening
    [InlineData("It is the season of goodwill; the rainy season is long, and this season of giving too.")] // seasons of the year, no season of play
    [InlineData("Ads ran on Super Bowl Sunday.")]                                                       // a named day with no rule here
    [InlineData("Stocks won 10:30 gains; he clocked 9:58 and won in 1:45.")]                             // a race time without seconds: no clock
    [InlineData("The film runs 1:45, a running time of 1:45.")]                                          // h:mm or m:ss: no clock, no span
    [InlineData("He lives at 1800 Avenue of the Stars.")]
    [InlineData("The Daily Show aired; the Weekly Standard closed.")]          // titles, not sets
    [InlineData("The Black Sea fleet and Cyber Command met.")]
    [InlineData("Temperatures will climb into the 80s.")]
    [InlineData("They swam against the current. The current of the river was strong; the current is cold.")] // the noun
    [InlineData("Emissions fell by a quarter; profits dropped by almost a quarter.")] // shares of a change, not three months
    [InlineData("Three quarters of respondents agreed.")]
    [InlineData("Sales fell by a quarter to 12 million.")]                     // a fraction and a figure, no clock
    [InlineData("Half past glories fade.")]
    [InlineData("Nvidia's GeForce GTX 1660 Ti and RTX 2080 Super sold out, as did the BMW 1600.")] // models: no year so far from the report
    [InlineData("He was the 28th president; she parred on the 18th green.")]  // ordinals, no day of a month
    [InlineData("The Lunar New Year's Day parade passed through New York and New Year plans.")] // another calendar's; a city; no holiday
    [InlineData("Canada and Australia met; a Mother said so.")]
    [InlineData("The winter storm dumped snow before the Winter Olympics and the Summer Games.")] // a kind of storm; games
    [InlineData("The spring semester and the summer camp filled up.")]
    [InlineData("The winter was mild.", "The winter")]                                 // the season itself
    public void Amounts_scores_labels_verbs_and_names_are_not_dates(string text, string? onlyMention = null)
    {
        var mentions = DateExtractor.Default.Extract(text, Reference("2023-09-12"));
        Assert.Equal(onlyMention is null ? [] : [onlyMention], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Offsets_are_utf16_code_units_into_the_text_as_given()
    {
        var text = "😀 Ünïcödé — on Sept. 15 😀";
        var m = Single(text, "2023-10-06");
        Assert.Equal(text.IndexOf("Sept. 15", StringComparison.Ordinal), m.Start);
        Assert.Equal(8, m.Length);
        Assert.Equal(m.Start + 8, m.End);
    }

    [Theory]
    [InlineData("2023-09-15", "2023-09-15", "2023-09-16")]
    [InlineData("2023-09", "2023-09-01", "2023-10-01")]
    [InlineData("2023", "2023-01-01", "2024-01-01")]
    [InlineData("2023-W37", "2023-09-11", "2023-09-18")]
    [InlineData("2023-Q3", "2023-07-01", "2023-10-01")]
    [InlineData("2024-H2", "2024-07-01", "2025-01-01")]
    [InlineData("199", "1990-01-01", "2000-01-01")]
    [InlineData("18", "1800-01-01", "1900-01-01")]
    [InlineData("2023-10-06T19:27", "2023-10-06", "2023-10-07")]
    [InlineData("9999-11", "9999-11-01", "9999-12-01")]   // the calendar's last year: every period that ends inside it
    [InlineData("9999-Q3", "9999-07-01", "9999-10-01")]
    [InlineData("9999-H1", "9999-01-01", "9999-07-01")]
    [InlineData("9999-W49", "9999-12-06", "9999-12-13")]
    public void Resolved_values_give_their_day_range(string value, string start, string endExclusive)
    {
        var mention = new DateMention(0, 1, "x", TimexType.Date, value);
        Assert.True(mention.TryGetRange(out var s, out var e));
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(endExclusive, System.Globalization.CultureInfo.InvariantCulture)), (s, e));
    }

    [Theory]
    [InlineData("XXXX-08-30")]
    [InlineData("PAST_REF")]
    [InlineData("XXXX-WXX-3")]
    [InlineData("9999-12")]   // would end on 10000-01-01, past DateOnly
    [InlineData("9999-Q4")]
    [InlineData("9999-H2")]
    [InlineData("9999-W52")]
    public void Unresolved_values_have_no_range(string value) =>
        Assert.False(new DateMention(0, 1, "x", TimexType.Date, value).TryGetRange(out _, out _));

    [Fact]
    public void A_time_value_gives_its_moment()
    {
        Assert.True(new DateMention(0, 1, "x", TimexType.Time, "2023-10-06T19:27").TryGetDateTime(out var moment));
        Assert.Equal(new DateTime(2023, 10, 6, 19, 27, 0), moment);
    }

    [Theory]
    [InlineData("2023-10-06")]        // a day is a range, not a moment
    [InlineData("2023-10-06 19:27")]  // TIMEX3 values always have the T
    [InlineData("2023-10-06T19")]
    [InlineData("2023-10-06TEV")]
    [InlineData("2023-10-06T24:00")]
    public void Values_that_name_no_minute_give_no_moment(string value) =>
        Assert.False(new DateMention(0, 1, "x", TimexType.Time, value).TryGetDateTime(out _));

    [Fact]
    public void A_text_in_a_buffer_gives_what_the_string_gives_with_offsets_into_the_buffer()
    {
        const string Text = "Talks resume next Tuesday, Sept. 19, two weeks after they broke off.";
        var reference = new ArticleDate(new DateOnly(2023, 9, 12));
        var buffer = ("#####" + Text + "junk on Jan. 1, 1999").ToCharArray();

        var fromString = DateExtractor.Default.Extract(Text, reference);
        var fromBuffer = DateExtractor.Default.Extract(buffer.AsMemory(5, Text.Length), reference);

        Assert.NotEmpty(fromString);
        Assert.Equal(fromString, fromBuffer);
        Assert.Empty(DateExtractor.Default.Extract(ReadOnlyMemory<char>.Empty));
    }

    [Fact]
    public void Null_is_refused_and_empty_text_has_no_dates()
    {
        Assert.Throws<ArgumentNullException>(() => DateExtractor.Default.Extract((string)null!));
        Assert.Empty(DateExtractor.Default.Extract(""));
    }

    [Theory]
    [InlineData(@"\uD800 Sept. 15 \uDC00")]
    [InlineData("\0\0 12/ 2023- 1:\n\n:: , . Q Q3 FY the the end of")]
    [InlineData("9999-99-99 99/99/9999 99:99 pm 0000s the '00s the 0th century")]
    public void Any_text_gives_a_result(string escaped)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        foreach (var m in DateExtractor.Default.Extract(text, Reference("2023-09-12")))
        {
            Assert.Equal(m.Text, text.Substring(m.Start, m.Length));
        }
    }

    [Fact]
    public void Long_text_is_scanned_in_linear_time()
    {
        // Eight times the text must take about eight times as long, not sixty-four. A ratio of the best timings, not
        // a time limit: a busy machine slows both sizes alike (a 5-second limit failed under load), and the two sizes
        // are timed in turn, five rounds, so a burst of load elsewhere meets both.
        const string Part = "On Sept. 15 the the end of of early 12 years 7:27 PM now, ";
        var small = string.Concat(Enumerable.Repeat(Part, 2_500));
        var large = string.Concat(Enumerable.Repeat(Part, 20_000));
        Assert.Equal(80_000, DateExtractor.Default.Extract(large, Reference("2023-10-06")).Count);
        var (bestSmall, bestLarge) = (double.MaxValue, double.MaxValue);
        for (var round = 0; round < 5; round++)
        {
            bestSmall = Math.Min(bestSmall, Time(small));
            bestLarge = Math.Min(bestLarge, Time(large));
        }

        var ratio = bestLarge / bestSmall;
        Assert.True(ratio < 24, $"8x the text took {ratio:F1}x the time");

        static double Time(string text)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            DateExtractor.Default.Extract(text, Reference("2023-10-06"));
            return watch.Elapsed.TotalMilliseconds;
        }
    }

    [Fact]
    public void Clean_reports_dates_in_the_cleaned_text_against_the_callers_reference()
    {
        var result = TextCleaner.Default.Clean("Stocks fell last month.", referenceDate: Reference("2023-09-12"));
        var m = Assert.Single(result.Dates);
        Assert.Equal(("last month", "2023-08"), (result.Text.Substring(m.Start, m.Length), m.Value));
    }

    [Fact]
    public void Cli_dates_jsonl_echoes_the_id_and_uses_the_records_reference_date()
    {
        var options = CliOptions.Parse(["dates", "--jsonl", "--reference-date", "2000-01-01"]);
        var runner = new JsonlRunner(options, new RecordProcessor(options));
        using var output = new MemoryStream();
        var input = "{\"id\":7,\"text\":\"😀 last month\",\"reference_date\":\"2023-09-12\"}\n{\"id\":8,\"text\":\"last month\"}\n";
        runner.Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), output);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(7, first.GetProperty("id").GetInt32());
        var date = first.GetProperty("dates")[0];
        Assert.Equal((3, 13, "last month", "DATE", "2023-08"),
            (date.GetProperty("start").GetInt32(), date.GetProperty("end").GetInt32(), date.GetProperty("text").GetString(),
             date.GetProperty("type").GetString(), date.GetProperty("value").GetString()));
        Assert.Equal("1999-12", JsonDocument.Parse(lines[1]).RootElement.GetProperty("dates")[0].GetProperty("value").GetString());
    }

    public static TheoryData<string> SeedIds() => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.meta.json")
        .Select(p => Path.GetFileName(p)[..3]).Order(StringComparer.Ordinal));

    /// <summary>Every date mention of a seed's cleaned text is found (overlapping the expected text) with
    /// its value, resolved against the seed's published date; a null value only has to be found.</summary>
    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_dates_are_found_with_their_values(string id)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
        var text = File.ReadAllText(Path.Combine(folder, id + ".clean.txt"));
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, id + ".meta.json")));
        var published = meta.RootElement.GetProperty("published");
        ArticleDate? reference = published.ValueKind == JsonValueKind.String && ArticleDate.TryParse(published.GetString(), out var p) ? p : null;
        var found = DateExtractor.Default.Extract(text, reference);
        var from = 0;
        foreach (var expected in meta.RootElement.GetProperty("dates").EnumerateArray())
        {
            var expectedText = expected.GetProperty("text").GetString()!;
            var start = text.IndexOf(expectedText, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"{id}: '{expectedText}' is not in the clean text");
            from = start + expectedText.Length;
            var match = found.FirstOrDefault(m => m.Start < from && m.End > start);
            Assert.True(match is not null, $"{id}: '{expectedText}' at {start} not found");
            if (expected.GetProperty("value").ValueKind == JsonValueKind.String)
            {
                Assert.Equal((expectedText, expected.GetProperty("value").GetString()), (expectedText, match!.Value));
            }
        }
    }
}
