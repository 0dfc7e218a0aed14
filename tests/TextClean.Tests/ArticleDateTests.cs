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
    public void Round_trips_at_the_precision_stated(string input, string iso)
    {
        Assert.True(ArticleDate.TryParse(input, out var date));
        Assert.Equal(iso, date.ToString());
    }

    [Theory]
    [InlineData("2023-02-30")]
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
