using System.Collections;
using System.Globalization;
using System.Reflection;

namespace TextClean.Testing.Invariants;

/// <summary>A date mention as the invariants see it: UTF-16 offsets and the text they claim to cover.</summary>
public readonly record struct DateSpan(int Start, int End, string Text, string Source);

/// <summary>
/// The parts of the API that arrive on other branches, read by their agreed names so that these tests
/// compile before the API exists and check it the moment it does, with no edit:
/// <c>CleanResult.Title</c>, <c>.Authors</c>, <c>.Published</c> (the block stage), <c>CleanResult.Dates</c>
/// and <c>TextClean.Dates.DateExtractor.Default.Extract(string, ArticleDate?)</c> (the date extractor).
/// <see cref="Describe"/> says what was found; a test fails if a member exists but cannot be bound, so an
/// API that changed shape is never skipped silently. Once all of it has landed, these lookups can become
/// direct calls (a few lines here).
/// </summary>
public static class CleanSurface
{
    private static readonly PropertyInfo? Title = typeof(CleanResult).GetProperty("Title");
    private static readonly PropertyInfo? Authors = typeof(CleanResult).GetProperty("Authors");
    private static readonly PropertyInfo? Published = typeof(CleanResult).GetProperty("Published");
    private static readonly PropertyInfo? Dates = typeof(CleanResult).GetProperty("Dates");

    private static readonly Type? ExtractorType = typeof(CleanResult).Assembly.GetType("TextClean.Dates.DateExtractor");
    private static readonly object? Extractor = ExtractorType?.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
    private static readonly MethodInfo? Extract = ExtractorType?.GetMethod("Extract", [typeof(string), typeof(ArticleDate?)]);

    /// <summary>Whether metadata or dates exist in this build at all.</summary>
    public static bool HasMetadata => Title is not null || Authors is not null || Published is not null;

    public static bool HasCleanDates => Dates is not null;

    public static bool HasDateExtractor => Extractor is not null && Extract is not null;

    /// <summary>Problems binding members that do exist: each one means the API's shape moved.</summary>
    public static IReadOnlyList<string> BindingProblems()
    {
        var problems = new List<string>();
        if (ExtractorType is not null && !HasDateExtractor)
        {
            problems.Add("TextClean.Dates.DateExtractor exists but has no static Default with Extract(string, ArticleDate?)");
        }

        if (Dates is not null && !typeof(IEnumerable).IsAssignableFrom(Dates.PropertyType))
        {
            problems.Add($"CleanResult.Dates is {Dates.PropertyType}, not a list");
        }

        if (Authors is not null && Authors.PropertyType != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(Authors.PropertyType))
        {
            problems.Add($"CleanResult.Authors is {Authors.PropertyType}, not a list");
        }

        return problems;
    }

    public static string Describe() =>
        $"metadata: {(HasMetadata ? "title/authors/published" : "not in this build")}; " +
        $"CleanResult.Dates: {(HasCleanDates ? "yes" : "not in this build")}; " +
        $"DateExtractor: {(HasDateExtractor ? "yes" : "not in this build")}";

    /// <summary>Title, authors and published date as one line, invariantly formatted.</summary>
    public static string Metadata(CleanResult result) =>
        $"title={Show(Title?.GetValue(result))} authors={Show(Authors?.GetValue(result))} published={Show(Published?.GetValue(result))}";

    /// <summary>The dates <see cref="TextCleaner.Clean(string, bool)"/> reported (offsets into its Text).</summary>
    public static IReadOnlyList<DateSpan> CleanDates(CleanResult result) =>
        Dates?.GetValue(result) is IEnumerable mentions ? Spans(mentions, "CleanResult.Dates") : [];

    /// <summary>The extractor's mentions in <paramref name="text"/>; empty when the extractor does not exist yet.</summary>
    public static IReadOnlyList<DateSpan> ExtractDates(string text, ArticleDate? reference)
    {
        if (!HasDateExtractor)
        {
            return [];
        }

        try
        {
            return Extract!.Invoke(Extractor, [text, reference]) is IEnumerable mentions ? Spans(mentions, "DateExtractor.Extract") : [];
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private static DateSpan[] Spans(IEnumerable mentions, string source)
    {
        var spans = new List<DateSpan>();
        foreach (var mention in mentions)
        {
            var type = mention!.GetType();
            var start = (int)type.GetProperty("Start")!.GetValue(mention)!;
            var end = type.GetProperty("End")?.GetValue(mention) is int e ? e : start + (int)type.GetProperty("Length")!.GetValue(mention)!;
            var text = (string)type.GetProperty("Text")!.GetValue(mention)!;
            spans.Add(new DateSpan(start, end, text, source));
        }

        return [.. spans];
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + Escaping.Escape(s) + "\"",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Show)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
