namespace TextClean.Blocks;

/// <summary>The reason codes the boilerplate pass gives, as they appear in explain output.</summary>
public static class BoilerplateReasons
{
    /// <summary>Menus and site controls: "Skip to content", "Home", "Sign in", "Filed under …".</summary>
    public const string Navigation = "navigation";
    /// <summary>Newsletter and subscription prompts: "Sign up", "Enter your email", "Already a subscriber?".</summary>
    public const string Subscribe = "subscribe";
    /// <summary>Ad labels and their markers: "Advertisement", "Sponsored content", "Story continues below advertisement".</summary>
    public const string Advertisement = "advertisement";
    /// <summary>Links to other stories: a "Related" or "Read more" section, a labelled link ("READ MORE: …"),
    /// a headline with its teaser.</summary>
    public const string RelatedLink = "related-link";
    /// <summary>A picture's caption: a block that ends with or carries a photo credit.</summary>
    public const string Caption = "caption";
    /// <summary>A credit line: "Photo: …", "Image credit …", "Video …".</summary>
    public const string Credit = "credit";
    /// <summary>Share and follow buttons: "Share", "Facebook", "Copy link", "Follow us on …".</summary>
    public const string Share = "share";
    /// <summary>Cookie, privacy and terms notices: "We use cookies", "Privacy policy", "Terms of use".</summary>
    public const string Cookie = "cookie";
    /// <summary>Copyright, legal and site notices: "All rights reserved", "Contact us", "may not be reproduced".</summary>
    public const string Footer = "footer";
    /// <summary>The comments section and its prompts: "Leave a reply", "Join the conversation" and what follows.</summary>
    public const string Comments = "comments";
    /// <summary>Interface text: "Listen to this article", "5 min read", "Click to expand", "Enable JavaScript", and a
    /// live blog's edit stamps ("Updated at 12.03pm GMT").</summary>
    public const string Widget = "widget";
    /// <summary>A short line repeated three times or more, or a second copy of a paragraph (the first is kept).</summary>
    public const string Duplicate = "duplicate";
    /// <summary>A feed of other stories: "Latest news", "Most read", "Trending" and what follows.</summary>
    public const string NewsFeed = "news-feed";
    /// <summary>Items between separators ("About | Advertise | Contact"), or a block with too few stopwords to be prose.</summary>
    public const string ListOfLinks = "list-of-links";
    /// <summary>A block without a single word (symbols, digits or separators only), or with only a file's name, as an
    /// image leaves its own ("dp3_1_en", "IMG_2041.jpg").</summary>
    public const string NoWords = "no-words";
    /// <summary>A byline the metadata pass did not take, at the top of the body, with the short lines under it
    /// (names, handles, the date).</summary>
    public const string Byline = "byline";
    /// <summary>An author's bio: "Jane Doe is a senior reporter at The Post…", "His latest book is …".</summary>
    public const string AboutAuthor = "about-author";
    /// <summary>One or two paragraphs above a byline at the top of the body (the summary before the article).</summary>
    public const string Standfirst = "standfirst";
    /// <summary>A short block (a label, a headline) before or after the article's main body.</summary>
    public const string ShortOutsideBody = "short-outside-body";
    /// <summary>A longer block away from the main body (see <see cref="BoilerplateOptions.KeepGoodOutsideBody"/>).</summary>
    public const string OutsideBody = "outside-body";
    /// <summary>A block one of <see cref="BoilerplateOptions.Patterns"/> matched.</summary>
    public const string Custom = "custom";
}

/// <summary>
/// Built-in phrases of page furniture, by language. Matched on a block's lower-cased letters and digits
/// (punctuation and spacing ignored), so "Editors’ Picks:" matches "editors picks". General phrases
/// only: nothing here names a site.
/// </summary>
internal static class BoilerplatePhrases
{
    public static IReadOnlyList<BoilerplatePhrase> All { get; } = Build();

    /// <summary>The phrase "cookie" alone, which is furniture only beside a word of the web's consent notices
    /// (<see cref="WebCookieContext"/>): a recipe's "chocolate chip cookies" are food.</summary>
    internal const string CookieWord = "cookie";

    /// <summary>Words of a notice about the web's cookies ("This site uses cookies", "Accept all cookies", "Manage
    /// cookie settings"), as whole words of a block's key. Words a recipe may use too ("check its settings") only in
    /// pairs.</summary>
    internal static readonly string[] WebCookieContext =
    [
        "site", "website", "websites", "browser", "browsing", "consent", "privacy", "personalised", "personalized", "personalise",
        "personalize", "analytics", "third party", "tracking", "opt out", "accept all", "reject all", "accept cookies",
        "manage cookies", "cookie settings", "cookie preferences", "cookie policy", "your device", "use cookies", "uses cookies",
        "store cookies", "stores cookies",
    ];

    private static List<BoilerplatePhrase> Build()
    {
        var list = new List<BoilerplatePhrase>();
        void Add(PhraseMatch match, string reason, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                list.Add(new BoilerplatePhrase(phrase, match, reason));
            }
        }

