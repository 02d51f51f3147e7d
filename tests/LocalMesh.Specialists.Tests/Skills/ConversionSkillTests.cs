using LocalMesh.Specialists.Skills;

namespace LocalMesh.Specialists.Tests.Skills;

public sealed class ConversionSkillTests
{
    [Theory]
    [InlineData("convert 10 kg to pounds", "10 kilograms = 22.0462 pounds")]
    [InlineData("how much is 10kg in pounds", "10 kilograms = 22.0462 pounds")]
    [InlineData("what is 100 f in celsius", "100 °F = 37.7778 °C")]
    [InlineData("what's 20 degrees celsius in fahrenheit", "20 °C = 68 °F")]
    [InlineData("how many ounces are in a cup", "1 cups = 8 fluid ounces")]
    [InlineData("how many feet in a mile", "1 miles = 5,280 feet")]
    [InlineData("5 miles to km", "5 miles = 8.0467 kilometers")]
    [InlineData("tell me how to convert grams into ounces", "1 grams = 0.0353 ounces")]
    [InlineData("how many teaspoons in a tablespoon", "1 tablespoons = 3 teaspoons")]
    [InlineData("convert 1e3 g to kg", "1,000 grams = 1 kilograms")]
    [InlineData("convert 1e308 km to mm", "1E+308 kilometers in millimeters is too large a number for me.")]
    public async Task Conversions_AreRight(string text, string expected) =>
        Assert.Equal(expected, await SkillTestContext.AskAsync(new ConversionSkill(), "measurement_conversion", text));

    [Fact]
    public async Task UnknownUnit_IsNamed() =>
        Assert.Contains("do not know the unit \"furlongs\"", await SkillTestContext.AskAsync(new ConversionSkill(), "measurement_conversion", "convert 3 furlongs to meters"));

    [Fact]
    public async Task DifferentKinds_DoNotConvert() =>
        Assert.Contains("do not convert", await SkillTestContext.AskAsync(new ConversionSkill(), "measurement_conversion", "convert 3 kg to miles"));

    [Fact]
    public async Task MissingUnits_AskForThem() =>
        Assert.Contains("amount and both units", await SkillTestContext.AskAsync(new ConversionSkill(), "measurement_conversion", "i need a unit conversion"));
}
