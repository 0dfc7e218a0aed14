namespace TextClean.Testing.Text;

/// <summary>
/// The pieces scraped article text is made of, good and bad. The sentences are written for these tests
/// (news-like, one per script or language the passes must leave intact); the damaged pieces are the
/// forms each pass exists to repair, and the forms it must not touch.
/// </summary>
public static class Fragments
{
    public static IReadOnlyList<string> Sentences { get; } =
    [
        "The government announced new measures to support the economy on Wednesday.",
        "Officials said the talks would resume next week, according to a statement.",
        "\"We're not going to stop,\" she told reporters outside the court.",
        "Prices rose 3.2% in September, the fastest pace since 1991.",
        "The company's shares fell $4.50, or 12 percent, in early trading.",
        "Die Bundesregierung hat am Mittwoch neue Maßnahmen für den Straßenbau beschlossen.",
        "Le gouvernement a annoncé mercredi une réforme très contestée des retraites.",
        "El ministro señaló que la economía crecerá un 2,5 % el próximo año.",
        "Żółw gęsi jaźń: rząd przedstawił nowy budżet na przyszły rok.",
        "Příliš žluťoučký kůň úpěl ďábelské ódy před radnicí.",
        "İstanbul'da yaşayan öğrenciler sınavlara hazırlanıyor.",
        "Правительство объявило о новых мерах поддержки экономики в среду.",
        "Київ отримав нову партію гуманітарної допомоги від партнерів.",
        "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία την Τετάρτη.",
        "أعلنت الحكومة يوم الأربعاء عن إجراءات جديدة لدعم الاقتصاد.",
        "הממשלה הודיעה ביום רביעי על צעדים חדשים לתמיכה בכלכלה.",
        "می\u200Cخواهم این کتاب\u200Cها را بخوانم.",
        "政府周三宣布了支持经济的新措施。",
        "政府は水曜日、経済を支援する新たな措置を発表した！",
        "정부는 수요일 경제 지원을 위한 새로운 조치를 발표했다.",
        "सरकार ने बुधवार को अर्थव्यवस्था के लिए नए उपायों की घोषणा की।",
        "क्\u200Dष और त्\u200Cर लिखे गए।",
        "Chính phủ đã công bố các biện pháp mới vào thứ Tư.",
        "รัฐบาลประกาศมาตรการใหม่เมื่อวันพุธ",
        "Cafe\u0301 na\u0308ive re\u0301sume\u0301 (decomposed).",
        "Ångström \u212B and Kelvin \u212A are singletons.",
    ];

    public static IReadOnlyList<string> Entities { get; } =
    [
        "&amp;", "&lt;p&gt;", "&quot;", "&#39;", "&#x27;", "&eacute;", "&nbsp;", "&mdash;", "&hellip;",
        "&amp;amp;", "&amp;eacute;", "&amp;lt;", "&amp;amp;amp;", "&#0;", "&#x110000;", "&#xD800;", "&#xDC00;",
        "&#128;", "&#x9D;", "&#150;", "&copy", "&copy=1", "?a=1&copy=2", "&notin;", "&notit;", "&", "&#", "&#x;",
        "&Atilde;&copy;", "&AElig", "&zwnj;", "&#8203;", "&#65279;", "&#13;", "&#10;", "&ampamp;", "&;",
        "&#99999999999;", "&#x0000000041;", "&NotNestedGreaterGreater;", "&lt", "AT&T", "&ltp", "&#x1F600;",
        "&not=\u0338", "&not=Ì¸", "&\u212Aappa;", "&notin\u037E", "&#x338;", "&#x212A;", "&#x37E;", // what NFC rewrites into reference syntax
    ];

