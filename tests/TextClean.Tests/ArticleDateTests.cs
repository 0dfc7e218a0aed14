namespace TextClean.Tests;

public class ArticleDateTests
{
    [Theory]
    [InlineData("2023-09-12", "2023-09-12")]
    [InlineData("2023-10-06T19:27", "2023-10-06T19:27")]
    [InlineData("2023-10-06T19:27:05", "2023-10-06T19:27:05")]
    [InlineData("2023-10-06 19:27", "2023-10-06T19:27")]
    public void Round_trips_at_the_precision_stated(string input, string iso)
    {
        Assert.True(ArticleDate.TryParse(input, out var date));
        Assert.Equal(iso, date.ToString());
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("12/09/2023")]
    [InlineData("2023-09-12T25:00")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_what_is_not_an_iso_date(string? input) => Assert.False(ArticleDate.TryParse(input, out _));
}
