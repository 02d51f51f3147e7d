using LocalMesh.Caching;

namespace LocalMesh.Core.Tests.Caching;

public sealed class QuestionGuardTests
{
    [Theory]
    [InlineData("what is my checking balance", "what is my savings balance")]
    [InlineData("weather in Paris", "weather in London")]
    [InlineData("what's the weather in paris", "what's the weather in london")] // lower case: the same template with a word swapped
    [InlineData("set alarm for 7", "set alarm for 8")]
    [InlineData("set an alarm for seven", "set an alarm for 8")]
    [InlineData("How much is 15% of 80?", "How much is 20% of 80?")]
    [InlineData("How do I enable two-factor authentication?", "How do I disable two-factor authentication?")]
    [InlineData("turn on dark mode", "turn off dark mode")]
    [InlineData("Can I take ibuprofen with alcohol?", "Can I take ibuprofen without alcohol?")]
    [InlineData("Is it safe to run the update?", "Isn't it safe to run the update?")]
    [InlineData("Convert 10 miles to kilometers", "Convert 10 kilometers to miles")]
    [InlineData("How do I get from Boston to New York by train?", "How do I get from New York to Boston by train?")]
    [InlineData("What does HTTP 404 mean?", "What does HTTP 403 mean?")]
    public void NearMisses_Conflict(string cached, string asked)
    {
        Assert.NotNull(QuestionGuard.Conflict(cached, asked));
        Assert.NotNull(QuestionGuard.Conflict(asked, cached));
    }

    [Theory]
    [InlineData("What is my checking account balance?", "How much money is in my checking account?")]
    [InlineData("what's the weather like in Paris today", "how is the weather in Paris today")]
    [InlineData("How do I reset my password?", "how can I reset my password")]
    [InlineData("Who wrote Pride and Prejudice?", "who is the author of Pride and Prejudice")]
    [InlineData("How do I cancel my Netflix subscription?", "how can I cancel my subscription to Netflix")]
    [InlineData("Convert 10 miles to kilometers", "how many kilometers is 10 miles")]
    [InlineData("How much is 15% of 80?", "what is 15 percent of 80")]
    [InlineData("Paris weather today?", "what's the weather in Paris today")] // a name at the start of a sentence is still found in the other
    [InlineData("Set an alarm for 7 am", "set an alarm for seven am")]
    public void Rewordings_DoNotConflict(string cached, string asked) => Assert.Null(QuestionGuard.Conflict(cached, asked));

    [Fact]
    public void Conflict_SaysWhatDiffers()
    {
        Assert.Equal("names or numbers differ ('paris')", QuestionGuard.Conflict("weather in Paris", "weather in London"));
        Assert.Equal("'checking' / 'saving'", QuestionGuard.Conflict("what is my checking balance", "what is my savings balance"));
    }

    [Fact]
    public void VeryLongQuestions_AreNotCompared()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", QuestionGuard.MaxWords + 1));
        Assert.Equal("too long to compare", QuestionGuard.Conflict(text, text));
    }

    [Fact]
    public void Words_SplitContractionsNumbersAndNames()
    {
        var words = QuestionWords.Split("Don't book 2 tables at the Ritz for seven, it's 15%");
        Assert.Equal(["do", "not", "book", "2", "table", "at", "the", "ritz", "for", "7", "it", "15", "percent"], words.Select(w => w.Form));
        Assert.Equal(["2", "ritz", "7", "15"], words.Where(w => w.Specific).Select(w => w.Form));
        Assert.DoesNotContain(words, w => w.Form == "do" && w.Content);
        Assert.Contains(words, w => w.Form == "not" && w.Content);
    }
}
