namespace TextClean.Tests;

public class ArticleDateTests
{
    [Theory]
    [InlineData("2023-09-12", "2023-09-12")]
    [InlineData("2023-10-06T19:27", "2023-10-06T19:27")]
    [InlineData("2023-10-06T19:27:05", "2023-10-06T19:27:05")]
    [InlineData("2023-10-06 19:27", "2023-10-06T19:27")]
    [InlineData("2023-10-06T19:27:05Z", "2023-10-06T19:27:05")] // a corpus's timestamp: the zone is dropped, the date as written stays
    [InlineData("2023-10-06T23:30:00-05:00", "2023-10-06T23:30")]
    [InlineData("2023-10-06T19:27:05.123+0200", "2023-10-06T19:27:05")]
    [InlineData("2023-10-06 23:30:00 +0530", "2023-10-06T23:30")] // git log --date=iso
    [InlineData("2023-10-06 19:27 -05", "2023-10-06T19:27")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("0001-01-01T00:00", "0001-01-01T00:00")]
    [InlineData("9999-12-31T23:59:59", "9999-12-31T23:59:59")]
    public void Round_trips_at_the_precision_stated(string input, string iso)
    {
        Assert.True(ArticleDate.TryParse(input, out var date));
        Assert.Equal(iso, date.ToString());
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-02-29")] // not a leap year
    [InlineData("0000-01-01")]
    [InlineData("2023-13-01")]
    [InlineData("2023-00-10")]
    [InlineData("2023-9-12")]
    [InlineData(" 2023-09-12")]
    [InlineData("2023-09-12 ")]
    [InlineData("２０２３-09-12")] // full-width digits
    [InlineData("2023/09/12")]
    [InlineData("2023-09-12T24:00")]
    [InlineData("2023-09-12T08:60")]
    [InlineData("2023-09-12T08:15:60")]
    [InlineData("2023-09-12T08.15")]
    [InlineData("2023-09-12X08:15")]
    [InlineData("2023-09-12T8:15")]
    [InlineData("12/09/2023")]
    [InlineData("2023-09-12T25:00")]
    [InlineData("2023-09-12Z")]
    [InlineData("2023-09-12T08:15+24:00")]
    [InlineData("2023-09-12T08:15  +05:00")]
    [InlineData("2023-09-12T08:15 Z")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_what_is_not_an_iso_date(string? input) => Assert.False(ArticleDate.TryParse(input, out _));
}
