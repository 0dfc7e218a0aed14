using TextClean.Blocks;
using TextClean.Pipeline;

namespace TextClean.Tests.Blocks;

public class MetadataPassTests
{
    private static readonly MetadataPass Pass = new();

    private const string Body = "North Korea has started to deliver artillery to Russia for its war in Ukraine, CBS News reported on Oct. 5.";

    [Theory]
    [InlineData("by Elsa Court and The Kyiv Independent news desk October 6, 2023 7:27 PM 1 min read", "Elsa Court|The Kyiv Independent news desk", "2023-10-06T19:27")]
    [InlineData("By Jane Doe, John Roe | Reuters", "Jane Doe|John Roe", null)]
    [InlineData("By Jane Doe Published Oct. 5, 2023", "Jane Doe", "2023-10-05")]
    [InlineData("Chris Davies - Nov 19, 2019, 10:31 pm CST", "Chris Davies", "2019-11-19T22:31")]
    [InlineData("5:45 AM PST 11/19/2019 by Patrick Shanley", "Patrick Shanley", "2019-11-19T05:45")]      // numeric dates whose order is not in doubt
    [InlineData("Carlos Nadalim 27/09/2018", "Carlos Nadalim", "2018-09-27")]
    [InlineData("By Finian Cunningham 18.11.2019", "Finian Cunningham", "2019-11-18")]
    [InlineData("By Jane Doe | 09/10/2018", "Jane Doe", null)]                                        // ...day or month first: no date
    [InlineData("By: Anna Smith & Bo Li 12 March 2021", "Anna Smith|Bo Li", "2021-03-12")]
    [InlineData("by: Marcus Delgado", "Marcus Delgado", null)]                       // Nexstar's label, lower case
    [InlineData("Interview by Camille Bérard", "Camille Bérard", null)]               // an interview's label before "by"
    [InlineData("By Jane Doe\u00A0", "Jane Doe", null)]       // with whitespace normalization off: no space-like character at a name's end
    [InlineData("By Jane Doe\u0085, John Roe", "Jane Doe|John Roe", null)]
    [InlineData("By Jane Doe, Senior Reporter", "Jane Doe", null)]                 // a job title is not an author
    [InlineData("By Jane Doe and John Roe, Staff Writers", "Jane Doe|John Roe", null)]
    [InlineData("By Reuters Staff", "Reuters Staff", null)]                        // ...but a credit alone is all there is
    [InlineData("Written by Jane Doe", "Jane Doe", null)]
    [InlineData("Author: Jane Doe", "Jane Doe", null)]
    [InlineData("Story by Jane Doe, photos by Mark Chen", "Jane Doe", null)]       // the photographer is no author
    [InlineData("Written by Rachael Link, MS, RD on November 14, 2019", "Rachael Link", "2019-11-14")]   // degrees are no authors
    [InlineData("By Jane Doe, AP", "Jane Doe", null)]
    [InlineData("Par Claire Martin", "Claire Martin", null)]
    [InlineData("Analysis by Jane Doe, CNN", "Jane Doe", null)]                   // a column's label before "by"
    [InlineData("Opinion by Jane Doe", "Jane Doe", null)]
    [InlineData("Por Ana García y Luis Pérez", "Ana García|Luis Pérez", null)]
    [InlineData("By Jane Doe, CNN 7:27 PM EDT, Tue September 12, 2023", "Jane Doe", "2023-09-12T19:27")]   // the time before the date; an agency's initials are no author
    [InlineData("By Jane Doe, M.D.", "Jane Doe", null)]                           // the period ends a degree, not a sentence
    [InlineData("By Jane Doe, Ph.D., and John Roe", "Jane Doe|John Roe", null)]
    [InlineData("By John Roe Jr.", "John Roe Jr.", null)]
    [InlineData("By Jane Doe, CNN Business", "Jane Doe", null)]                    // an outlet after the name is no author
    [InlineData("By Jane Doe, Special to The Post", "Jane Doe", null)]
    [InlineData("By Jane Doe, The Washington Post", "Jane Doe", null)]
    [InlineData("By Jane Doe and John Roe, Reuters", "Jane Doe|John Roe", null)]
    [InlineData("By Jane Doe, John Roe, Bloomberg News", "Jane Doe|John Roe", null)]
    [InlineData("By Jane Doe, Kyiv Independent", "Jane Doe", null)]
    [InlineData("By JANE DOE Associated Press", "Jane Doe", null)]                 // capitals are the name, as written in a sentence
    [InlineData("By JANE DOE, ASSOCIATED PRESS", "Jane Doe", null)]
    [InlineData("By MARÍA GARCÍA-LÓPEZ and JEAN DE LA TOUR", "María García-López|Jean de la Tour", null)]
    [InlineData("By JOHN O'NEIL Jr.", "John O'Neil Jr.", null)]
    [InlineData("By Jean-Luc de la Tour", "Jean-Luc de la Tour", null)]
    [InlineData("By María José García-López", "María José García-López", null)]
    [InlineData("By J.K. Doe", "J.K. Doe", null)]
    [InlineData("By Jane Doe, Senior Reporter, and Mark Chen, Staff Photographer", "Jane Doe", null)]   // a photographer is no author
    [InlineData("By Jane Doe and Mark Chen, Staff Photographer", "Jane Doe", null)]              // ...and one photographer is only the name before
    [InlineData("By Jane Doe and Mark Chen, Staff Photographers", "", null)]
    [InlineData("By JANE DOE AND JOHN ROE", "Jane Doe|John Roe", null)]
    [InlineData("By DAVID McNEIL Associated Press", "David McNeil", null)]                         // 'Mc' keeps its capital after it
    [InlineData("By MCKENZIE SMITH-MCDONALD", "McKenzie Smith-McDonald", null)]                              // 'AND' in capitals separates too
    [InlineData("By Jane Doe, Associate Professor", "Jane Doe", null)]
    [InlineData("By Jane Doe Staff Writer", "Jane Doe", null)]                                        // ...also without a comma
    [InlineData("By Mary Jane Smith Senior Political Correspondent", "Mary Jane Smith", null)]
    [InlineData("By Staff Writer", "Staff Writer", null)]
    [InlineData("By Jane Doe, City Hall Reporter", "Jane Doe", null)]                                 // a beat before the job
    [InlineData("By Jane Doe and John Roe, White House Correspondents", "Jane Doe|John Roe", null)]
    [InlineData("BY JERUSALEM POST STAFF", "JERUSALEM POST STAFF", null)]                               // an expert's post is no author
    [InlineData("By Jane Doe, Senior Fellow, Brookings Institution", "Jane Doe", null)]              // ...nor the employer
    [InlineData("Por MARÍA GARCÍA Y LUIS PÉREZ", "María García|Luis Pérez", null)]
    // A dateline's place after the comma is no author: by its shape, in any case
    [InlineData("By Jane Doe, New York", "Jane Doe", null)]
    [InlineData("By Jane Doe, Washington", "Jane Doe", null)]
    [InlineData("By Jane Doe and John Roe, LONDON", "Jane Doe|John Roe", null)]
    [InlineData("By JANE DOE, NEW YORK", "Jane Doe", null)]
    [InlineData("By Jane Doe, Los Angeles", "Jane Doe", null)]
    [InlineData("By Jane Doe, St. Louis", "Jane Doe", null)]
    [InlineData("By Jane Doe, Mexico City", "Jane Doe", null)]
    [InlineData("By Jane Doe, South Korea", "Jane Doe", null)]
    [InlineData("By Jane Doe, Hong Kong", "Jane Doe", null)]
    [InlineData("By Jane Doe, Austin, TX", "Jane Doe", null)]
    [InlineData("Jane Doe, New York | Sept. 12, 2023", "Jane Doe", "2023-09-12")]
    [InlineData("By Jane Doe in New York and John Roe in London", "Jane Doe|John Roe", null)]
    [InlineData("By Jane Doe, Mary Jane Smith", "Jane Doe|Mary Jane Smith", null)]       // ...but a name of three words is a name
    [InlineData("By Jane Doe, Maria Santos", "Jane Doe|Maria Santos", null)]
    // An outlet is told by its shape: a foreign article, an outlet's word
    [InlineData("By Jane Doe, El País", "Jane Doe", null)]
    [InlineData("By Jane Doe, Le Monde", "Jane Doe", null)]
    [InlineData("By Jane Doe, Al Jazeera", "Jane Doe", null)]
    [InlineData("By Jane Doe, Al-Monitor", "Jane Doe", null)]
    [InlineData("By Jane Doe, Der Spiegel", "Jane Doe", null)]
    [InlineData("By Jane Doe, The Straits Times", "Jane Doe", null)]
    [InlineData("By Jane Doe, Deutsche Welle", "Jane Doe", null)]
    [InlineData("By Jane Doe, Agence France-Presse", "Jane Doe", null)]
    [InlineData("By Jane Doe, Toronto Star", "Jane Doe", null)]
    [InlineData("By Jane Doe, Washington Post", "Jane Doe", null)]                      // an outlet word last in the byline is the outlet
    [InlineData("By Jane Doe, Al Gore and John Roe", "Jane Doe|Al Gore|John Roe", null)] // ...'Al' between authors is a first name
    // A surname that is an outlet's word is a surname between authors
    [InlineData("By Emily Post and John Roe", "Emily Post|John Roe", null)]
    [InlineData("By Jane Press", "Jane Press", null)]
    [InlineData("By Jane Doe, Emily Post and John Roe", "Jane Doe|Emily Post|John Roe", null)]
    [InlineData("By Jane Doe, Emily Post, and John Roe", "Jane Doe|Emily Post|John Roe", null)]
    [InlineData("By EMILY POST AND JOHN ROE", "Emily Post|John Roe", null)]
    [InlineData("By Jane Doe and Mary Sun", "Jane Doe|Mary Sun", null)]
    // Wire services' credits: who wrote it, not who edited it; an agency "with" is no author
    [InlineData("Reporting by Jane Doe; Editing by John Roe", "Jane Doe", null)]
    [InlineData("By Jane Doe with AFP", "Jane Doe", null)]
    [InlineData("By Jane Doe, with Reuters", "Jane Doe", null)]
    [InlineData("By Jane Doe with John Roe", "Jane Doe|John Roe", null)]
    [InlineData("By Jane Doe, Le Monde with AFP", "Jane Doe", null)]
    [InlineData("By Jane Doe, Staff and wire reports", "Jane Doe", null)]
    [InlineData("By Jane Doe / Staff Writer", "Jane Doe", null)]
    [InlineData("By Jane Doe for Daily Mail", "Jane Doe", null)]                            // for whom it was written
    [InlineData("By Jane Doe For Dailymail.com", "Jane Doe", null)]
    [InlineData("By Jane Doe (AFP)", "Jane Doe", null)]
    [InlineData("By Jane Doe, Reuters, and John Roe, AP", "Jane Doe|John Roe", null)]
    // A co-author whose surname is a surname-like outlet word, after a common given name, is a person
    [InlineData("By Jane Doe, Tom Sun", "Jane Doe|Tom Sun", null)]
    [InlineData("By Jane Doe, Mary Post", "Jane Doe|Mary Post", null)]
    [InlineData("By Jane Doe, Jackson Sun", "Jane Doe", null)]                              // ...a city's paper stays the outlet
    [InlineData("By Jane Doe, Denver Post", "Jane Doe", null)]
    // A scraper glues the outlet or the role to the name when each had an element of its own
    [InlineData("By Jonathan GarberFOXBusiness", "Jonathan Garber", null)]
    [InlineData("By Michael HiltzikBusiness Columnist", "Michael Hiltzik", null)]
    [InlineData("By Jane DoeReuters", "Jane Doe", null)]
    [InlineData("By Jane McDonald and DeShawn MacKenzie", "Jane McDonald|DeShawn MacKenzie", null)]
    [InlineData("By Jane Doe\n\nSeptember 12, 2023 / 10:02 AM / Updated 2 hours ago", "Jane Doe", "2023-09-12T10:02")] // a relative update stamp after the date
    [InlineData("BY JANE DOE | THE ASSOCIATED PRESS\n\nPUBLISHED: September 12, 2023 at 10:02 a.m. | UPDATED: September 12, 2023 at 11:15 a.m.",
        "Jane Doe", "2023-09-12T10:02")] // a long labelled line that ends on "a.m."
    [InlineData("By Jane Doe\n\nPublished Wed, Sep 12 2023 4:29 AM EDT Updated an hour ago", "Jane Doe", "2023-09-12T04:29")]
    [InlineData("By Jane Doe\n\nPublished on March 2, 2025, at 10:00 am, updated at 11:47 am", "Jane Doe", "2025-03-02T10:00")] // the edit's clock time after the date
    [InlineData("By Jane Doe\n\nWed 20 Sep 2023 19.12 BST", "Jane Doe", "2023-09-20T19:12")]   // a British dotted time, with its zone
    [InlineData("By Jane Doe\n\nSep 20, 2023 12.50", "Jane Doe", "2023-09-20")]               // a dotted pair alone is a number
    public void Reads_bylines(string byline, string authors, string? published)
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\n{byline}\n\n{Body}"));
        Assert.Equal(authors.Split('|', StringSplitOptions.RemoveEmptyEntries), document.Metadata.Authors);
        Assert.Equal(published, document.Metadata.Published?.ToString());
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal(Body, document.Text);
    }

    /// <summary>Bylines without "By" and without a date, and bylines split over lines as scrapers leave them when the
    /// name has an element of its own: read where a byline stands, right under the headline, by their shape.</summary>
    [Theory]
    [InlineData("Jane Doe | Reuters", "Jane Doe")]
    [InlineData("Jane Doe, Reuters", "Jane Doe")]
    [InlineData("JANE DOE / AP", "Jane Doe")]
    [InlineData("Jane Doe and John Roe, The Associated Press", "Jane Doe|John Roe")]
    [InlineData("Jane Doe · Staff Writer", "Jane Doe")]
    [InlineData("Jane Doe - Axios", "Jane Doe")]
    [InlineData("Jane Doe, Senior Reporter | CNN", "Jane Doe")]
    [InlineData("By\nJane Doe", "Jane Doe")]
    [InlineData("By:\nJane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("Written by\nJane Doe", "Jane Doe")]
    [InlineData("By\nJANE DOE\nAssociated Press", "Jane Doe")]
    [InlineData("Jane Doe\nReuters", "Jane Doe")]
    [InlineData("Jane Doe\nStaff Writer", "Jane Doe")]
    [InlineData("By\nJane Doe\n\nSept. 12, 2023", "Jane Doe")]
    [InlineData("Author:\nJane Doe", "Jane Doe")]
    // Article tops as sites print them: wire, newsletter, blog, local news
    [InlineData("Jane Doe\nThe Associated Press\n\nPublished 6:00 a.m. ET Sept. 12, 2023", "Jane Doe")]
    [InlineData("JANE DOE\n\nSeptember 12, 2023", "Jane Doe")]
    [InlineData("Jane Doe and John Roe\nSep 12, 2023", "Jane Doe|John Roe")]
    [InlineData("Jane Doe, Tom Smith and Ana Ruiz\n\nSeptember 12, 2023", "Jane Doe|Tom Smith|Ana Ruiz")]   // a list ending on "and"
    [InlineData("Jane Doe\n\nFollow\n\n5 min read\n\n·\n\nSep 12, 2023", "Jane Doe")]       // a reader's widgets between name and date
    [InlineData("Jane Doe · Sep 12, 2023 · 5 min read", "Jane Doe")]
    [InlineData("Jane Doe, Reuters • 3 min read", "Jane Doe")]
    [InlineData("Jane Doe @janedoe / 2 days", "Jane Doe")]
    [InlineData("Natasha Turak@NatashaTurak", "Natasha Turak")]
    [InlineData("By Jane Doe jdoe@dailystar.com", "Jane Doe")]
    [InlineData("By Jane Doe | jdoe@post.com | Daily Post", "Jane Doe")]
    [InlineData("Posted by Jane Doe on September 12, 2023", "Jane Doe")]
    [InlineData("Posted on September 12, 2023 by Jane Doe", "Jane Doe")]
    [InlineData("September 12, 2023 by Jane Doe", "Jane Doe")]
    [InlineData("5:45 AM PST Nov 19, 2019 by Patrick Shanley", "Patrick Shanley")]
    [InlineData("By\nThe Associated Press", "The Associated Press")]
    [InlineData("Last updated: 12 September 2023 - 10:02 GMT\n\nJane Doe", "Jane Doe")]      // the date line first, then the name
    [InlineData("Reuters\n\nSeptember 12, 2023", "Reuters")]                                  // a wire service alone, over its date
    [InlineData("Jane Doe\n\n@janedoe\n\nSeptember 12, 2023", "Jane Doe")]                   // the handle on a line of its own
    [InlineData("Jane Doe in Washington\n\nWed 20 Sep 2023 19.12 BST\n\nLast modified on Wed 20 Sep 2023 20.05 BST", "Jane Doe")] // the Guardian's
    [InlineData("Jane Doe and John Roe in New York\n\n20 September 2023", "Jane Doe|John Roe")]
    [InlineData("The Associated Press\n\nPublished 10:02 AM EDT, Sep 12, 2023", "The Associated Press")]
    [InlineData("Published 2023-09-12T10:00:00Z\n\nJane Doe, Staff Writer", "Jane Doe")]                // the date line, then name and role
    public void Reads_unsigned_and_split_bylines_under_the_headline(string byline, string authors)
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\n{byline}\n\n{Body}"));
        Assert.Equal(authors.Split('|'), document.Metadata.Authors);
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal(Body, document.Text);
        Assert.Same(document, Pass.Apply(document));
    }

    /// <summary>A signed byline under the headline's standfirst: the headline is the title, and the standfirst stays.
    /// A question right above the byline is itself the headline.</summary>
    [Fact]
    public void A_signed_byline_under_a_standfirst_takes_the_headline_above_it()
    {
        var standfirst = "The central bank paused its campaign of increases for the second time this year.";
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\n{standfirst}\n\nBy Jane Doe\n\n{Body}"));
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Equal($"{standfirst}\n\n{Body}", document.Text);

        var quoted = Pass.Apply(new BlockDocument($"— A senator on Sunday, in a local newspaper\n\nWhat is the value of drugs at the border?\n\nBy Jane Doe\n\n{Body}"));
        Assert.Equal("What is the value of drugs at the border?", quoted.Metadata.Title);
    }

    /// <summary>A line over the date that only looks like a credit names no author: a page's section (no credit, as a
    /// wire service's name there is), or a list of places (shaped like a list of names).</summary>
    [Theory]
    [InlineData("World News")]
    [InlineData("Politics")]
    [InlineData("Paris, Berlin and Rome")]
    [InlineData("New York, Los Angeles and San Francisco")]
    public void A_section_or_a_list_of_places_over_the_date_line_names_no_author(string line)
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\n{line}\n\nSeptember 12, 2023\n\n{Body}"));
        Assert.Empty(document.Metadata.Authors);
    }

    /// <summary>The lead picture's caption, its credit in parentheses, between the headline and the byline was taken
    /// for the headline.</summary>
    [Fact]
    public void A_credited_caption_between_the_headline_and_the_byline_is_no_title()
    {
        var caption = "A woman walks past the Federal Reserve building in Washington, D.C. (Photo: Jane Roe/Getty Images)";
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\n{caption}\n\nBy Jane Doe\n\nSept. 12, 2023\n\n{Body}"));
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
    }

    /// <summary>Menus above the headline, all within the header: the headline closest above the body with a name and a
    /// date under it, only buttons between them and the body. A teaser's name and date higher up, before a lone
    /// sentence of its own, names no one.</summary>
    [Fact]
    public void An_unsigned_byline_under_the_headline_below_the_menus_names_the_author()
    {
        var body = $"{Body}\n\nThe deliveries appear to be the culmination of the meeting between the two leaders in Russia in September, the broadcaster said.";
        var page = $"Skip to content\n\nWorld\n\nPolitics\n\nHeadline of the story\n\nJane Doe\n\nSep 12, 2023 · 4 min read\n\nShare on Facebook\n\nCopy link\n\n{body}";
        var document = Pass.Apply(new BlockDocument(page));
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Equal("2023-09-12", document.Metadata.Published?.ToString());

        var teaser = "Skip to content\n\nWorld\n\nAnother story about the summit\n\nJohn Roe\n\nSep 10, 2023\n\n" +
                     "The leaders met for the first time in four years at a cosmodrome in the far east of the country, officials said.\n\n" +
                     "Most Read\n\nMenu\n\nMore";
        Assert.Empty(Pass.Apply(new BlockDocument(teaser)).Metadata.Authors);
    }

    /// <summary>Eleven menu lines and more above the headline once put the headline, its byline or its date line past
    /// the header: the title and the date were lost, or the date alone when the byline was the header's last line.</summary>
    [Theory]
    [InlineData(11, "Headline of the story\n\nTNN | Updated: May 24, 2025, 10:15 IST", "TNN", "2025-05-24T10:15")] // an agency signs
    [InlineData(15, "Headline of the story\n\nBy Jane Doe\n\n@janedoe\n\nNov 19, 2019 at 9:08 GMT", "Jane Doe", "2019-11-19T09:08")]
    [InlineData(16, "Headline of the story\n\nBy Jane Doe\n\n@janedoe\n\nNov 19, 2019 at 9:08 GMT", "Jane Doe", "2019-11-19T09:08")]
    public void A_headline_under_a_long_menu_gives_the_title_and_the_date(int menuLines, string header, string? author, string published)
    {
        var menu = string.Join("\n\n", Enumerable.Range(1, menuLines).Select(n => $"Section {n}"));
        var body = $"{Body}\n\nThe deliveries appear to be the culmination of the meeting between the two leaders in Russia in September, the broadcaster said.";
        var document = Pass.Apply(new BlockDocument($"{menu}\n\n{header}\n\n{body}"));
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal(author is null ? [] : [author], document.Metadata.Authors);
        Assert.Equal(published, document.Metadata.Published?.ToString());
    }

    /// <summary>A standfirst of fifteen words or more ends the header, and the headline above it was out of the page
    /// byline's reach.</summary>
    [Fact]
    public void A_long_standfirst_between_the_headline_and_a_page_byline_leaves_the_headline_the_title()
    {
        var standfirst = "The central bank left its key rate unchanged but signaled that one more increase could still come this year.";
        var body = $"{Body}\n\nThe deliveries appear to be the culmination of the meeting between the two leaders in Russia in September, the broadcaster said.";
        var document = Pass.Apply(new BlockDocument($"Advertisement\n\nFed Holds Rates Steady as Inflation Cools\n\n{standfirst}\n\nBy Jane Doe\n\nSept. 20, 2023\n\n{body}"));
        Assert.Equal("Fed Holds Rates Steady as Inflation Cools", document.Metadata.Title);
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
    }

    /// <summary>A breadcrumb above the headline was taken for the headline, and the real one for its standfirst.</summary>
    [Fact]
    public void An_unsigned_byline_under_a_headline_under_a_breadcrumb_names_that_headline()
    {
        var document = Pass.Apply(new BlockDocument($"Home > Business > Economy\n\nHeadline of the story\n\nJane Doe | Reuters\n\n{Body}"));
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Equal("Headline of the story", document.Metadata.Title);
    }

    /// <summary>Under the headline's standfirst (a newsletter's subtitle), which stays, as does a widget under the date.</summary>
    [Theory]
    [InlineData("Jane Doe | Reuters", "")]
    [InlineData("Jane Doe\n\nSep 12, 2023\n\n∙ Paid", "∙ Paid\n\n")]
    public void Reads_an_unsigned_byline_under_the_standfirst(string byline, string kept)
    {
        const string standfirst = "A standfirst that tells the story in a line";
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\n{standfirst}\n\n{byline}\n\n{Body}"));
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal($"{standfirst}\n\n{kept}{Body}", document.Text);
        Assert.Same(document, Pass.Apply(document));
    }

    /// <summary>Short lines of the same shape that are no bylines: an office, a section, a teaser, a photographer,
    /// a name alone with nothing to say it signs, or a name and outlet away from the headline.</summary>
    [Theory]
    [InlineData("Headline of the story\n\nPrime Minister | Statement")]
    [InlineData("Headline of the story\n\nPrime Minister | Press Office")]
    [InlineData("Headline of the story\n\nWorld News | Reuters")]
    [InlineData("Headline of the story\n\nLatest Updates | Live")]
    [InlineData("Headline of the story\n\nMark Chen | Staff Photographer")]
    [InlineData("Headline of the story\n\nJane Doe")]
    [InlineData("Headline of the story\n\nLive Updates | Reuters")]
    [InlineData("NBC Sports ProFootballTalk PFT Live\n\nPFT\n\nNCAA FB\n\nMLB\n\nNBA")]             // a menu in capitals
    [InlineData("Headline of the story\n\nOn September 12, 2023 by the river they met.")]
    [InlineData("Headline of the story\n\nJane Doe\nThe storm hit the coast")]
    [InlineData("Jane Doe | Reuters")]
    [InlineData("By\nthe river")]
    [InlineData("All Articles\n\nAuthors\n\nPodcasts")]                  // a menu's link to the writers, and the next link
    [InlineData("Headline of the story\n\nBy\n\nPodcasts")]
    public void Name_shaped_lines_elsewhere_are_no_bylines(string top)
    {
        var text = $"{top}\n\n{Body}";
        var document = Pass.Apply(new BlockDocument(text));
        Assert.Empty(document.Metadata.Authors);
        Assert.Null(document.Metadata.Title);
        Assert.Same(text, document.Text);
    }

    /// <summary>The body is long sentences in a row: a cookie notice, a standfirst or a caption alone above the byline
    /// does not end the search, and a byline under the body's first paragraphs is a teaser's.</summary>
    [Theory]
    [InlineData("This website uses cookies to improve your experience, and by continuing to browse it you accept them.\n\nHome\n\nHeadline of the story\n\nBy Laura Mowat", "Laura Mowat")]
    [InlineData("Headline of the story\n\nCHINA has sent troops to Hong Kong in a bid to restore order following the months of violent riots, officials said.\n\nBy Laura Mowat\n\nPUBLISHED: 10:48, Tue, Nov 19, 2019", "Laura Mowat")]
    [InlineData("Headline of the story\n\nBy Laura Mowat\n\nA caption of the lead picture that runs to fifteen words or more and ends with a period.", "Laura Mowat")]
    public void The_page_byline_is_the_one_above_paragraphs_in_a_row(string top, string authors)
    {
        var menus = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Section {i}"));
        var text = $"{menus}\n\n{top}\n\n{Body}\n\n{Body}\n\nBy John Roe\n\n{Body}";
        var document = Pass.Apply(new BlockDocument(text));
        Assert.Equal([authors], document.Metadata.Authors);
        Assert.Same(text, document.Text);
    }

    /// <summary>A section's label over a date line is no author; the headline over both is the title, as over a date
    /// line and a button (<see cref="A_headline_over_a_date_line_and_a_button_is_the_title"/>).</summary>
    [Fact]
    public void A_section_over_a_date_line_is_no_author()
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\nKey Points\n\nSep 12, 2023\n\n{Body}"));
        Assert.Empty(document.Metadata.Authors);
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal("2023-09-12", document.Metadata.Published?.ToString());
        Assert.Equal($"Key Points\n\n{Body}", document.Text);
    }

    /// <summary>A name and a date without "By" under the menus: the article's right under its headline and above the
    /// body's paragraphs in a row; a teaser's when only its standfirst follows.</summary>
    [Theory]
    [InlineData("Headline of the story\n\nChris Davies - Nov 19, 2019, 10:31 pm CST\n\n0\n\n{Body}\n\n{Body}", "Chris Davies")]
    [InlineData("Headline of the story\n\nJane Doe | October 6, 2023\n\n{Body}\n\n{Body}", "Jane Doe")]
    [InlineData("Headline of the story\n\nJane Doe | October 6, 2023\n\n{Body}\n\nNext teaser\n\nShare\n\nMore\n\nBy John Roe\n\n{Body}\n\n{Body}", "John Roe")]
    [InlineData("Jane Doe | October 6, 2023\n\n{Body}\n\n{Body}", "")]                             // no headline above it
    [InlineData("Ben Patton Trinity\n\nPosted: Fri 6:45 PM, Feb 16, 2018 |\n\nUpdated: Sat 8:31 PM, Feb 17, 2018\n\n{Body}\n\n{Body}", "")]   // a date's label is no name
    public void An_unsigned_byline_under_the_menus_only_right_above_the_body(string page, string authors)
    {
        var menus = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Section {i}"));
        var text = $"{menus}\n\n{page.Replace("{Body}", Body, StringComparison.Ordinal)}";
        var document = Pass.Apply(new BlockDocument(text));
        Assert.Equal(authors.Split('|', StringSplitOptions.RemoveEmptyEntries), document.Metadata.Authors);
        Assert.Same(text, document.Text);
    }

    /// <summary>A page's date lines beside its byline date the article: below it before the body, above it below the
    /// headline; not a teaser's date above the headline.</summary>
    [Theory]
    [InlineData("Headline of the story\n\nBy\n\nSarah Needleman\n\n@saraheneedleman\n\nNov. 19, 2019 8:03 am ET", "2019-11-19T08:03")]
    [InlineData("Headline of the story\n\nUPDATED: Tue., Nov. 19, 2019\n\nA caption. (onmeth.com)\n\nBy Megan Rowe", "2019-11-19")]
    [InlineData("Headline of the story\n\nUpdated Nov. 20, 2019\n\nBy Megan Rowe\n\nPublished Nov. 19, 2019", "2019-11-19")]
    [InlineData("Nov. 2, 2019\n\nHeadline of the story\n\nBy Megan Rowe", null)]
    public void Date_lines_beside_a_page_byline_date_the_article(string top, string? published)
    {
        var menus = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Section {i}"));
        var text = $"{menus}\n\n{top}\n\n{Body}\n\n{Body}";
        var document = Pass.Apply(new BlockDocument(text));
        Assert.NotEmpty(document.Metadata.Authors);
        Assert.Equal(published, document.Metadata.Published?.ToString());
        Assert.Same(text, document.Text);
    }

    [Fact]
    public void A_split_byline_under_the_menus_gives_the_authors()
    {
        var menus = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Section {i}"));
        var text = $"{menus}\n\nHeadline of the story\n\nBy\n\nJane Doe\n\n{Body}";
        var document = Pass.Apply(new BlockDocument(text));
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Same(text, document.Text);
    }

    [Theory]
    [InlineData("Published 7:27 PM EDT, Tue September 12, 2023", "2023-09-12T19:27")]
    [InlineData("Published Sept. 12, 2023 Updated Sept. 14, 2023", "2023-09-12")]
    [InlineData("Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 20197:16 AM EST", "2019-11-19T07:05")]   // the scraper glued year and time
    [InlineData("Updated Sept. 14, 2023\n\nPublished Sept. 12, 2023", "2023-09-12")]   // the first publication wins over an update above it
    [InlineData("Updated Sept. 14, 2023", "2023-09-14")]                                 // ...an update alone is the best there is
    public void Reads_date_lines_under_the_byline(string lines, string published)
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\nBy Jane Doe\n\n{lines}\n\n{Body}"));
        Assert.Equal(published, document.Metadata.Published?.ToString());
        Assert.Equal(Body, document.Text);
    }

    [Theory]
    [InlineData("By Jane Doe | Updated Sept. 14, 2023\n\nPublished Sept. 12, 2023")]          // the byline's date is an update's
    [InlineData("Modified Sept. 14, 2023\n\nJane Doe | Sept. 12, 2023")]                      // 'Modified' is no author
    public void The_first_publication_wins_over_an_update_around_the_byline(string lines)
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\n{lines}\n\n{Body}"));
        Assert.Equal("2023-09-12", document.Metadata.Published?.ToString());
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal(Body, document.Text);
    }

    /// <summary>A date line between headline and byline is no title either.</summary>
    [Fact]
    public void The_headline_is_above_a_date_line_over_the_byline()
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\nUpdated Sept. 14, 2023\n\nBy Jane Doe\n\n{Body}"));
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal("2023-09-14", document.Metadata.Published?.ToString());
        Assert.Equal(Body, document.Text);
    }

    /// <summary>With no headline above it, a labelled line over the byline is the headline: local news sites
    /// title galleries and clips so.</summary>
    [Theory]
    [InlineData("PHOTOS: Crowds Line Up for the New Bus Routes")]
    [InlineData("Video: Mayor Explains the Plan")]
    public void A_labelled_headline_right_above_the_byline_is_the_title(string headline)
    {
        var document = Pass.Apply(new BlockDocument($"{headline}\n\nBy Jane Doe\n\n{Body}"));
        Assert.Equal(headline, document.Metadata.Title);
        Assert.Equal(Body, document.Text);
    }

    [Theory]
    [InlineData("Photo by Mark Chen")]
    [InlineData("(Photo: Mark Chen/Getty Images)")]
    [InlineData("AP Photo/Mark Chen")]
    public void A_photo_credit_between_headline_and_byline_is_no_title(string credit)
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\n{credit}\n\nBy Jane Doe\n\n{Body}"));
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Equal($"{credit}\n\n{Body}", document.Text);
    }

    /// <summary>A photographer's byline signs the lead picture: no author, but it is no body text either, and the
    /// headline is above it.</summary>
    [Theory]
    [InlineData("By Mark Chen, Staff Photographer", "")]
    [InlineData("By Mark Chen, Staff Photographer\n\nBy Jane Doe", "Jane Doe")]
    [InlineData("By Jane Doe\n\nBy Mark Chen, Staff Photographer", "Jane Doe")]
    public void A_photographer_is_no_author(string lines, string authors)
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\n{lines}\n\n{Body}"));
        Assert.Equal(authors.Split('|', StringSplitOptions.RemoveEmptyEntries), document.Metadata.Authors);
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal(Body, document.Text);
    }

    [Fact]
    public void A_user_name_signs_no_author_but_dates_the_article()
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\nBy admin - 2018-09-16\n\n{Body}"));
        Assert.Empty(document.Metadata.Authors);
        Assert.Equal("2018-09-16", document.Metadata.Published?.ToString());
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal(Body, document.Text);
    }

    /// <summary>Each was read as a byline (author "The storm hit") or a date line, and left the article.</summary>
    [Theory]
    [InlineData("The storm hit on September 12, 2023.")]
    [InlineData("Jane Doe arrived on September 12, 2023.")]
    [InlineData("Officials met on Sept. 12, 2023.")]
    public void A_short_sentence_with_a_date_stays_in_the_article(string sentence)
    {
        var document = Pass.Apply(new BlockDocument($"{sentence}\n\n{Body}"));
        Assert.Equal($"{sentence}\n\n{Body}", document.Text);
        Assert.Empty(document.Metadata.Authors);
        Assert.Null(document.Metadata.Published);
    }

    [Fact]
    public void A_headline_with_a_date_is_the_title_above_a_signed_byline()
    {
        var document = Pass.Apply(new BlockDocument($"The Fed Raised Rates On Sept. 12, 2023\n\nBy Jane Doe\n\n{Body}"));
        Assert.Equal("The Fed Raised Rates On Sept. 12, 2023", document.Metadata.Title);
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Equal(Body, document.Text);
    }

    [Theory]
    [InlineData("By the end of May, prices had risen by a third in every region of the country.")]
    [InlineData("By Tuesday, the talks had collapsed.")]
    [InlineData("Par For The Course")]
    [InlineData("Par Five Hole Closed")]   // English headlines: a one-word name, an English word in the name
    [InlineData("Par Avion")]
    [InlineData("Por Que No")]
    [InlineData("Von Miller Injured")]
    [InlineData("Analysis by Goldman Sachs shows that rates will fall next year.")]   // a sentence, not a labelled byline
    [InlineData("Review by the committee found no fault.")]
    [InlineData("Wed 20 Sep 2023 19.12 BST")]                                   // a date line: its weekday is no name
    [InlineData("By Any Means Necessary")]                 // a headline's words no credit has
    [InlineData("By All Means")]
    [InlineData("By Your Side")]
    [InlineData("The Storm Hit On September 12, 2023")]
    [InlineData("by")]
    public void A_sentence_starting_with_by_is_no_byline(string line)
    {
        Assert.False(MetadataPass.TryReadByline(line, out _, out _));
    }

    [Theory]
    [InlineData(" date 2023-09-12 The leader arrived.", "The leader arrived.", "2023-09-12")]
    [InlineData("Published: 2023-09-12T08:30 The leader arrived.", "The leader arrived.", "2023-09-12T08:30")]
    [InlineData("date 2023-09-12\nThe leader arrived.", "The leader arrived.", "2023-09-12")]
    [InlineData("Dated letters arrived.", "Dated letters arrived.", null)]
    [InlineData("Published Sep 2 2023Published Sep 1 2023 The leader arrived.", "The leader arrived.", "2023-09-02")] // all at once: the first dates
    public void Takes_dateline_prefixes_off_the_first_line(string text, string expected, string? published)
    {
        var document = Pass.Apply(new BlockDocument(text));
        Assert.Equal(expected, document.Text.Trim());
        Assert.Equal(published, document.Metadata.Published?.ToString());
    }

    [Theory]
    [InlineData("Editor : M.L.")]
    [InlineData("Edited by Jane Doe")]
    [InlineData("(Editing by John Roe)")]
    public void Editor_footers_leave_the_body_and_are_no_authors(string footer)
    {
        var document = Pass.Apply(new BlockDocument($"{Body}\n{footer}"));
        Assert.Equal(Body, document.Text.TrimEnd());
        Assert.Empty(document.Metadata.Authors);
    }

    /// <summary>A wire story signs at its end: the reporters are its authors when no byline named any; editors and
    /// those who added reporting are not.</summary>
    [Theory]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)", "Jane Doe")]
    [InlineData("Reporting by Jane Doe in London; Additional reporting by John Roe in Paris; Editing by Mark Potter", "Jane Doe")]
    [InlineData("(Reporting by Jane Doe and Ana Silva; Writing by Lee Kim; Editing by John Roe)", "Jane Doe|Ana Silva|Lee Kim")]
    [InlineData("Additional reporting by John Roe.", "")]
    [InlineData("The Associated Press contributed to this report.", "")]
    [InlineData("Jane Doe contributed reporting from New York.", "")]
    public void Wire_credits_under_the_article_leave_it_and_name_its_reporters(string footer, string authors)
    {
        var document = Pass.Apply(new BlockDocument($"{Body}\n\n{footer}"));
        Assert.Equal(Body, document.Text.TrimEnd());
        Assert.Equal(authors.Split('|', StringSplitOptions.RemoveEmptyEntries), document.Metadata.Authors);
    }

    [Fact]
    public void The_bylines_authors_win_over_the_reporters_in_the_credits()
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\nBy Jane Doe\n\n{Body}\n\n(Reporting by John Roe; Editing by Mark Potter)"));
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Equal(Body, document.Text.TrimEnd());
    }

    [Theory]
    [InlineData("Writing by hand is slower, she said.")]
    [InlineData("Reporting by local outlets was thin.")]
    [InlineData("Reporting by Reuters showed the firm paid fines.")]
    public void A_closing_sentence_that_starts_like_a_credit_stays(string sentence)
    {
        var document = Pass.Apply(new BlockDocument($"{Body}\n\n{sentence}"));
        Assert.Equal($"{Body}\n\n{sentence}", document.Text);
    }

    /// <summary>A web page's byline under its menus: its authors and date are read, and the headline above it is the
    /// title; all stay for the boilerplate pass, which takes the byline with the standfirst and captions above it.
    /// Only above the first paragraph, and an unsigned one (a teaser's shape too) only right above it.</summary>
    [Theory]
    [InlineData("By Jane Doe, CNN Business", "Jane Doe", null)]
    [InlineData("By Jane Doe and John Roe | October 6, 2023", "Jane Doe|John Roe", "2023-10-06")]
    [InlineData("By Staff Reports -", "Staff Reports", null)]
    [InlineData("Natasha Turak@NatashaTurak", "Natasha Turak", null)]              // a handle signs it
    [InlineData("Jane Doe | October 6, 2023", "", null)]                         // unsigned: teasers look so, unless paragraphs follow
    public void Reads_a_byline_under_the_menus(string byline, string authors, string? published)
    {
        var menus = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Section {i}"));
        var text = $"{menus}\n\nHeadline of the story\n\n{byline}\n\n{Body}\n\nBy John Roe\n\n{Body}";
        var document = Pass.Apply(new BlockDocument(text));
        Assert.Equal(authors.Split('|', StringSplitOptions.RemoveEmptyEntries), document.Metadata.Authors);
        Assert.Equal(published, document.Metadata.Published?.ToString());
        Assert.Equal(authors.Length == 0 ? null : "Headline of the story", document.Metadata.Title);
        Assert.Same(text, document.Text);
        Assert.Same(document, Pass.Apply(document));
    }

    /// <summary>Metadata read in place leaves the text as it was, and so its blocks: the next pass does not cut
    /// the text again.</summary>
    [Fact]
    public void A_byline_read_in_place_keeps_the_blocks()
    {
        var menus = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Section {i}"));
        var before = new BlockDocument($"{menus}\n\nHeadline of the story\n\nBy Jane Doe, CNN Business\n\n{Body}\n\n{Body}");
        var after = Pass.Apply(before);
        Assert.Equal(["Jane Doe"], after.Metadata.Authors);
        Assert.Same(before.Text, after.Text);
        Assert.Same(before.Blocks, after.Blocks);
    }

    /// <summary>The title of a page's byline: the headline above it, over a standfirst, the lead picture's caption and
    /// credit, date stamps and one-word labels; none when a menu's label, a name or a teaser's byline comes first.</summary>
    [Theory]
    [InlineData("Headline of the story\n\nCHINA has sent troops to Hong Kong in a bid to restore order, officials said.\n\nBy Laura Mowat", "Headline of the story")]
    [InlineData("Headline of the story\n\nUpdated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM\n\nAlex Wong | Getty Images\n\nThe governor, pictured at the White House in 2018, when she was a congresswoman.\n\nBy Amy Kuperinsky", "Headline of the story")]
    [InlineData("Royal Self-Indicting Arrogance\n\n© REUTERS / POOL\n\nColumnists\n\n21:17 18.11.2019Get short URL\n\nby Finian Cunningham", "Royal Self-Indicting Arrogance")]
    [InlineData("Headline of the story\n\nA standfirst that runs on for more than sixteen words and so is no headline, though it lacks its period\n\nBy\n\nRyan Reed", "Headline of the story")]
    [InlineData("The Impeachment Clock\n\nBy Victor Davis Hanson", "The Impeachment Clock")]
    [InlineData("Edit Profile\n\nSearch\n\nA headline that ends like a sentence. It just might be.\n\nThe governor, pictured at the White House in 2018, when she was a congresswoman.\n\nBy Amy Kuperinsky", null)]
    [InlineData("Copy Link URLCopied!\n\nBy Michael Hiltzik", null)]
    [InlineData("Meal Prep for A Little More Obsessed\n\nBLOG > Nutrition > Meal Plans\n\nNovember 12, 2018 | BY: Beachbody", "Meal Prep for A Little More Obsessed")]
    [InlineData("Dare to Play\n\nDare to Play 3 / October pack\n\nOctober 5, 2018\n\nPosted by Vortex", "Dare to Play 3 / October pack")]
    [InlineData("‘Meth. We’re on it.’: Ad agencies divided on a viral campaign\n\nUPDATED: Tue., Nov. 19, 2019\n\nMaterials from the viral campaign. (onmeth.com)\n\nTwitter\n\nBy Megan Rowe meganr@spokesman.com(509) 459-5382",
        "‘Meth. We’re on it.’: Ad agencies divided on a viral campaign")]
    [InlineData("Jane Doe | Staff Writer\n\nBy Michael Hiltzik", null)]
    public void The_headline_above_a_page_byline_is_the_title(string top, string? title)
    {
        var menus = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Section {i}"));
        var text = $"{menus}\n\n{top}\n\n{Body}\n\n{Body}";
        var document = Pass.Apply(new BlockDocument(text));
        Assert.NotEmpty(document.Metadata.Authors);
        Assert.Equal(title, document.Metadata.Title);
        Assert.Same(text, document.Text);
    }

    /// <summary>An unsigned story: a headline with only date lines between it and the body is the title.</summary>
    [Theory]
    [InlineData("Published 2023-09-12T10:00:00Z")]
    [InlineData("Sept. 12, 2023\n\nUpdated Sept. 13, 2023")]
    public void A_headline_over_date_lines_alone_is_the_title(string dateLines)
    {
        var document = Pass.Apply(new BlockDocument($"City council approves new budget\n\n{dateLines}\n\n{Body}\n\n{Body}"));
        Assert.Equal("City council approves new budget", document.Metadata.Title);
        Assert.Equal(new DateOnly(2023, 9, 12), document.Metadata.Published?.Date);
        Assert.Equal($"{Body}\n\n{Body}", document.Text);
        Assert.Same(document.Text, Pass.Apply(new BlockDocument(document.Text)).Text);

        // not a line above a short paragraph that is no headline's body, nor two lines above the date lines
        var teaser = Pass.Apply(new BlockDocument($"City council approves new budget\n\n{dateLines}\n\nRead more."));
        Assert.Null(teaser.Metadata.Title);
        var menu = Pass.Apply(new BlockDocument($"Home\n\nCity council approves new budget\n\n{dateLines}\n\n{Body}"));
        Assert.Null(menu.Metadata.Title);
    }

    /// <summary>A press release's share button between its date line and the body (PR Newswire's "Share this
    /// article") leaves the headline the title; buttons alone, without a date line, do not make one.</summary>
    [Fact]
    public void A_headline_over_a_date_line_and_a_button_is_the_title()
    {
        var document = Pass.Apply(new BlockDocument($"City council approves new budget\n\nApr 08, 2025, 07:00 ET\n\nShare this article\n\n{Body}\n\n{Body}"));
        Assert.Equal("City council approves new budget", document.Metadata.Title);
        Assert.Equal("2025-04-08T07:00", document.Metadata.Published?.ToString());
        Assert.Null(Pass.Apply(new BlockDocument($"City council approves new budget\n\nShare this article\n\n{Body}\n\n{Body}")).Metadata.Title);
    }

    /// <summary>BBC's header: the headline, "Published" over its date, the lead picture's labelled credit and caption,
    /// then the byline. The caption over the byline was taken for the headline.</summary>
    [Fact]
    public void A_labelled_caption_between_the_headline_and_the_byline_is_no_title()
    {
        var page = "Junior doctors in England vote for fresh strikes over pay\n\nPublished\n\n14 March 2025\n\nImage source, Getty Images\n\n" +
                   "Image caption,\n\nJunior doctors held placards outside St Thomas' Hospital in London during last year's walkout\n\n" +
                   $"By Sarah Whitfield\n\nHealth correspondent\n\n{Body}\n\n{Body}";
        var document = Pass.Apply(new BlockDocument(page));
        Assert.Equal("Junior doctors in England vote for fresh strikes over pay", document.Metadata.Title);
        Assert.Equal(["Sarah Whitfield"], document.Metadata.Authors);
        Assert.Equal("2025-03-14", document.Metadata.Published?.ToString());
    }

    /// <summary>A name under the headline with its role on the next line is the byline: the role names no author.</summary>
    [Theory]
    [InlineData("Sam Blitz\n\nFootball Reporter @SamBlitz_\n\nSunday 16 March 2025 18:45, UK", "Sam Blitz", "2025-03-16T18:45")]
    [InlineData("Priya Natarajan\n\nStaff Engineer, Developer Productivity", "Priya Natarajan", null)]
    public void A_name_over_its_role_is_the_byline(string byline, string author, string? published)
    {
        var document = Pass.Apply(new BlockDocument($"Headline of the story\n\n{byline}\n\n{Body}\n\n{Body}"));
        Assert.Equal("Headline of the story", document.Metadata.Title);
        Assert.Equal([author], document.Metadata.Authors);
        Assert.Equal(published, document.Metadata.Published?.ToString());
        Assert.Equal($"{Body}\n\n{Body}", document.Text);
    }

    /// <summary>A headline in sentences at the top of the page over a blog's unsigned byline ("Daniel Okoro" / "Follow"
    /// / "8 min read" / the date) is the title, as it is over a signed one.</summary>
    [Fact]
    public void A_headline_in_sentences_over_an_unsigned_byline_is_the_title()
    {
        const string headline = "I Walked 10,000 Steps a Day for a Year. Here's What Actually Changed.";
        var document = Pass.Apply(new BlockDocument($"{headline}\n\nDaniel Okoro\n\nFollow\n\n8 min read\n\nJan 14, 2025\n\n{Body}\n\n{Body}"));
        Assert.Equal(headline, document.Metadata.Title);
        Assert.Equal(["Daniel Okoro"], document.Metadata.Authors);
        Assert.Equal("2025-01-14", document.Metadata.Published?.ToString());
    }

    /// <summary>A byline first on the page, over the headline and the body.</summary>
    [Fact]
    public void A_byline_first_on_the_page_takes_the_headline_under_it()
    {
        var document = Pass.Apply(new BlockDocument($"By Jane Doe\n\nCity council approves new budget\n\n{Body}"));
        Assert.Equal("City council approves new budget", document.Metadata.Title);
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Equal(Body, document.Text);

        // with more above the body than the headline, the line under the byline may be anything
        var more = Pass.Apply(new BlockDocument($"By Jane Doe\n\nCity council approves new budget\n\nShare this\n\n{Body}"));
        Assert.Null(more.Metadata.Title);
    }

    /// <summary>"The Senate passed the bill. Here's what happens next.": headlines written as sentences, on a
    /// page's first line right above the byline; a longer first line there is a paragraph.</summary>
    [Fact]
    public void A_short_first_line_in_sentences_over_the_byline_is_the_title()
    {
        var document = Pass.Apply(new BlockDocument($"The Senate passed the bill. Here's what happens next.\n\nBy Jane Doe\n\n{Body}"));
        Assert.Equal("The Senate passed the bill. Here's what happens next.", document.Metadata.Title);
        Assert.Equal(["Jane Doe"], document.Metadata.Authors);
        Assert.Equal(Body, document.Text);

        var lede = "The Senate on Monday passed a sweeping spending bill that would fund the government through September.";
        var paragraph = Pass.Apply(new BlockDocument($"{lede}\n\nBy Jane Doe\n\n{Body}"));
        Assert.Null(paragraph.Metadata.Title);
        Assert.StartsWith(lede, paragraph.Text);
    }

    [Fact]
    public void No_title_without_a_byline_so_a_second_run_keeps_the_first_paragraph()
    {
        var text = $"Skip to content\n\nCBS: North Korea supplying Russia with weaponry\n\nby Elsa Court October 6, 2023 7:27 PM\n\nWhat makes them think that?\n\n{Body}";
        var first = Pass.Apply(new BlockDocument(text));
        Assert.Equal("CBS: North Korea supplying Russia with weaponry", first.Metadata.Title);
        var second = Pass.Apply(new BlockDocument(first.Text));
        Assert.Same(first.Text, second.Text);
        Assert.Null(second.Metadata.Title);
        Assert.Null(second.Metadata.Published);
    }

    [Fact]
    public void Removals_are_logged_and_replay()
    {
        var text = $"Headline of the story\n\nBy Jane Doe\n\n{Body}\nEditor : M.L.";
        var log = new ChangeLog();
        var output = Pass.Apply(text, log);
        Assert.Equal(["title", "byline", "editor"], log.Changes.Select(c => c.Reason));
        Assert.Equal(output, ChangeLog.Replay(text, log.Changes));
    }

    [Fact]
    public void Nothing_to_do_returns_the_same_document()
    {
        var document = new BlockDocument(Body);
        Assert.Same(document, Pass.Apply(document));
    }
}
