using LocalMesh.Specialists.Skills.Slots;

namespace LocalMesh.Specialists.Tests.Skills;

public sealed class TimeExpressionsTests
{
    // Monday 23 November 2026, 10:00 in UTC+1.
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("set a timer for 10 minutes", 600)]
    [InlineData("timer for 1 hour and 15 minutes", 4500)]
    [InlineData("90 seconds", 90)]
    [InlineData("count down from two minutes", 120)]
    [InlineData("half an hour", 1800)]
    [InlineData("1.5 hours", 5400)]
    [InlineData("twenty five mins", 1500)]
    [InlineData("i'm cooking an egg, timer for 3 mins", 180)]
    public void Duration_IsParsed(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), TimeExpressions.ParseDuration(text));

    [Theory]
    [InlineData("please set a timer for me")]
    [InlineData("")]
    public void Duration_Missing_IsNull(string text) => Assert.Null(TimeExpressions.ParseDuration(text));

    [Theory]
    [InlineData("remind me in 90 minutes", "2026-11-23 11:30")]
    [InlineData("in an hour", "2026-11-23 11:00")]
    [InlineData("wake me at 6:30 am tomorrow", "2026-11-24 06:30")]
    [InlineData("alarm for 19:45", "2026-11-23 19:45")]
    [InlineData("at 3pm", "2026-11-23 15:00")]
    [InlineData("at 12 am", "2026-11-24 00:00")]
    [InlineData("at noon", "2026-11-23 12:00")]
    [InlineData("at midnight", "2026-11-24 00:00")]
    [InlineData("tomorrow at 7", "2026-11-24 07:00")]
    [InlineData("tonight at 9", "2026-11-23 21:00")]
    [InlineData("at 8 in the evening", "2026-11-23 20:00")]
    [InlineData("on friday at 8am", "2026-11-27 08:00")]
    [InlineData("wake me at seven thirty tomorrow", "2026-11-24 07:30")]
    [InlineData("at six oh five pm", "2026-11-23 18:05")]
    [InlineData("set a reminder for 5 in the afternoon", "2026-11-23 17:00")]
    public void When_IsParsed(string text, string expected)
    {
        var found = TimeExpressions.TryParseWhen(text, Morning, out var time, out var error);
        Assert.True(found, error);
        Assert.Equal(expected, time!.At.ToString("yyyy-MM-dd HH:mm"));
        Assert.Equal(Morning.Offset, time.At.Offset);
    }

    [Fact]
    public void AmbiguousHour_IsTheNextOneAndSaysSo()
    {
        // At 10:00, "7" means 7 pm today; at 20:00 it means 7 am tomorrow.
        Assert.True(TimeExpressions.TryParseWhen("set an alarm for 7", Morning, out var evening, out _));
        Assert.Equal(new DateTime(2026, 11, 23, 19, 0, 0), evening!.At.DateTime);
        Assert.Contains("am or pm", evening.Note);

        Assert.True(TimeExpressions.TryParseWhen("set an alarm for 7", Morning.AddHours(10), out var morning, out _));
        Assert.Equal(new DateTime(2026, 11, 24, 7, 0, 0), morning!.At.DateTime);
    }

    [Fact]
    public void PastClockTime_MovesToTomorrow_UnlessTodayWasSaid()
    {
        Assert.True(TimeExpressions.TryParseWhen("wake me at 6am", Morning, out var tomorrow, out _));
        Assert.Equal(new DateTime(2026, 11, 24, 6, 0, 0), tomorrow!.At.DateTime);

        Assert.False(TimeExpressions.TryParseWhen("remind me at 6am today", Morning, out _, out var error));
        Assert.Contains("already passed", error);
    }

    [Theory]
    [InlineData("set an alarm for 7:75", "not a time")]
    [InlineData("alarm at 25:00", "not a time")]
    [InlineData("at 13pm", "not a time")]
    [InlineData("remind me yesterday at 5", "past")]
    public void ImpossibleOrPastTimes_AreErrors(string text, string message)
    {
        Assert.False(TimeExpressions.TryParseWhen(text, Morning, out _, out var error));
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("twenty five minutes", "25 minutes")]
    [InlineData("one hundred and five", "105")]
    [InlineData("two thousand three hundred", "2300")]
    [InlineData("an hour and a half", "1 hour and a half")]
    [InlineData("half an hour", "0.5 hour")]
    [InlineData("add milk and eggs", "add milk and eggs")]
    public void NumberWords_BecomeDigits(string text, string expected) => Assert.Equal(expected, Numbers.Normalize(text));
}
