using System.Globalization;
using System.Text;

namespace TextClean.Benchmarks;

/// <summary>The shapes of input the benchmarks run on. Each one can be generated at any size.</summary>
public enum InputKind
{
    /// <summary>News paragraphs in plain ASCII: straight quotes, hyphens.</summary>
    AsciiNews,

    /// <summary>The seeds' clean paragraphs as they are: curly quotes and dashes, already clean.</summary>
    TypographicNews,

    /// <summary>Typographic news with one paragraph in ten read as Windows-1252 (“ → â€œ).</summary>
    Mojibake10,

    /// <summary>Typographic news read as Windows-1252 throughout.</summary>
    MojibakeAll,

    /// <summary>A naive scrape of article pages, one block per line: 85% of lines are navigation,
    /// share buttons, newsletters, related links, captions and footers.</summary>
    ScrapedPage,

    /// <summary>News sentences that each carry one or two date or time expressions.</summary>
    DateDense,

    /// <summary>Pathological: the whole input is one line (10 MB at the largest size).</summary>
    OneLongLine,

    /// <summary>Pathological: nothing but line feeds (10 million empty lines at the largest size).</summary>
    EmptyLines,

    /// <summary>Pathological: news with its punctuation and every third space as HTML entities (about
    /// 43 per KB: 433,690 at the largest size).</summary>
    EntityDense,
}

/// <summary>
/// Deterministic benchmark inputs built from the seed articles' clean paragraphs (embedded from
/// seeds/*.clean.txt): the same kind and size give the same text on every machine and run. A size is
/// UTF-8 bytes, met to within a few bytes: the last piece is cut to fit and trailing whitespace goes, so
/// that the clean kinds stay clean (whitespace normalization would trim it).
/// </summary>
public static class Corpus
{
    /// <summary>The fixed seed of every generator.</summary>
    public const int Seed = 20231122;

    /// <summary>The sizes the benchmarks run at, in UTF-8 bytes: 1 KB, 100 KB and 10 MB.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [1_000, 100_000, 10_000_000];

    private static readonly Lazy<string[]> SeedParagraphs = new(LoadSeedParagraphs);

