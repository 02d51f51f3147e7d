using LocalMesh.Specialists.Skills;

namespace LocalMesh.Specialists.Tests.Skills;

public sealed class SmartHomeAndClockTests
{
    [Theory]
    [InlineData("lights off in the kitchen", "turn off", "lights", "kitchen", null)]
    [InlineData("put the garage lights on", "turn on", "lights", "garage", null)]
    [InlineData("set the thermostat to 21", "set", "thermostat", null, 21.0)]
    [InlineData("dim the bedroom lights to 30%", "set", "lights", "bedroom", 30.0)]
    [InlineData("lock the front door", "lock", "door", null, null)]
    [InlineData("turn the ac off", "turn off", "air conditioning", null, null)]
    public void Commands_AreParsed(string text, string action, string device, string? room, double? value)
    {
        var command = SmartHomeSkill.Parse(text);
        Assert.NotNull(command);
        Assert.Equal((action, device, room, value), (command.Action, command.Device, command.Room, command.Value));
    }

    [Theory]
    [InlineData("who is at the door")]
    [InlineData("what temp is the ac at")]
    [InlineData("do the thing")]
    public void QuestionsAndUnknownDevices_AreNotCommands(string text) => Assert.Null(SmartHomeSkill.Parse(text));

    [Theory]
    [InlineData("time", "what time is it in tokyo", "It is 6:00 PM in Tokyo (Asia/Tokyo).")]
    [InlineData("time", "what's the time right now", "It is 10:00 AM (Europe/Paris).")]
    [InlineData("date", "what will the date be in 64 days", "In 64 days it will be Tuesday, 26 January 2027.")]
    [InlineData("date", "please give me today's date", "Today is Monday, 23 November 2026.")]
    public async Task Clock_Answers(string intent, string text, string expected) =>
        Assert.Equal(expected, await SkillTestContext.AskAsync(new ClockSkill(), intent, text));

    [Fact]
    public async Task Clock_TimeZoneOfAPlace()
    {
        var answer = await SkillTestContext.AskAsync(new ClockSkill(), "timezone", "what timezone is chicago in");
        Assert.StartsWith("Chicago is America/Chicago (", answer); // the zone's display name depends on the platform's ICU data
        Assert.EndsWith("), UTC-06:00.", answer);
    }

    [Fact]
    public async Task Clock_UnknownPlace_Declines() =>
        Assert.Null(await SkillTestContext.AskAsync(new ClockSkill(), "time", "what time is it in atlantis"));
}
