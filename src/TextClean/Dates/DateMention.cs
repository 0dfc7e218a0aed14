namespace TextClean.Dates;

/// <summary>
/// One temporal expression found in a text: where it is (UTF-16 offsets), what kind it is and its
/// TIMEX3 value. Values resolved against a reference are concrete (<c>2023-09-15</c>); without one
/// they keep TIMEX3's placeholders (<c>XXXX-08-30</c>).
/// </summary>
public sealed record DateMention(int Start, int Length, string Text, TimexType Type, string Value)
{
    /// <summary>The offset just past the mention.</summary>
    public int End => Start + Length;

    /// <summary>The days the value covers, when it is a calendar date or period with a known year:
    /// <c>2023-09</c> gives 2023-09-01 to 2023-10-01 (exclusive), <c>2023-W37</c> its Monday to the next
    /// Monday, <c>199</c> the 1990s. False for durations, sets, <c>PAST_REF</c> and <c>XXXX</c> values.</summary>
    public bool TryGetRange(out DateOnly start, out DateOnly endExclusive)
    {
        if (Type is TimexType.Date or TimexType.Time)
        {
            return TimexValues.TryGetRange(Value, out start, out endExclusive);
        }

        start = endExclusive = default;
        return false;
    }

    /// <summary>The moment a TIME value names, when it states a clock time on a known day
    /// (<c>2023-10-06T19:27</c>).</summary>
    public bool TryGetDateTime(out DateTime moment) => TimexValues.TryGetDateTime(Value, out moment);

    /// <summary>Offset, length, type, value and text, for logs and test output: <c>12+8 DATE 2023-09-15 "Sept. 15"</c>.</summary>
    public override string ToString() => $"{Start}+{Length} {Type.ToTimexName()} {Value} \"{Text}\"";
}