    public static IReadOnlyList<string> Controls { get; } =
    [
        "\0", "\u0001", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u001B[31m", "\u001B[0m", "\u001B[1;32;40m",
        "\u001B]0;title\u0007", "\u001B]8;;http://x\u001B\\", "\u001B[", "\u001B[999999999999m", "\u007F", "\u0080",
        "\u0085", "\u009B", "\u009B31m", "\u009D", "\u009F", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD", "\uFFF9",
    ];

    public static IReadOnlyList<string> Invisibles { get; } =
    [
        "\u00A0", "\u202F", "\u2009", "\u200A", "\u2007", "\u2002", "\u2003", "\u3000", "\u200B", "\u200C", "\u200D",
        "\u2060", "\u00AD", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u2028", "\u2029", "\u180E", "\u061C", "\u200E", "\u200F", "\u034F", "\uFE0F", "\uFE0E",
    ];

    public static IReadOnlyList<string> LoneSurrogates { get; } =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDBFF\uDBFF", "\uDC00\uD800", "\uD83D", "\uDE00",
    ];

    public static IReadOnlyList<string> EmojiAndCombining { get; } =
    [
        "👨‍👩‍👧", "🏳️‍🌈", "👍🏽", "🇺🇦", "❤️", "1️⃣", "😀", "🧑🏿‍🦰", "e\u0301", "a\u0308\u0323", "\u0301",
        "Z\u0351\u0361\u0334\u0315", "\u1100\u1161\u11A8", "A\u030A", "\u212B", "\u0915\u094D\u0937", "\u0627\u0644\u0644\u0647",
        "ﷺ", "\uD835\uDC00\uD835\uDC01", "\u0F40\u0F71\u0F72", "o\u0332\u0305", "\u05D1\u05BC\u05B0",
    ];

    public static IReadOnlyList<string> QuotesAndWidth { get; } =
    [
        "Russiaʼs", "donʹt", "it´s", "rock `n` roll", "‘single’", "“double”", "„low“", "«guillemets»", "‹one›",
        "5′ 11″", "‛odd‟", "ﬁnance", "ﬂow", "wiﬁ?", "ﬂ? ", "eﬀort", "oﬃce", "baﬄe", "ﬅ", "ﬆ", "ＡＢＣ１２３", "ｈｔｔｐ：／／ｘ",
        "日本語！", "中文，文本：", "ｶﾀｶﾅ", "ﾊﾟﾝ", "＂quoted＂", "Ⅻ", "½", "²", "…", "—", "–",
    ];

    public static IReadOnlyList<string> LineBreaks { get; } =
    [
        "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n\r", "\u2028", "\u2029", "\u0085", "\n \n", "\n\t\n", " \r\n",
    ];

    public static IReadOnlyList<string> Spaces { get; } =
    [
        " ", "  ", "   \t  ", "\t", " \u00A0 ", "\u3000\u3000", "\u2003\u2002", " \u200B ", "\u00A0\u00A0\u00A0",
    ];

    public static IReadOnlyList<string> Boilerplate { get; } =
    [
        "Skip to content", "Skip to main content", "Edit post", "Subscribe to our newsletter",
        "Sign up for our daily briefing", "Share this article", "Facebook Twitter LinkedIn Email",
        "Share on Facebook Share on Twitter", "Advertisement", "ADVERTISEMENT", "Read more:",
        "Related articles", "Most read", "© 2023 Example News. All rights reserved.", "Photo: Reuters/John Doe",
        "Cookie settings", "Accept all cookies", "Home | World | Business | Sport", "Comments (12)",
        "This audio is created with AI assistance", "1 min read", "Editor : M.L.", "Follow us on Telegram",
        "Loading...", "Log in", "Menu", "Search", "Back to top", "Click here to subscribe", "Listen to this article",
    ];

    public static IReadOnlyList<string> BylinesAndDates { get; } =
    [
        "by Elsa Court and The Kyiv Independent news desk October 6, 2023 7:27 PM 1 min read",
        "By JOHN SMITH, Associated Press", "By Jane Doe and Ali Hassan", "By Staff Reporter",
        " date 2023-09-12 The leader of the party said", "date 2023-09-12", "Published: 12 September 2023",
        "Updated Sept. 15, 2023 10:00 a.m. ET", "2023-09-12T19:27:00Z", "Wednesday, Aug. 30", "last month",
        "two years ago", "mid-2024", "Q3 2021", "FY2023", "the 1990s", "7:27 PM", "10pm local time", "12/09/2023",
        "31.12.1999", "Sept, 27", "early Tuesday", "the end of December 2022", "every week", "annually",
        "$27", "89 percent", "v1.2.3", "call 555-0199", "Section 2023.09", "March 32, 2023", "February 29, 2023",
        "0000-00-00", "9999-12-31T23:59", "2023-13-45", "May may march", "Sun Sat", "April 24 and 25", "yesterday and 2",
        "the day after today", "the day before yesterday", "the day after tomorrow", "the day before January 1",
        "the day after December 31", "the day after the day after ", "tomorrow", "last Tuesday", "Feb. 29",
        "Thursday, Feb. 29", "the quarter a year ago", "the year-earlier quarter",
        "Wednesday's ruling", "ahead of Friday's", "since year-end", "it's the second day of", "On Dec. 31. The next day",
        "the previous day", "10:35 a.m. (0735 GMT) Friday", "4 p.m. (2000 GMT)", "twenty four hours", "a day-long",
        "decades-long", "several-year", "will one day", "the weeks ahead", "three days later", "the latest period",
    ];

    public static IReadOnlyList<string> WordDamage { get; } =
    [
        "negotiati]ns", "go\\ernment", "infor|ation", "govern-\nment", "co-\noperation", "inter-\r\nnational",
        "well-known", "e-mail", "re-\n\nelection", "ex-\npresident", "state-of-the-\nart", "pre-\r", "-\n",
        "negoti­ations", "mil-\nlion", "Kyiv-\nbased",
        "govern- \nment", "co-\t\noperation", "state-  \r\nowned", // padding before the break, which de-hyphenation joins across
    ];

    /// <summary>Runs that stress time: a pass that is quadratic in any of these shows at once.</summary>
    public static IReadOnlyList<string> Repeatable { get; } =
    [
        "&amp;", "&", "&#", "-\n", "\u0301", "\r", "\r\n", " ", "\u200D", "\u001B[", "Ã", "â€", "\uD800", "\n\n",
        "a", ".", "'", "ʼ", "\u00A0", "\uFEFF", "9", "2023-", "By ", "ﬁ",
    ];

    /// <summary>Every piece above: the fuzz driver's dictionary of tricky tokens.</summary>
    public static IReadOnlyList<string> Dictionary { get; } =
    [
        .. Entities, .. Controls, .. Invisibles, .. LoneSurrogates, .. EmojiAndCombining, .. QuotesAndWidth,
        .. LineBreaks, .. Spaces, .. Boilerplate, .. BylinesAndDates, .. WordDamage,
    ];
}
