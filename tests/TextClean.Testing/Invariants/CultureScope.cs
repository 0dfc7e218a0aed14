using System.Globalization;

namespace TextClean.Testing.Invariants;

/// <summary>Runs code under a culture on the current thread and restores the previous one.</summary>
public static class CultureScope
{
    /// <summary>Turkish dotted/dotless i, Thai Buddhist calendar, Saudi Umm al-Qura calendar and Arabic
    /// digits, and the invariant culture: the usual ways culture-sensitive code goes wrong.</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } =
        [CultureInfo.InvariantCulture, new CultureInfo("tr-TR"), new CultureInfo("th-TH"), new CultureInfo("ar-SA")];

    public static T Run<T>(CultureInfo culture, Func<T> work)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return work();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
