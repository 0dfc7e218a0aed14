using TextClean.Blocks;
using TextClean.Pipeline;

namespace TextClean.Tests.Blocks;

public class BoilerplatePassTests
{
    private static readonly BoilerplatePass Pass = new();

    private static readonly string[] Article =
    [
        "North Korea has started to deliver artillery to Russia for its war in Ukraine, CBS News reported on Thursday, citing a U.S. official who spoke on the condition of anonymity.",
        "The deliveries appear to be the culmination of the meeting between the two leaders in Russia in September, the broadcaster said in its report on the matter.",
        "It is unclear whether the transfer is part of a new, long-term supply chain or a more limited consignment, and it is not yet clear what Pyongyang is getting in return for it.",
        "Russian Foreign Minister Sergey Lavrov plans to visit Pyongyang in October, according to reports that cite a local South Korean news agency and officials in Seoul.",
    ];

    private static string Page(params string[] lines) => string.Join("\n", lines);

    private static string Kept(string text) => string.Join("\n", Pass.Apply(text).Split('\n', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Skip to content", "navigation")]
    [InlineData("Advertisement", "advertisement")]
    [InlineData("* indicates required", "subscribe")]
    [InlineData("Share this article", "share")]
    [InlineData("Share 12", "share")]          // a button with its count
    [InlineData("Tweet (1,024)", "share")]
    [InlineData("We use cookies to improve your experience.", "cookie")]
    [InlineData("Accept all cookies", "cookie")]
    [InlineData("Manage cookie settings", "cookie")]
    [InlineData("© 2023 Example Media. All rights reserved.", "footer")]
    [InlineData("This audio is created with AI assistance", "widget")]
    [InlineData("Photo: Jane Doe/Reuters", "credit")]
    [InlineData("Kim Jong Un visits a cosmodrome in Russia on Sept. 13, 2023. (M. Degtyaryov/Anadolu Agency via Getty Images)", "caption")]
    [InlineData("This illustration of a lunar lander shows how private operators could take people back to the Moon [SpaceX via Nasa]", "caption")]
    [InlineData("The WeWork logo is displayed outside of a co-working space in New York.Reuters", "caption")] // a credit glued to the caption
    [InlineData("World / Politics / Business / Sports", "list-of-links")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.", "footer")]   // a legal notice in the third person
    [InlineData("No part may be reproduced without the written permission of the publisher.", "footer")]
    [InlineData("Related: Why the Fed is raising rates again", "related-link")]                            // a related-links header as one link's label
    [InlineData("READ MORE: Why the Fed is raising rates again", "related-link")]
    [InlineData("See also : Why the Fed is raising rates again", "related-link")]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)", "credit")]                                     // a wire service's credits
    [InlineData("The Associated Press contributed to this report.", "credit")]
    [InlineData("Our Standards: The Thomson Reuters Trust Principles.", "footer")]
    [InlineData("This article appears in the February 2025 print edition with the headline \"The Long Quiet\".", "footer")] // a magazine's print note
    [InlineData("If you enjoyed this, give it a clap and follow me for more.", "share")]                   // Medium's sign-off
    [InlineData("Skip next section Related content", "navigation")]                                         // DW's skip link
    [InlineData("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM", "related-link")] // a link in capitals
    [InlineData("GET FOX BUSINESS ON THE GO BY CLICKING HERE", "related-link")]
    [InlineData("Image caption Scooter Braun has managed Justin Bieber, among others, throughout his career in music", "caption")] // BBC's label
    [InlineData("Media caption The minister spoke to reporters outside Downing Street on Tuesday", "caption")]
    [InlineData("Christopher Battin Submitted photo", "caption")]
    [InlineData("Sharing is caring!", "share")]
    [InlineData("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "share")]
    [InlineData("1 of 6", "widget")]                                                                          // a gallery's counter
    [InlineData("Report Error", "widget")]                                                                    // a button under the story
    [InlineData("Contact the reporter at jdoe@example.com.", "widget")]                                       // a reader's address
    [InlineData("Our live coverage has moved here.", "widget")]                                               // a live blog's pointer
    [InlineData("From CNN's Jane Doe", "credit")]                                                             // and its post's signature
    [InlineData("This article was produced with the help of AI tools and reviewed by our editors.", "footer")] // how it was made
    [InlineData("This story was generated by an automated system using data from the county.", "footer")]
    [InlineData("dp3_1_en", "no-words")]                                                                      // an image's file name as its text
    [InlineData("IMG_2041.JPG", "no-words")]
    [InlineData("launch-photo.webp", "no-words")]
    [InlineData("02:15", "no-words")]                                                                         // a video's time code
    [InlineData("1:02:33", "no-words")]
    [InlineData("191119052250266", "no-words")]                                                               // an element's id as text
    [InlineData("Did you make this recipe? Leave a comment below and tag @emmabakes on Instagram!", "comments")]
    [InlineData("Updated at 12.03pm GMT", "widget")]                                                          // a live blog's edit stamp
    [InlineData("Last updated: Tuesday 4 March 2025 at 10.42 a.m. ET", "widget")]
    [InlineData("Published 3 hours ago", "widget")]
    public void Page_furniture_inside_the_body_goes_with_its_reason(string line, string reason)
    {
        var text = Page(Article[0], Article[1], line, Article[2], Article[3]);
        var log = new ChangeLog();
        var output = Pass.Apply(text, log);
        var change = Assert.Single(log.Changes);
        Assert.Equal(reason, change.Reason);
        Assert.Equal(line, change.Original.TrimEnd('\n'));
        Assert.Equal(ChangeLog.Replay(text, log.Changes), output);
    }

    /// <summary>Each of these once went with the reason of the phrase it mentions, and took the lead paragraph
    /// above it out of the body with it.</summary>
    [Theory]
    [InlineData("Residents can sign up for text alerts about the new schedule starting next week, the transit agency said.")]
    [InlineData("\"People told us they would subscribe to a monthly pass if the buses came more often,\" said council member Ana Ruiz.")]
    [InlineData("Some riders complained that the agency's website asks them to accept every cookie before they can see a timetable.")]
    [InlineData("The report carries a copyright notice from the consulting firm that wrote it, and all rights reserved on the maps.")]
    [InlineData("The authors say the company broke copyright law by training its software on their books without asking them first.")]
    [InlineData("The student admitted the essay was written with the help of AI tools and reviewed by a friend.")]
    [InlineData("Updated figures on Tuesday showed 3 million more jobs.")]                                    // a stamp's label opening a sentence
    [InlineData("Posted at 10pm, the video had 2 million views by morning.")]
    public void A_paragraph_that_mentions_a_furniture_phrase_inside_the_body_stays(string paragraph)
    {
        var text = Page(Article[0], Article[1], paragraph, Article[2], Article[3]);
        Assert.Equal(text, Kept(text));
    }

    /// <summary>A sentence that opens with a furniture phrase is still the article's when it quotes someone or
    /// tells what was decided, and "cookies" are food unless a word of the web's consent notices stands by: each
    /// of these went as furniture at the top of the body and at its end.</summary>
    [Theory]
    [InlineData("\u201CSubscribe to the idea that welfare cuts are painless and you\u2019ve already lost the argument,\u201D one of them told my colleague.")]
    [InlineData("\"Sign up to a monopoly and you accept that someone is watching,\" said Feargal Sharkey, the campaigner.")]
    [InlineData("\"We accept all cookies, biscuits, whatever people can bring,\" volunteer Dot Reilly said.")]
    [InlineData("Copyright in the monitoring data, which the company had claimed, was ruled last year to belong to the public.")]
    [InlineData("Cookies made with browned butter also spread less, because some of the water cooks off, so you get thick, chewy centres.")]
    [InlineData("There are chocolate chip cookies, and then there are brown butter chocolate chip cookies.")]
    [InlineData("Bake the cookies on the middle rack, and if your oven runs hot, check its settings first.")] // "settings" alone: no notice
    public void A_quoted_or_reported_sentence_that_opens_with_a_furniture_phrase_stays_at_the_body_edges(string paragraph)
    {
        var first = Page([paragraph, .. Article]);
        Assert.Equal(first, Kept(first));
        var last = Page([.. Article, paragraph]);
        Assert.Equal(last, Kept(last));
    }

    /// <summary>A list the article introduces with a colon weighs nothing against the body: the paragraph after
    /// it continues the story. Eight short lines (a score, a list of match statistics) once ended the body above
    /// them and took the manager's quote after them out with it.</summary>
    [Fact]
    public void A_paragraph_after_a_list_introduced_by_a_colon_stays()
    {
        var text = Page(Article[0], Article[1], Article[2],
            "Arsenal 2 (Saka 23, Rice 78)", "Chelsea 1 (Palmer 45+2)", "The numbers tell the story of a tight game:",
            "Possession: Arsenal 48%, Chelsea 52%", "Shots: Arsenal 13, Chelsea 11", "Shots on target: Arsenal 5, Chelsea 3",
            "Expected goals: Arsenal 1.64, Chelsea 1.21", "Man of the match: Declan Rice.",
            "Enzo Maresca was left to rue his side's finishing after Chelsea had the better chances in the second half. \"We created enough to win,\" he said. \"But in games like this the details decide it, and today they went against us.\"");
        Assert.Equal(text, Kept(text));
    }

    /// <summary>A command the article introduces with a colon stays, though it ends like a teaser cut short
    /// ("//services/..."): a line ending with a colon is no headline of a link card.</summary>
    [Fact]
    public void A_line_introduced_by_a_colon_is_no_teaser()
    {
        var text = Page(Article[0], Article[1], "The first change did most of the work. Every CI job now starts with:",
            "bazel test --remote_cache=grpcs://cache.internal:443 --config=ci //services/...", Article[2], Article[3]);
        Assert.Equal(text, Kept(text));
    }

    /// <summary>A press release's safe-harbour notice after the release goes; inside a story the same words may be
    /// its reporting (a mention, <see cref="A_paragraph_that_mentions_a_furniture_phrase_inside_the_body_stays"/>).</summary>
    [Fact]
    public void A_safe_harbour_notice_after_a_press_release_goes()
    {
        const string notice = "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.";
        var log = new ChangeLog();
        Assert.Equal(Page(Article), Pass.Apply(Page([.. Article, notice]), log).TrimEnd('\n'));
        Assert.Equal("footer", Assert.Single(log.Changes).Reason);
    }

    /// <summary>BBC prints a picture's credit and caption labels on lines of their own, the caption under them: the
    /// paragraph above the credit was taken for the caption, and the caption kept.</summary>
    [Fact]
    public void A_caption_under_its_label_goes_and_the_paragraph_above_the_credit_stays()
    {
        const string caption = "Wes Streeting said the government had \"gone further than any before it\"";
        var log = new ChangeLog();
        var output = Pass.Apply(Page(Article[0], Article[1], "Image source, PA Media", "Image caption,", caption, Article[2], Article[3]), log);
        Assert.Equal(Page(Article[0], Article[1], Article[2], Article[3]), string.Join("\n", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains(log.Changes, change => change.Reason == "caption" && change.Original.StartsWith(caption, StringComparison.Ordinal));
    }

    /// <summary>A reference work's paragraphs end on citation markers after the period ("….[1]", "….[2][3]",
    /// "….[citation needed]"): each is a sentence still. Without that every one went as a short line.</summary>
    [Fact]
    public void Paragraphs_ending_in_citation_markers_stay()
    {
        var text = Page(Article[0] + "[1]", Article[1] + "[2][3]", Article[2] + "[citation needed]", Article[3] + "[4]");
        Assert.Equal(text, Kept(text));
    }

    /// <summary>A box of links to other stories between the lead and the rest (Al Jazeera's "Recommended Stories")
    /// goes, and the lead above it stays: the box weighed against the body as short lines do, and the lead went as
    /// outside the body. A line of furniture beside such a box is no lead (BoilerplatePass.BodyPastLinkBoxes).</summary>
    [Fact]
    public void A_box_of_links_inside_the_article_does_not_cut_off_its_lead()
    {
        string[] lead =
        [
            "Tens of thousands of people have been forced from their homes in Punjab province after days of heavy monsoon rains caused three major rivers to burst their banks, officials say.",
            "At least 40 people have been killed since Saturday, according to the provincial disaster authority, most of them in collapsed houses and by electrocution.",
        ];
        string[] box =
        [
            "Recommended Stories", "list of 4 items", "list 1 of 4", "Pakistan's monsoon death toll passes 300 as flash floods hit north",
            "list 2 of 4", "Photos: Cloudburst sweeps away villages in Pakistan's Buner", "list 3 of 4",
            "Why is Pakistan so vulnerable to climate disasters?", "list 4 of 4", "India releases water from dams as Pakistan braces for floods",
            "end of list",
        ];
        string[] rest =
        [
            "The provincial government has announced compensation of Rs 1 million for the family of each person killed. Volunteers who want to help can sign up at district relief offices, the PDMA said in a statement.",
            "Pakistan, which produces less than 1 percent of global greenhouse gas emissions, is among the countries most vulnerable to climate change. Floods in 2022 killed more than 1,700 people and caused an estimated $30bn in damage.",
            "In Multan, shopkeeper Imran Qureshi said he had moved his stock to the roof. \"In 2022 we lost everything. This time we are not waiting for the government to tell us.\"",
            "The Pakistan Meteorological Department has forecast more heavy rain in Punjab and Sindh until September 2.",
        ];
        Assert.Equal(Page([.. lead, .. rest]), Kept(Page([.. lead, .. box, .. rest])));
    }

    /// <summary>An interview's short answer said three times is no furniture: each "A: No." stays, and the questions
    /// after them. A widget's repeated exclamation ("Copied!") still goes.</summary>
    [Fact]
    public void A_repeated_short_answer_stays()
    {
        var text = Page(Article[0], "Q: Was it fear?", "A: No.", "Q: Exhaustion?", "A: No.", "Q: Do you read what critics write about you?",
            "A: No.", "Q: Never?", "A: Never since 2009. A friend reads them and tells me if something is important. Nothing ever is.",
            Article[1], Article[2], Article[3]);
        Assert.Equal(text, Kept(text));
        foreach (var widget in (string[])["Copied!", "Tap to unmute.", "Video unavailable."]) // repeated without a speaker: furniture
        {
            Assert.Equal(Page(Article), Kept(Page(Article[0], widget, Article[1], widget, Article[2], widget, Article[3])));
        }
    }

    /// <summary>A table the article introduces with a colon stays: its rows are items between separators, a list of
    /// links anywhere else.</summary>
    [Fact]
    public void A_table_introduced_by_a_colon_stays()
    {
        var text = Page(Article[0], Article[1], "Here's how the major averages closed on Monday:", "Index | Close | Change",
            "S&P 500 | 5,614.56 | -2.70%", "Dow Jones Industrial Average | 41,911.71 | -2.08%", "Nasdaq Composite | 17,468.32 | -4.00%",
            Article[2], Article[3]);
        Assert.Equal(text, Kept(text));
        var menu = Page(Article[0], Article[1], "About | Advertise | Contact", Article[2], Article[3]);
        Assert.Equal(Page(Article), Kept(menu));
    }

    /// <summary>A lead paragraph whose final period the scrape lost stays with the body under it: a long line in
    /// sentence case is prose ("Chelsea have this morning paid the £71.6million fee … keeper Kepa Arrizabalaga").
    /// A headline in title case above the body still goes.</summary>
    [Fact]
    public void A_lead_paragraph_without_its_final_period_stays_above_the_body()
    {
        var lead = "Chelsea have this morning paid the £71.6million fee to the Spanish league to secure the world record signing of keeper Kepa Arrizabalaga";
        var headline = "Chelsea Activate Release Clause To Sign Kepa Arrizabalaga From Athletic Bilbao In World Record Deal";
        Assert.Equal(Page([lead, .. Article]), Kept(Page([headline, lead, .. Article])));
    }

    /// <summary>A closing sentence of two or three words went as a short line outside the body.</summary>
    [Theory]
    [InlineData("Nobody died.")]
    [InlineData("He declined.")]
    [InlineData("She was 71.")]
    public void A_short_closing_sentence_stays_with_the_body(string sentence)
    {
        var text = Page([.. Article, sentence]);
        Assert.Equal(text, Kept(text));
    }

    /// <summary>Interface labels that read as a short sentence joined the body with the closing-sentence rule.</summary>
    [Theory]
    [InlineData("Click to expand.")]
    [InlineData("Print this page.")]
    [InlineData("Enlarge this image.")]
    [InlineData("Terms apply.")]
    public void An_interface_label_after_the_article_goes(string label)
    {
        Assert.Equal(Page([.. Article]), Kept(Page([.. Article, label])));
    }

    [Theory]
    [InlineData("Video shows the crowd waiting at the stop in the rain.")]
    [InlineData("Photos posted online showed buses stuck in traffic for hours.")]
    [InlineData("Source code for the app was published on Monday.")]
    public void A_sentence_that_starts_with_a_credit_word_stays(string sentence)
    {
        var text = Page(Article[0], Article[1], sentence, Article[2], Article[3]);
        Assert.Equal(text, Kept(text));
    }

    /// <summary>A photo's caption comes right before the credit line a site prints under it: both go (aeb-dev: no
    /// block above such a line in its 91 pages is the article's).</summary>
    [Theory]
    [InlineData("Natalie Naccache | Bloomberg | Getty Images")]
    [InlineData("Photo: John Locher, AP")]
    [InlineData("(Jacquelyn Martin / Associated Press)")]
    public void A_caption_goes_with_the_credit_line_under_it(string credit)
    {
        var caption = "Sheikh Mohammed bin Rashid Al Maktoum, center, passes a Boeing 787-10 during the Dubai Air Show on Monday, Nov. 13, 2017.";
        var text = Page(Article[0], Article[1], caption, credit, Article[2], Article[3]);
        Assert.Equal(Page(Article), Kept(text));
    }

    /// <summary>Above a line that credits no picture ("SOURCE: News agencies" closes Al Jazeera's stories), or a place
    /// that ends like an agency's initials, the last paragraph stays.</summary>
    [Theory]
    [InlineData("SOURCE: News agencies")]
    [InlineData("Video: Jane Doe/Reuters")]
    [InlineData("June 26 -- PPL Center, Allentown, PA")]
    public void A_line_that_credits_no_picture_takes_no_paragraph_with_it(string line)
    {
        var last = "More than 2,500 civilians have been killed in the fighting so far this year, the highest toll in a decade.";
        Assert.Equal(Page([.. Article, last]), Kept(Page([.. Article, last, line])));
    }

    [Theory]
    [InlineData("Photo by Mark Chen.")]
    [InlineData("Video: The mayor explains the plan.")]
    [InlineData("Image courtesy of the city.")]
    public void A_credit_label_goes_even_as_a_sentence(string line)
    {
        var text = Page(Article[0], Article[1], line, Article[2], Article[3]);
        Assert.Equal(Page(Article), Kept(text));
    }

    [Theory]
    [InlineData("Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.", "subscribe")]
    [InlineData("This website uses cookies. By continuing to use this website, you are agreeing to the use of cookies.", "cookie")]
    [InlineData("Copyright 2023 The Example Press. All rights reserved. This material may not be published or broadcast.", "footer")]
    [InlineData("This site uses cookies and similar technologies to improve the browsing experience and to analyse traffic.", "cookie")]   // it points at its page
    [InlineData("The Morning Briefing newsletter brings the top stories to subscribers every weekday; sign up for free at the link below.", "subscribe")]
    public void A_long_furniture_sentence_that_addresses_the_reader_or_points_at_its_page_goes_inside_the_body(string line, string reason)
    {
        var text = Page(Article[0], Article[1], line, Article[2], Article[3]);
        var log = new ChangeLog();
        Pass.Apply(text, log);
        var change = Assert.Single(log.Changes);
        Assert.Equal((reason, line), (change.Reason, change.Original.TrimEnd('\n')));
    }

    [Fact]
    public void A_mention_after_the_last_paragraph_goes_as_a_notice()
    {
        const string Notice = "These statements have not been evaluated by the Food and Drug Administration and are not meant to treat any disease.";
        var text = Page([.. Article, Notice]);
        Assert.Equal(Page(Article), Kept(text));
    }

    [Fact]
    public void Content_subheadings_inside_the_body_stay()
    {
        var text = Page(Article[0], Article[1], "What makes them think that?", Article[2], "The next steps", Article[3]);
        Assert.Equal(text, Kept(text));
    }

    [Fact]
    public void Navigation_before_and_links_after_the_body_go()
    {
        var text = Page("Home", "World", "Politics", "Sports", Article[0], Article[1], Article[2], Article[3], "Contact", "Jobs", "Careers");
        Assert.Equal(Page(Article), Kept(text));
    }

    [Theory]
    [InlineData("News Feed")]
    [InlineData("MORE NEWS")]
    [InlineData("Editors' Picks")]
    [InlineData("Trending News")]
    [InlineData("Related")]
    [InlineData("Read more")]
    [InlineData("12 comments")]
    public void A_section_header_after_the_body_takes_everything_after_it(string header)
    {
        var teaser = "The contract extension comes after the defense minister walked back on plans to merge the two agencies into one, following a statement from partners.";
        var text = Page(Article[0], Article[1], Article[2], Article[3], header, "12:59 AM", "Supervisory board extends arms procurement head's contract", teaser);
        Assert.Equal(Page(Article), Kept(text));
    }

    [Fact]
    public void A_related_box_in_the_middle_takes_its_headlines_and_teaser_only()
    {
        var text = Page(Article[0], Article[1], "Other Topics of Interest", "Estonia Moves to Ban Russian Residents From Voting",
            "The move aims to safeguard against interference.", "What is being done about it?", Article[2], Article[3]);
        Assert.Equal(Page(Article[0], Article[1], "What is being done about it?", Article[2], Article[3]), Kept(text));
    }

    /// <summary>Al Jazeera sets "More:" and three headlines inside the story. The walk took the paragraph after the
    /// last headline as its teaser; after headlines in a row, a sentence with no headline under it is the story going on.</summary>
    [Fact]
    public void A_more_box_of_headlines_in_the_middle_takes_no_paragraph_after_it()
    {
        var paragraph = "It did not reveal the crash location and said it was withholding the names of those killed until next of kin could be told.";
        var text = Page(Article[0], Article[1], "More:", "Afghan woman politician sees Taliban talks as only hope",
            "Young people, including Taliban youth, must be heard: UN envoy", "China invites Taliban, Afghan officials for two-day talks",
            paragraph, Article[2], Article[3]);
        Assert.Equal(Page(Article[0], Article[1], paragraph, Article[2], Article[3]), Kept(text));
    }

    [Fact]
    public void A_related_list_of_headline_and_paragraph_pairs_goes_whole()
    {
        var teaser = "The television interview was devised as an opportunity for the prince to set the record straight, and it went about as badly as anyone could have imagined.";
        var text = Page(Article[0], Article[1], "More from the Examiner", "Prince struggles to dispel allegations", "Rob Crilly", teaser,
            "Why the film was so popular", "Madeline Fry", teaser.Replace("prince", "studio", StringComparison.Ordinal), "Another headline for a story", Article[2], Article[3]);
        Assert.Equal(Page(Article), Kept(text));
    }

    /// <summary>A headline asked as a question ended the walk, and the cards after it stayed (aeb-dev's "More
    /// Washington Examiner": headline, author, date, teaser).</summary>
    [Fact]
    public void A_related_list_goes_whole_past_a_headline_asked_as_a_question()
    {
        var teaser = "The television interview was devised as an opportunity for the prince to set the record straight, and it went about as badly as anyone could have imagined.";
        var text = Page([.. Article, "More from the Examiner", "Prince struggles to dispel allegations", "Rob Crilly", teaser,
            "What made the film so popular?", "Madeline Fry", teaser.Replace("prince", "studio", StringComparison.Ordinal),
            "Senator says the agenda would cost jobs", "Jane Roe", teaser.Replace("prince", "senator", StringComparison.Ordinal),
            "Privacy Policy", "Terms of Use"]);
        Assert.Equal(Page(Article), Kept(text));
    }

    [Fact]
    public void Headline_and_teaser_cut_short_are_a_related_link()
    {
        var text = Page(Article[0], Article[1], Article[2], Article[3], "Investigation: Crypto firms service payments for private army",
            "Known for its innovative e-governing system and booming IT industry, the country made a supposedly groundbreaking move in 2017…");
        Assert.Equal(Page(Article), Kept(text));
    }

    /// <summary>A date stamp after the last paragraph ends like a sentence ("… 7:10 p.m."), and it drew the line before
    /// it into the body with it.</summary>
    [Fact]
    public void A_date_stamp_after_the_article_goes_and_takes_no_line_into_the_body()
    {
        var text = Page([.. Article, "Wordcount: 717", "Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.", "Tags: ads, meth"]);
        Assert.Equal(Page(Article), Kept(text));
    }

    [Fact]
    public void A_byline_at_the_top_of_the_body_goes_with_the_standfirst_above_it()
    {
        var standfirst = "There are more devices, platforms and services to choose from than ever before, and here is how to figure out what is worth your money.";
        var text = Page(standfirst, "By", "Sarah Needleman", "Nov. 19, 2019 8:03 am ET", Article[0], Article[1], Article[2], Article[3]);
        var log = new ChangeLog();
        var output = Pass.Apply(text, log);
        Assert.Equal(Page(Article), string.Join("\n", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["standfirst", "byline", "byline", "byline"], log.Changes.Select(c => c.Reason));
    }

    [Fact]
    public void A_header_that_goes_on_still_starts_a_section()
    {
        var text = Page(Article[0], Article[1], Article[2], Article[3], "Related coverage from Money:", "How to invest in index funds, explained",
            "How to get health insurance if you retire early");
        Assert.Equal(Page(Article), Kept(text));
    }

    [Theory]
    [InlineData("A list the article introduces:")]
    [InlineData("The 2020 anniversary tour dates:")]
    public void A_list_introduced_by_a_colon_stays_with_the_body(string intro)
    {
        var text = Page(Article[0], Article[1], Article[2], Article[3], intro, "June 9 – West Palm Beach, FL", "June 10 – Tampa, FL", "© 2019 Example Media");
        Assert.Equal(Page(Article[0], Article[1], Article[2], Article[3], intro, "June 9 – West Palm Beach, FL", "June 10 – Tampa, FL"), Kept(text));
    }

    /// <summary>Capitals alone make no link: a subheading of a few words, a sentence of a story set in capitals.</summary>
    [Theory]
    [InlineData("THE ECONOMY")]
    [InlineData("WHAT THE NEW RULES MEAN")]
    [InlineData("THE MINISTRY SAID THE DELIVERIES WOULD CONTINUE THROUGH THE WINTER.")]
    public void Capitals_alone_are_no_link(string line)
    {
        var text = Page(Article[0], Article[1], line, Article[2], Article[3]);
        Assert.Equal(text, Kept(text));
    }

    /// <summary>A market-data page's disclaimer runs past the length furniture phrases are looked for in (aeb-dev's
    /// CNN Business page: 150 words); two different footer phrases make it a legal notice. A long last paragraph
    /// that only repeats one ("copyright") is the article's.</summary>
    [Fact]
    public void A_long_legal_notice_after_the_article_goes_and_a_long_paragraph_on_copyright_stays()
    {
        var disclaimer = "Most stock quote data provided by BATS. Market indices are shown in real time, except for the DJIA, which is delayed by two minutes. All times are ET. "
            + string.Concat(Enumerable.Repeat("Certain market data is the property of the exchange and its licensors and is used here under a licence granted to the publisher for display only. ", 5))
            + "All rights reserved. Standard and Poor's is a registered trademark of its owner.";
        var copyright = string.Concat(Enumerable.Repeat("The court heard that copyright in the photographs belonged to the agency, and the judge said the question of copyright would be decided at a later hearing. ", 6)).TrimEnd();
        var log = new ChangeLog();
        var kept = Pass.Apply(Page([.. Article, copyright, disclaimer]), log);
        Assert.Equal(Page([.. Article, copyright]), string.Join("\n", kept.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("footer", Assert.Single(log.Changes).Reason);
    }

    /// <summary>The line that introduces a list went as a repeat of the menu's link with the same words ("Dare to Play 3:"
    /// over the game's features, "Dare to Play 3" in the menus), and the list with it.</summary>
    [Fact]
    public void A_list_introduction_stays_though_a_menu_repeats_its_words()
    {
        string[] list = ["Dare to Play 3:", "Hundreds of tasks for an evening", "Dozens of tricky questions", "A timer for each challenge"];
        var text = Page(["Dare to Play 3", "Contact", "Dare to Play 3", .. Article, .. list, "Dare to Play 3", "Privacy"]);
        Assert.Equal(Page([.. Article, .. list]), Kept(text));
    }

    /// <summary>"More buses" read as a "More …" header ("More Washington Examiner") and took the list with it.</summary>
    [Fact]
    public void A_list_item_that_reads_like_a_section_header_stays_in_the_list()
    {
        var text = Page(Article[0], Article[1], "Here is what changes:", "More buses", "Later service", "New stops", Article[2], Article[3]);
        Assert.Equal(text, Kept(text));
    }

    /// <summary>The list exemption kept a "More from …" header at the article's end, and the links under it.</summary>
    [Fact]
    public void A_section_header_after_a_list_that_ends_the_article_takes_its_links()
    {
        var text = Page([.. Article, "The new routes are:", "Route 12 to Northgate", "Route 14 to the hospital",
            "More from Metro", "Mayor Unveils Budget Plan", "School Board Delays Vote", "Police Seek Witnesses in Crash"]);
        Assert.Equal(Page([.. Article, "The new routes are:", "Route 12 to Northgate", "Route 14 to the hospital"]), Kept(text));
    }

    /// <summary>A counted comments button read as the comments header and took the rest of the article.</summary>
    [Fact]
    public void A_comments_button_with_its_count_goes_alone()
    {
        var text = Page(Article[0], Article[1], "Comments 34", Article[2], Article[3]);
        Assert.Equal(Page(Article), Kept(text));
    }

    /// <summary>Labelled lines that are the article's: a live blog's entry, a paper's reference, a plain sentence.</summary>
    [Theory]
    [InlineData("Latest: The storm made landfall near the city at 3 p.m.")]
    [InlineData("More information: J. Doe et al. A survey of the bridges of the region, Journal of Transport (2019).")]
    [InlineData("The judge ruled that the documents may not be published until the trial ends, lawyers for the paper said.")]
    [InlineData("The firm shared the data without prior written permission from its users, according to the regulator.")]
    [InlineData("Related: the council also voted to raise parking fees downtown.")]            // a label before prose, not a link's headline
    [InlineData("Read more: The full report is available on the agency's website.")]
    [InlineData("Reporting by Reuters showed the firm paid fines.")]                            // a credit's label before a sentence
    public void A_labelled_line_that_is_no_related_link_stays(string line)
    {
        var text = Page(Article[0], Article[1], line, Article[2], Article[3]);
        Assert.Equal(text, Kept(text));
    }

    /// <summary>The byline's author's bio goes wherever it stands; another person's stays inside the body (the
    /// article may be about a journalist) and goes only at its edges, as a bio after the last paragraph does.</summary>
    [Theory]
    [InlineData("Jane Doe is a senior reporter at The Post covering energy.", true, true)]
    [InlineData("Jane Doe is The Post's energy correspondent.", true, true)]
    [InlineData("John Roe is a correspondent for Reuters based in London, where he covers European politics and trade.", false, false)]
    [InlineData("Jane Doe is a senior official at the Treasury who oversaw the sale of the bonds, the department said.", true, false)]
    [InlineData("Ms. Doe is a former editor at the paper.", true, false)]
    public void An_authors_bio_goes_in_the_middle_of_the_body(string paragraph, bool byTheAuthor, bool goes)
    {
        var text = Page(Article[0], Article[1], paragraph, Article[2], Article[3]);
        var metadata = new ArticleMetadata { Authors = byTheAuthor ? ["Jane Doe"] : [] };
        var kept = Pass.Apply(new BlockDocument(text, metadata)).Text;
        Assert.Equal(goes ? Page(Article[0], Article[1], Article[2], Article[3]) : text, string.Join("\n", kept.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("Jane Doe is a senior reporter at The Post covering energy.")]
    [InlineData("John Roe is a correspondent for Reuters based in London, where he covers European politics and trade.")]
    public void An_authors_bio_after_the_article_goes(string bio)
    {
        Assert.Equal(Page(Article), Kept(Page([.. Article, bio])));
    }

    /// <summary>A lead about a journalist has a bio's shape; without the byline's name it is the article's.</summary>
    [Fact]
    public void A_lead_shaped_like_a_bio_stays()
    {
        var text = Page(["Evan Gershkovich is a reporter for The Wall Street Journal who has been held in a Moscow prison since March.", .. Article]);
        Assert.Equal(text, Kept(text));
    }

    /// <summary>Each went as a bio ("critic of", "producer of": what the role works on, not an outlet) or as a
    /// legal notice at the body's edge, though the article attributes it.</summary>
    [Theory]
    [InlineData("John Roe is a longtime critic of the plan.")]
    [InlineData("John Roe is the producer of the documentary.")]
    [InlineData("The agency said its maps may not be reproduced without permission, a rule critics called absurd for a public body.")]
    [InlineData("Read more: the full report is available on the agency's website.")]
    [InlineData("The report's cover carries the notice \"No part may be reproduced without the written permission of the publisher\", which riders call absurd.")]
    public void A_closing_paragraph_of_the_article_stays(string paragraph)
    {
        var text = Page([.. Article, paragraph]);
        Assert.Equal(text, Kept(text));
    }

    [Fact]
    public void An_attributed_legal_phrase_in_the_lead_stays()
    {
        var text = Page(["The judge ruled that the photos may not be published, broadcast, rewritten or redistributed without the family's consent.", .. Article]);
        Assert.Equal(text, Kept(text));
    }

    /// <summary>A results table after a sports story's last paragraph is the story's results, header and all;
    /// a numbered list of headlines there is not.</summary>
    [Theory]
    [InlineData("1. Verstappen 1:32:05.2|2. Perez +12.3s|3. Hamilton +15.1s|4. Sainz +1 lap|5. Alonso DNF", true)]
    [InlineData("Pos. Driver Points|1 Kyle Busch 5040|2 Martin Truex Jr. 5035|3 Kevin Harvick 5033|3 Denny Hamlin 5033", true)]
    [InlineData("1. Verstappen 1:32:05.2|2. Perez +12.3s", false)]                                      // two rows are no table
    [InlineData("1. Verstappen 1:32:05.2|3. Perez +12.3s|7. Hamilton +15.1s", false)]                   // nor ranks out of turn
    [InlineData("1. Fed raises rates again as inflation lingers in 2023|2. Why markets fell on Friday after 3 pm|3. What the jobs report means for 2024", false)]
    public void A_results_table_after_the_last_paragraph_stays(string rows, bool stays)
    {
        var table = rows.Split('|');
        var text = string.Join("\n\n", [.. Article, .. table]);
        Assert.Equal(stays ? Page([.. Article, .. table]) : Page(Article), Kept(text));
    }

    /// <summary>A schedule after the last paragraph is the story's too (aeb-dev's tour dates under "The Doobie Brothers
    /// Tour Dates"): rows that start with a day, in the calendar's order, under a title of their own or none. Out of
    /// order, with a year (dated links), under an events widget's title, or fewer than three, they go.</summary>
    [Theory]
    [InlineData("The Band Tour Dates|June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre|June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre|June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre", true)]
    [InlineData("Nov. 28: at Dallas, 4:30 p.m.|Dec. 5 vs. Chicago|Dec. 12: at Green Bay|Jan. 2 vs. Detroit", true)]          // into January
    [InlineData("Sat., Sept. 7 – Opening night|9 September – Gala concert|Sunday, 15th September – Family day", true)]
    [InlineData("June 14 – Alpharetta, GA|June 9 – West Palm Beach, FL|June 10 – Tampa, FL", false)]                            // out of order
    [InlineData("Nov 18, 2019 – Fed raises rates again|Nov 19, 2019 – Markets fall on jobs data|Nov 20, 2019 – Oil rises", false)]
    [InlineData("Upcoming Events|June 9 – Webinar: Pricing|June 10 – Product launch|June 14 – Meetup in Austin", false)]
    [InlineData("June 9 – West Palm Beach, FL|June 10 – Tampa, FL", false)]
    public void A_schedule_after_the_last_paragraph_stays(string rows, bool stays)
    {
        var table = rows.Split('|');
        var text = string.Join("\n\n", [.. Article, .. table]);
        Assert.Equal(stays ? Page([.. Article, .. table]) : Page(Article), Kept(text));
    }

    /// <summary>A bio, a photo's credit or a wire service's credits between the last paragraph and the results
    /// table go; the table is still the story's.</summary>
    [Theory]
    [InlineData("Jane Doe is a sports reporter at The Post covering motor racing.")]
    [InlineData("Photo: Mark Chen/Reuters")]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("Jane Doe is a sports reporter at The Post covering motor racing.|Photo: Mark Chen/Reuters")]
    public void A_results_table_after_credits_under_the_story_stays(string credits)
    {
        string[] table = ["1. Verstappen 1:32:05.2", "2. Perez +12.3s", "3. Hamilton +15.1s"];
        var text = string.Join("\n\n", [.. Article, .. credits.Split('|'), .. table]);
        Assert.Equal(Page([.. Article, .. table]), Kept(text));
    }

    /// <summary>Rows under a widget's title or quoting prices follow the article without its introducing them:
    /// page furniture. Under the columns' labels, a title of their own or the article's colon they are its table.</summary>
    [Theory]
    [InlineData("Standings|1. Arsenal 45|2. Liverpool 44|3. Aston Villa 43|4. Man City 40", false)]
    [InlineData("League table|1 Arsenal 20 14 3 3 45|2 Liverpool 20 13 5 2 44|3 Aston Villa 20 13 4 3 43", false)]
    [InlineData("Top movers|1. Apple 189.23 +1.2%|2. Microsoft 402.10 -0.4%|3. Alphabet 141.80 +0.9%", false)]
    [InlineData("1. AAPL 189.23 +1.2%|2. MSFT 402.10 -0.4%|3. GOOG 141.80 +0.9%", false)]
    [InlineData("1. AAPL 189.23 +2.21|2. MSFT 402.10 -1.65|3. GOOG 141.80 +0.95", false)]
    [InlineData("Pos Team P W D L Pts|1 Arsenal 20 14 3 3 45|2 Liverpool 20 13 5 2 44|3 Aston Villa 20 13 4 3 43", true)]
    [InlineData("Final results|1. Verstappen 1:32:05.2|2. Perez +12.3s|3. Hamilton +15.1s", true)]
    [InlineData("The biggest movers:|1. AAPL 189.23 +1.2%|2. MSFT 402.10 -0.4%|3. GOOG 141.80 +0.9%", true)]
    [InlineData("1. Scheffler 272 -16|2. Schauffele 274 -14|3. Morikawa 275 -13", true)]                  // a golfer's score is no price
    public void A_widgets_table_after_the_article_goes(string rows, bool stays)
    {
        var table = rows.Split('|');
        var text = string.Join("\n\n", [.. Article, .. table]);
        Assert.Equal(stays ? Page([.. Article, .. table]) : Page(Article), Kept(text));
    }

    /// <summary>A table's heading is read only above rows, once per text: a widget's title that is also a menu's
    /// link at the top heads the rows at the foot all the same, and the article's own title does too.</summary>
    [Theory]
    [InlineData("Standings", false)]
    [InlineData("Final results", true)]
    public void A_heading_repeated_from_the_menu_heads_the_rows(string heading, bool stays)
    {
        string[] table = [heading, "1. Verstappen 1:32:05.2", "2. Perez +12.3s", "3. Hamilton +15.1s", "4. Sainz +1 lap"];
        var text = string.Join("\n\n", [heading, .. Article, .. table]);
        Assert.Equal(stays ? Page([.. Article, .. table]) : Page(Article), Kept(text));
    }

    /// <summary>The recall preset keeps short lines next to the body, but not a widget's.</summary>
    [Theory]
    [InlineData("AAPL 189.23 +1.2%|MSFT 402.10 -0.4%|GOOG 141.80 +0.9%")]
    [InlineData("Markets|Dow 37,592.98 +0.4%|S&P 500 4,783.83 +0.2%|Nasdaq 15,055.65 -0.1%")]
    [InlineData("Standings|1. Arsenal 45|2. Liverpool 44|3. Aston Villa 43")]
    [InlineData("1. AAPL 189.23 +1.2%|2. MSFT 402.10 -0.4%|3. GOOG 141.80 +0.9%")]
    public void A_widgets_table_after_the_article_goes_in_every_preset(string rows)
    {
        var text = string.Join("\n\n", [.. Article, .. rows.Split('|')]);
        foreach (var options in (BoilerplateOptions[])[BoilerplateOptions.Precision, BoilerplateOptions.Default, BoilerplateOptions.Recall])
        {
            var kept = new BoilerplatePass(options).Apply(text);
            Assert.Equal(Page(Article), string.Join("\n", kept.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    [Fact]
    public void An_author_blurb_after_the_article_goes_though_it_reads_as_prose()
    {
        var text = Page([.. Article, "Jane Doe is a staff writer covering transportation and the city budget. She joined the paper in 2019.",
            "Have a news tip? Email the newsroom at tips@example.com."]);
        Assert.Equal(Page(Article), Kept(text));
    }

    [Fact]
    public void Repeated_lines_go_and_a_repeated_paragraph_is_kept_once()
    {
        var text = Page(Article[0], "Subscribe now", Article[1], "Subscribe now", Article[2], Article[1], "Subscribe now", Article[3]);
        Assert.Equal(Page(Article[0], Article[1], Article[2], Article[3]), Kept(text));
    }

    [Fact]
    public void User_phrases_and_patterns_are_removed()
    {
        var pass = new BoilerplatePass(BoilerplateOptions.Default with
        {
            Phrases = [new BoilerplatePhrase("Our weekly pick", PhraseMatch.Whole, "promo")],
            Patterns = [@"^Tip line: \d+$"],
        });
        var text = Page(Article[0], "Our weekly pick", Article[1], "Tip line: 555", Article[2], Article[3]);
        var log = new ChangeLog();
        Assert.Equal(Page(Article), string.Join("\n", pass.Apply(text, log).Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["promo", "custom"], log.Changes.Select(c => c.Reason));
    }

    [Fact]
    public void Presets_order_by_how_much_they_keep()
    {
        var text = Page("Menu", Article[0], "Short aside line here.", Article[1], Article[2], "A closing remark of some length that reads like a sentence here.", "Footer links");
        var precision = new BoilerplatePass(BoilerplateOptions.Precision).Apply(text).Length;
        var balanced = Pass.Apply(text).Length;
        var recall = new BoilerplatePass(BoilerplateOptions.Recall).Apply(text).Length;
        Assert.True(precision <= balanced && balanced <= recall, $"{precision} {balanced} {recall}");
    }

    [Fact]
    public void Clean_text_is_returned_as_the_same_document()
    {
        var document = new BlockDocument(string.Join("\n\n", Article));
        Assert.Same(document, Pass.Apply(document));
    }

    [Fact]
    public void A_page_after_a_larger_one_gets_the_verdicts_it_gets_alone()
    {
        // The pass keeps its working arrays per thread: nothing of one page may reach the next.
        var small = Page(["Home", "Opinion", .. Article, "Share", "Opinion", "Home"]);
        var large = Page([.. Enumerable.Range(0, 300).Select(i => $"Related story number {i}"), .. Article, "Home", "Opinion", "© 2023 Example Media."]);
        string? alone = null;
        var thread = new Thread(() => alone = new BoilerplatePass().Apply(small));
        thread.Start();
        thread.Join();

        Pass.Apply(large);
        Assert.Equal(alone, Pass.Apply(small));
        Assert.Equal(string.Join("\n", Article), Kept(small));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("x")]
    [InlineData("\uFFFD\0\u0001 | / |")]
    public void Any_text_gives_a_result(string text)
    {
        var once = Pass.Apply(text);
        Assert.Equal(once, Pass.Apply(once));
    }

    /// <summary>Each section header once walked over every headline-like block after it, the headers after
    /// it included, so a page of "Related" lines took four times as long for twice the lines (400,000
    /// characters 1.7 s); a header inside the stretch an earlier one covered adds nothing and no longer walks.</summary>
    [Fact]
    public void Many_section_headers_in_a_row_take_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("Related\n\n", 200_000)) + string.Join("\n\n", Article);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var output = Pass.Apply(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(string.Join("\n", Article), string.Join("\n", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
