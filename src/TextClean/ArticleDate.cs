using System.Globalization;

namespace TextClean;

/// <summary>
/// A date with an optional time of day, as an article states it ("October 6, 2023 7:27 PM" or
/// "2023-09-12"). <see cref="ToString"/> gives ISO 8601 at the precision that was stated:
/// <c>2023-10-06T19:27</c> or <c>2023-09-12</c>.
/// </summary>
public readonly record struct ArticleDate(DateOnly Date, TimeOnly? Time = null)
{
    /// <summary>The moment, for resolving relative dates; midnight when no time was stated.</summary>
    public DateTime ToDateTime() => Date.ToDateTime(Time ?? TimeOnly.MinValue);

    public static ArticleDate FromDateTime(DateTime value, bool hasTime) =>
        new(DateOnly.FromDateTime(value), hasTime ? TimeOnly.FromDateTime(value) : null);

    /// <summary>Reads <c>YYYY-MM-DD</c>, <c>YYYY-MM-DDTHH:MM</c> or <c>YYYY-MM-DDTHH:MM:SS</c>.</summary>
    public static bool TryParse(string? value, out ArticleDate date)
    {
        date = default;
        if (value is null)
        {
            return false;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new ArticleDate(day);
            return true;
        }

        string[] withTime = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(value, withTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            date = FromDateTime(moment, hasTime: true);
            return true;
        }

        return false;
    }

    public override string ToString() =>
        Time is { } time
            ? Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" +
              time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture)
            : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