        Add(PhraseMatch.Whole, BoilerplateReasons.Navigation,
            "skip to content", "skip to main content", "skip to navigation", "skip to footer", "jump to", "menu", "main menu", "open menu",
            "close menu", "toggle navigation", "navigation", "home", "homepage", "search", "search for", "submit", "go", "sign in", "log in",
            "login", "logout", "log out", "register", "my account", "account", "back to top", "top", "next", "previous", "prev",
            "next article", "previous article", "next post", "previous post", "edit post", "permalink", "explore", "sections", "more", "close",
            "open", "view all", "see all", "show more", "load more", "all", "tags", "topics", "categories", "category", "filed under",
            "breadcrumb", "you are here", "accessibility", "help", "faq", "sitemap", "site map", "español", "english", "deutsch",
            "français", "startseite", "suche", "accueil", "recherche", "inicio", "buscar", "главная", "поиск", "меню");
        Add(PhraseMatch.Prefix, BoilerplateReasons.Navigation, "skip to ", "you are here", "tags ", "topics ", "filed under ", "posted in ",
            "categories ", "category ", "skip next section ", "skip previous section ");

        Add(PhraseMatch.Contains, BoilerplateReasons.Subscribe,
            "subscribe", "newsletter", "sign up", "signup", "indicates required", "enter your email", "email address", "your inbox",
            "successfully subscribed", "successfuly subscribed", "thank you for signing up", "get the latest", "unsubscribe",
            "confirmation email", "create an account", "create a free account", "already a subscriber", "free trial", "subscriber",
            "abonnieren", "s abonner", "suscríbete", "suscribirse", "подписаться", "підписатися");

        Add(PhraseMatch.Whole, BoilerplateReasons.Advertisement,
            "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content", "promoted", "partner content",
            "story continues below advertisement", "continue reading below", "scroll to continue with content", "continue reading",
            "article continues below", "story continues below", "content continues below", "werbung", "anzeige", "publicité",
            "publicidad", "pubblicità", "reklama", "реклама", "annonse", "advertentie");
        Add(PhraseMatch.Prefix, BoilerplateReasons.Advertisement, "advertisement ", "sponsored by ", "this article is sponsored", "paid post");

        Add(PhraseMatch.Whole, BoilerplateReasons.Share,
            "share", "share this", "share this article", "share this story", "share this post", "share article", "share on facebook",
            "share on twitter", "share on linkedin", "share via email", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram",
            "email", "e mail", "mail", "print", "reddit", "pinterest", "tumblr", "flipboard", "instagram", "youtube", "rss", "copy link",
            "copy", "link copied", "tweet", "pin", "save", "bookmark", "like", "follow", "follow us", "sharing is caring", "teilen",
            "partager", "compartir", "condividi", "поделиться", "поширити");
        Add(PhraseMatch.Prefix, BoilerplateReasons.Share, "share this ", "share on ", "follow us on ", "follow us ", "click to share",
            "share with ", "share via ");
        Add(PhraseMatch.Contains, BoilerplateReasons.Share, "give it a clap", "give this a clap"); // Medium's sign-off

        Add(PhraseMatch.Contains, BoilerplateReasons.Cookie,
            CookieWord, "we use cookies", "privacy policy", "terms of use", "terms of service", "terms and conditions", "privacy notice",
            "gdpr", "do not sell my", "your privacy", "datenschutz");

        Add(PhraseMatch.Contains, BoilerplateReasons.Footer,
            "all rights reserved", "copyright", "to suggest a correction", "highlight the text and press", "press ctrl enter",
            "contact us", "about us", "advertise with us", "editorial standards", "ethics statement", "report an error",
            "send us a tip", "tip us", "customer service", "registered trademark", "trademarks of", "not been evaluated by the",
            "information provided on this website", "information on this website", "use of this website", "use of this site",
            "results may vary", "results vary", "stock quote data", "quotes delayed", "market data provided", "delayed by at least", "affiliate commission", "affiliate links", "we may earn a commission", "reprints", "reprint rights", "corrections policy",
            "trust principles", // Reuters' footer: "Our Standards: The Thomson Reuters Trust Principles."
            "this article appears in the", "this story appears in the", // a magazine's note of the print issue
            // A press release's safe-harbour notice: "This press release contains forward-looking statements within
            // the meaning of the Private Securities Litigation Reform Act of 1995…"
            "private securities litigation reform act", "contains forward looking statements", "forward looking statements within the meaning",
            // Legal notices in the third person: "This material may not be published, broadcast, rewritten or redistributed."
            "rewritten or redistributed", "may not be published broadcast", "this material may not be", "may not be reproduced distributed",
            "may not be reproduced without", "no part may be reproduced", "reproduced without permission", "reproduction without permission",
            "the prior written permission of", "the express written permission of", "explicit written permission",
            "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados", "все права защищены");

        Add(PhraseMatch.Contains, BoilerplateReasons.AboutAuthor,
            "is a staff writer", "is a senior writer", "is a reporter for", "is a reporter at", "is a contributing writer",
            "is a contributing editor", "is a freelance writer", "is a freelance journalist", "is the author of", "writes a daily",
            "writes a weekly", "his latest book", "her latest book", "their latest book");

