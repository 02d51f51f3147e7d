using LocalMesh.Specialists.Skills;

namespace LocalMesh.Specialists.Tests.Skills;

public sealed class CalculatorSkillTests
{
    [Theory]
    [InlineData("what's 15% of 80", "12")]
    [InlineData("can you tell me what 30% off 279 is", "195.3")]
    [InlineData("what is 12 times 7 plus 3", "87")]
    [InlineData("what do you get if you divide 3 by 2", "1.5")]
    [InlineData("please add 456 and 781 for me", "1,237")]
    [InlineData("what is the square root of 16", "4")]
    [InlineData("what is 2 to the power of 10", "1,024")]
    [InlineData("(2 + 3) * 4", "20")]
    [InlineData("what's twenty five times four", "100")]
    [InlineData("subtract 7 from 10", "3")]
    [InlineData("what is 1,000 minus 1", "999")]
    [InlineData("what is 5 squared", "25")]
    [InlineData("-3 + 5", "2")]
    [InlineData("what is 2 to the power of 60", "1.152922E+18")]
    public async Task Arithmetic_IsRight(string text, string expected)
    {
        var answer = await SkillTestContext.AskAsync(new CalculatorSkill(), "calculator", text);
        Assert.NotNull(answer);
        Assert.EndsWith("= " + expected, answer);
    }

    [Theory]
    [InlineData("what's 15% of 80", "15% of 80 = 12")]
    [InlineData("30% off 279", "30% off 279 = 195.3")]
    [InlineData("square root of 16", "√16 = 4")]
    [InlineData("5 squared", "5² = 25")]
    [InlineData("divide 3 by 2", "3 ÷ 2 = 1.5")]
    [InlineData("what is 12 times 7 plus 3", "12 × 7 + 3 = 87")]
    public async Task Answers_ShowTheExpressionAsWritten(string text, string expected) =>
        Assert.Equal(expected, await SkillTestContext.AskAsync(new CalculatorSkill(), "calculator", text));

    [Fact]
    public async Task DivisionByZero_IsExplained() =>
        Assert.Contains("division by zero", await SkillTestContext.AskAsync(new CalculatorSkill(), "calculator", "what is 5 divided by 0"));

    [Theory]
    [InlineData("can you do some math for me")]
    [InlineData("what is 7")]
    [InlineData("")]
    public async Task NoExpression_Declines(string text) =>
        Assert.Null(await SkillTestContext.AskAsync(new CalculatorSkill(), "calculator", text));
}
