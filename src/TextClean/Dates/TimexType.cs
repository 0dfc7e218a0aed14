namespace TextClean.Dates;

/// <summary>The four TIMEX3 types (TimeML).</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: <c>2023-09-15</c>, <c>2023-W37</c>, <c>2023-Q3</c>, <c>PAST_REF</c>.</summary>
    Date,

    /// <summary>A time of day, possibly with its date: <c>2023-10-06T19:27</c>, <c>2023-10-06TNI</c>.</summary>
    Time,

    /// <summary>A length of time: <c>P12Y</c>, <c>PT5H</c>, <c>PXY</c> ("several years").</summary>
    Duration,

    /// <summary>A recurrence: <c>P1W</c> ("every week"), <c>XXXX-WXX-1</c> ("every Monday").</summary>
    Set,
}

/// <summary>TIMEX3 type names as TimeML spells them.</summary>
public static class TimexTypeNames
{
    /// <summary>The name TimeML gives <paramref name="type"/>: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined <see cref="TimexType"/>.</exception>
    public static string ToTimexName(this TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