        Add(PhraseMatch.Contains, BoilerplateReasons.Widget,
            "this audio is created with ai assistance", "listen to this article", "listen to article", "audio version", "min read",
            "minute read", "reading time", "enable javascript", "javascript is disabled", "your browser does not support", "loading",
            "follow her on", "follow him on", "follow them on", "may be reached at", "can be reached at", "have a tip", "got a tip",
            "contact the reporter", "contact the writer", "contact the author", "email the reporter", "email the author",
            "reach the reporter", "reach the writer", "live coverage has moved", "live coverage has ended", "live updates have moved",
            "click here", "tap here", "opens in new window", "opens in a new window", "click to email", "click to print", "download the app", "get the app", "open in app");

        // A note on how the story was made with a machine's help: "This article was produced with the help of AI tools
        // and reviewed by our editors". Each phrase opens on its verb: a phrase opening on "this" or "with" would be
        // looked up at every such word of every short block.
        Add(PhraseMatch.Contains, BoilerplateReasons.Footer,
            "produced with the help of ai", "produced with the assistance of ai", "created with the help of ai",
            "written with the help of ai", "generated with the help of ai", "generated by ai and reviewed",
            "generated by an automated system", "produced with ai assistance", "created with ai assistance",
            "generated with ai assistance", "produced with the assistance of artificial intelligence",
            "produced with the help of artificial intelligence");

        // Interface labels that read as a short closing sentence ("Click to expand."): the whole line only.
        Add(PhraseMatch.Whole, BoilerplateReasons.Widget,
            "click to expand", "click to enlarge", "tap to expand", "tap to enlarge", "enlarge this image", "expand this image",
            "enlarge image", "expand image", "hide caption", "toggle caption", "print this page", "print this article", "print article",
            "terms apply", "conditions apply", "terms and conditions apply", "report error", "report an error", "report a typo",
            "report a correction", "submit a correction", "suggest a correction");

        Add(PhraseMatch.Prefix, BoilerplateReasons.Credit,
            "photo ", "photo by ", "photo credit", "photograph ", "photos ", "image ", "image credit", "image source", "credit ",
            "credits ", "picture ", "pictured ", "video ", "watch ", "source ", "illustration ", "foto ", "bild ", "фото ",
            "from cnn s "); // a live blog's post signed "From CNN's Jane Doe"

        Add(PhraseMatch.Whole, BoilerplateReasons.Comments,
            "comments", "comment", "leave a comment", "leave a reply", "post a comment", "add a comment", "show comments",
            "view comments", "join the conversation", "join the discussion", "reply", "kommentare", "commentaires", "comentarios",
            "комментарии");
        Add(PhraseMatch.Prefix, BoilerplateReasons.Comments, "comments ", "leave a reply", "you must be logged in to post");

        // A blog's invitation under the post: "Did you make this recipe? Leave a comment below and tag us!"
        Add(PhraseMatch.Contains, BoilerplateReasons.Comments, "leave a comment below", "in the comments below", "let us know in the comments",
            "tell us in the comments");

        Add(PhraseMatch.SectionHeader, BoilerplateReasons.NewsFeed,
            "news feed", "live updates", "latest updates", "latest news", "latest", "latest stories", "latest articles", "just in",
            "breaking news", "more news", "top stories", "top news", "in other news", "news in brief", "most popular", "most read",
            "most viewed", "most shared", "popular", "popular stories", "popular posts", "popular now", "trending", "trending now",
            "trending stories", "trending news", "what s hot", "editors picks", "editor s picks", "editors choice", "editor s choice", "must read",
            "must reads", "don t miss", "dont miss", "featured", "featured stories", "featured articles");
        Add(PhraseMatch.SectionHeader, BoilerplateReasons.RelatedLink,
            "related", "related articles", "related stories", "related posts", "related news", "related content", "related coverage",
            "related reading", "related topics", "related links", "related videos", "read more", "read next", "read also", "also read",
            "more from", "more stories", "more articles", "more on this", "more on this story", "more on this topic", "more to read",
            "more like this", "recommended", "recommended for you", "recommended stories", "recommended articles", "recommended reading",
            "you may also like", "you might also like", "you may like", "you might like", "you may be interested in",
            "you might be interested in", "other topics of interest", "further reading", "what to read next", "up next",
            "story timeline", "see also", "keep reading", "around the web", "from the web", "sponsored stories", "promoted stories",
            "more in", "more videos", "watch next", "weitere artikel", "mehr zum thema", "das könnte sie auch interessieren",
            "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "leer más", "lee también", "te puede interesar",
            "noticias relacionadas", "leggi anche", "читайте также", "по теме", "читайте також");
        Add(PhraseMatch.SectionHeader, BoilerplateReasons.Comments,
            "comments", "leave a comment", "leave a reply", "join the conversation", "join the discussion", "discussion",
            "responses", "reader comments", "conversation");

        return list;
    }
}