    /// <summary>A size as people write it: 1000 is "1KB", 10000000 is "10MB".</summary>
    public static string SizeName(int bytes) =>
        bytes % 1_000_000 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000}MB")
        : bytes % 1_000 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000}KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes}B");

    /// <summary>Bytes in a size name: "1KB", "100KB", "10MB" (decimal units, as MB/s is reported).</summary>
    public static int ParseSize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (digits, unit) = name.EndsWith("MB", StringComparison.OrdinalIgnoreCase) ? (name[..^2], 1_000_000)
            : name.EndsWith("KB", StringComparison.OrdinalIgnoreCase) ? (name[..^2], 1_000)
            : name.EndsWith('B') ? (name[..^1], 1)
            : (name, 1);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= int.MaxValue / unit
            ? n * unit
            : throw new ArgumentException($"'{name}' is not a size such as 1KB, 100KB or 10MB.", nameof(name));
    }

    /// <summary>The input of <paramref name="kind"/> with (nearly) <paramref name="utf8Bytes"/> bytes of UTF-8;
    /// another <paramref name="variant"/> gives another text of the same kind.</summary>
    public static string Generate(InputKind kind, int utf8Bytes, int variant = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(utf8Bytes);
        var random = new Random(unchecked(Seed + ((int)kind * 7919) + (variant * 104729)));
        var output = new SizedBuilder(utf8Bytes);
        switch (kind)
        {
            case InputKind.EmptyLines:
                output.AppendRepeated('\n');
                break;
            case InputKind.OneLongLine:
                while (!output.Full)
                {
                    output.Append(Paragraph(random));
                    output.Append(" ");
                }

                break;
            case InputKind.ScrapedPage:
                while (!output.Full)
                {
                    AppendScrapedPage(output, random);
                }

                break;
            default:
                for (var index = 0; !output.Full; index++)
                {
                    output.Append(Paragraph(kind, random, index));
                    output.Append("\n\n");
                }

                break;
        }

        var text = output.ToString();
        return kind == InputKind.EmptyLines ? text : text.TrimEnd();
    }

    private static string Paragraph(InputKind kind, Random random, int index) => kind switch
    {
        InputKind.AsciiNews => ToAscii(Paragraph(random)),
        InputKind.TypographicNews => Paragraph(random),
        InputKind.Mojibake10 => index % 10 == 1 ? Mojibake.Encode(Paragraph(random)) : Paragraph(random),
        InputKind.MojibakeAll => Mojibake.Encode(Paragraph(random)),
        InputKind.DateDense => DatedParagraph(random),
        InputKind.EntityDense => WithEntities(Paragraph(random), random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Paragraph(Random random)
    {
        var paragraphs = SeedParagraphs.Value;
        return paragraphs[random.Next(paragraphs.Length)];
    }

    private static string ToAscii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '’' or '‘' or 'ʼ' => "'",
                '“' or '”' => "\"",
                '—' or '–' => "-",
                '…' => "...",
                < '\u0080' => c.ToString(),
                _ => "",
            });
        }

        return builder.ToString();
    }

    private static string WithEntities(string text, Random random)
    {
        var builder = new StringBuilder(text.Length * 2);
        var spaces = 0;
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '’' => random.Next(3) switch { 0 => "&rsquo;", 1 => "&#8217;", _ => "&#x2019;" },
                '“' => "&ldquo;",
                '”' => "&rdquo;",
                '—' => "&mdash;",
                '–' => "&ndash;",
                '&' => "&amp;",
                ' ' when ++spaces % 3 == 0 => "&nbsp;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] ShortMonths =
        ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Counts = ["two", "three", "five", "six", "ten", "18"];

    /// <summary>A date or time expression of one of the forms news text uses.</summary>
    private static string DateExpression(Random random)
    {
        var year = 1990 + random.Next(35);
        var month = random.Next(12);
        var day = 1 + random.Next(28);
        var weekday = Weekdays[random.Next(7)];
        var count = Counts[random.Next(Counts.Length)];
        return random.Next(16) switch
        {
            0 => $"on {weekday}, {ShortMonths[month]} {day}",
            1 => $"on {Months[month]} {day}, {year}",
            2 => $"on {day} {Months[month]} {year}",
            3 => string.Create(CultureInfo.InvariantCulture, $"on {year:D4}-{month + 1:D2}-{day:D2}"),
            4 => "last month",
            5 => $"{count} weeks ago",
            6 => $"on {weekday}",
            7 => $"in {year}",
            8 => $"since the {year / 10 * 10}s",
            9 => string.Create(CultureInfo.InvariantCulture, $"at {random.Next(24)}:{random.Next(60):D2} on {weekday}"),
            10 => "earlier this year",
            11 => $"by the end of {Months[month]}",
            12 => $"next {weekday}",
            13 => $"every {weekday}",
            14 => $"for {count} hours",
            _ => $"in the first quarter of {year}",
        };
    }

    /// <summary>Seed sentences, each given a date expression in front and sometimes one behind.</summary>
    private static string DatedParagraph(Random random)
    {
        var builder = new StringBuilder();
        var sentences = 3 + random.Next(3);
        for (var i = 0; i < sentences; i++)
        {
            var sentence = Sentence(random);
            var lead = DateExpression(random);
            builder.Append(char.ToUpperInvariant(lead[0])).Append(lead, 1, lead.Length - 1).Append(", ").Append(sentence);
            if (random.Next(3) == 0 && sentence.EndsWith('.'))
            {
                builder.Length--;
                builder.Append(' ').Append(DateExpression(random)).Append('.');
            }

            builder.Append(i + 1 < sentences ? " " : "");
        }

        return builder.ToString();
    }

    private static string Sentence(Random random)
    {
        var paragraph = Paragraph(random);
        var sentences = paragraph.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        var sentence = sentences[random.Next(sentences.Length)];
        return sentence.EndsWith('.') || sentence.EndsWith('”') ? sentence : sentence + ".";
    }

    private static readonly string[] Navigation =
    [
        "Home", "World", "Politics", "Business", "Markets", "Tech", "Science", "Health", "Sport", "Culture",
        "Opinion", "Video", "Podcasts", "Live", "Sign in", "Subscribe", "Search", "Menu", "Edition: International",
    ];

    private static readonly string[] Furniture =
    [
        "Share on Facebook", "Share on X", "Share on LinkedIn", "Email", "Copy link", "Print", "Advertisement",
        "Skip advertisement", "Listen to this article · 6 min", "Comments (24)", "Read more", "Trending now",
        "Most read", "Related stories", "More from World", "Follow us", "Sign up", "Save article",
        "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
        "Accept all cookies", "Manage preferences",
        "Newsletter: The Morning Briefing. Get the day’s top stories in your inbox every weekday.",
        "Enter your email address", "By signing up you agree to our Terms of Use and Privacy Policy.",
    ];

    private static readonly string[] Footer =
    [
        "About us", "Contact", "Careers", "Advertise with us", "Privacy policy", "Terms of use", "Cookie settings",
        "Accessibility", "Sitemap", "© 2023 Daily Example Media Ltd. All rights reserved.",
        "Daily Example is not responsible for the content of external sites.",
    ];

    /// <summary>One page of a naive scrape: about 85 boilerplate lines for every 15 body lines.</summary>
    private static void AppendScrapedPage(SizedBuilder output, Random random)
    {
        var bodyLines = 4 + random.Next(4);
        var boilerplateLines = (int)Math.Round(bodyLines * 85.0 / 15.0);
        var header = boilerplateLines / 2;
        var inBody = boilerplateLines / 6;
        var footer = boilerplateLines - header - inBody;

        for (var i = 0; i < header - 3; i++)
        {
            output.AppendLine(Navigation[random.Next(Navigation.Length)]);
        }

        output.AppendLine(Headline(random));
        output.AppendLine($"By {Pick(random, ["Anna Kovalenko", "James Whitfield", "Maria Santos", "Staff Reporter"])}");
        output.AppendLine($"{Months[random.Next(12)]} {1 + random.Next(28)}, {2019 + random.Next(5)} · Updated 2 hours ago");
        for (var i = 0; i < bodyLines; i++)
        {
            output.AppendLine(Paragraph(random));
            if (i * inBody / bodyLines != (i + 1) * inBody / bodyLines)
            {
                output.AppendLine(random.Next(2) == 0
                    ? Furniture[random.Next(Furniture.Length)]
                    : $"Read more: {Headline(random)}");
            }
        }

        for (var i = 0; i < footer; i++)
        {
            output.AppendLine(random.Next(3) switch
            {
                0 => Footer[random.Next(Footer.Length)],
                1 => Furniture[random.Next(Furniture.Length)],
                _ => Headline(random),
            });
        }
    }

    /// <summary>A headline-like line: the first words of a seed sentence.</summary>
    private static string Headline(Random random)
    {
        var words = Sentence(random).Split(' ');
        return string.Join(' ', words, 0, Math.Min(words.Length, 5 + random.Next(6))).TrimEnd('.', ',');
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    private static string[] LoadSeedParagraphs()
    {
        var assembly = typeof(Corpus).Assembly;
        var paragraphs = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
            paragraphs.AddRange(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return paragraphs.Count > 0
            ? [.. paragraphs]
            : throw new InvalidOperationException("No seed paragraphs are embedded: the project embeds seeds/*.clean.txt.");
    }

    /// <summary>A string builder that stops at an exact number of UTF-8 bytes.</summary>
    private sealed class SizedBuilder(int utf8Bytes)
    {
        private readonly StringBuilder _builder = new(utf8Bytes);
        private int _bytes;

        public bool Full => _bytes >= utf8Bytes;

        public void AppendLine(string text)
        {
            Append(text);
            Append("\n");
        }

        public void Append(string text)
        {
            var bytes = Encoding.UTF8.GetByteCount(text);
            if (_bytes + bytes <= utf8Bytes)
            {
                _builder.Append(text);
                _bytes += bytes;
                return;
            }

            // The last piece: as many whole characters as fit, and then the builder is full.
            foreach (var rune in text.EnumerateRunes())
            {
                if (_bytes + rune.Utf8SequenceLength > utf8Bytes)
                {
                    break;
                }

                _builder.Append(rune.ToString());
                _bytes += rune.Utf8SequenceLength;
            }

            _bytes = utf8Bytes;
        }

        public void AppendRepeated(char asciiChar)
        {
            _builder.Append(asciiChar, utf8Bytes - _bytes);
            _bytes = utf8Bytes;
        }

        public override string ToString() => _builder.ToString();
    }
}
