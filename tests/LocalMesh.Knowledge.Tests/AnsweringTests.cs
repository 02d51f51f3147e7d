using LocalMesh.Knowledge.Answering;
using LocalMesh.Evaluation.Knowledge;
using LocalMesh.Knowledge.Index;
using LocalMesh.Routing;
using LocalMesh.Testing;

namespace LocalMesh.Knowledge.Tests;

public sealed class AnsweringTests
{
    private static string NewDir() => LocalMesh.Testing.TempDirectories.Create("localmesh-kb-");

    [Theory]
    [InlineData("kb", true, "")]
    [InlineData("KB/hr", true, "hr")]
    [InlineData("kb/hr, plant,hr", true, "hr|plant")]
    [InlineData("kb/", true, "")]
    [InlineData("kbx", false, "")]
    [InlineData("llama3.2", false, "")]
    [InlineData(null, false, "")]
    public void KnowledgeModelNames_AreParsed(string? model, bool isKnowledge, string collections)
    {
        Assert.Equal(isKnowledge, KnowledgeModels.TryParse(model, out var parsed));
        Assert.Equal(collections, string.Join('|', parsed));
    }

    [Fact]
    public void Sentences_SplitProseListsAndLines_ButNotAbbreviations()
    {
        var text = "Prime the pump, e.g. with water. Never run it dry! Is it primed? Check.\n- Call Ana at 4411\n2. Open valve B\n";
        Assert.Equal(["Prime the pump, e.g. with water.", "Never run it dry!", "Is it primed?", "Check.", "Call Ana at 4411", "Open valve B"], ExtractiveAnswer.Sentences(text));
    }

    [Fact]
    public void ExtractiveAnswer_PicksTheSentencesThatAnswer_AndMarksEachWithItsPassage()
    {
        GroundingPassage P(int n, string text) => new(n, "hr", "hr", "leave.md", "Leave", n, n, 0.1, text);
        var grounding = new Grounding(["hr"], [
            P(1, "Parental leave is sixteen weeks at full pay. The office closes at six."),
            P(2, "Sick leave needs a doctor's note after three days. Parental leave can start two weeks before the birth."),
        ]);

        var answer = ExtractiveAnswer.Compose("How long is parental leave, and when can it start?", grounding, maxSentences: 3);

        // Best first: the sentence holding more of the question ("start") leads.
        Assert.Equal("Parental leave can start two weeks before the birth. [2] Parental leave is sixteen weeks at full pay. [1]", answer);
        Assert.Equal(grounding.Passages, grounding.CitedIn(answer));
        Assert.Equal([grounding.Passages[0]], grounding.CitedIn("Sixteen weeks [1]."));
        Assert.Equal("Sources:\n[1] hr: leave.md › Leave (line 1)", grounding.SourcesText([grounding.Passages[0]]));
    }

    [Theory]
    [InlineData("It keeps at most 500 entries.", true)]
    [InlineData("This limit can be raised.", true)]
    [InlineData("Items are kept for an hour.", false)] // "It" must end a word: "Items" does not lean back
    [InlineData("Thisbe keeps the cache.", false)]
    public void ExtractiveAnswer_BringsTheSentenceBefore_OneThatLeansBackOnIt(string second, bool bringsFirst)
    {
        // The second sentence is the closest to the question; one starting "It…"/"This…" means little alone, so the
        // sentence before it comes too (the leaning-start regex once ended in a literal backspace instead of \b and never matched).
        const string First = "The answer cache is flushed every night.";
        var text = First + " " + second;
        var hit = new SearchHit(1, "ops", "cache.md", "Cache", 1, 1, text, 1);
        var scored = new ScoredPassage(hit, 0.7, [new ScoredSentence(0, 0, First.Length, First, 0.2), new ScoredSentence(1, First.Length + 1, second.Length, second, 0.9)]);
        var passage = new GroundingPassage(1, "ops", "general", "cache.md", "Cache", 1, 1, 1, text);

        var answer = ExtractiveAnswer.Compose("How many entries does the cache keep?", [passage], [scored], maxSentences: 1);

        Assert.Equal(bringsFirst ? $"{First} {second} [1]" : $"{second} [1]", answer);
    }

    [Fact]
    public void ExtractiveAnswer_TheBestSentenceBringsTheNextOne_AndOneThatLeadsOnBringsWhatFinishesIt()
    {
        // A man page's diagnostics: the sentence closest to the question names the case, the next says what to do, and that
        // one ends in "using" before the command. The FAQ-style question after it is never brought.
        string[] texts = ["The compressed file has been damaged.", "The data up to the point of failure can be recovered using", "zcat file > recover", "Is the file renamed?", "Rename the file and try again."];
        double[] similarities = [0.9, 0.3, 0.1, 0.2, 0.2];
        var text = string.Join('\n', texts);
        var sentences = texts.Select((t, i) => new ScoredSentence(i, text.IndexOf(t, StringComparison.Ordinal), t.Length, t, similarities[i], !SemanticEvidence.IsQuestion(t) && !SemanticEvidence.IsFragment(t))).ToList();
        var hit = new SearchHit(1, "docs", "gzip.1", "DIAGNOSTICS", 1, 5, text, 1);
        var passage = new GroundingPassage(1, "docs", "general", "gzip.1", "DIAGNOSTICS", 1, 5, 1, text);

        var answer = ExtractiveAnswer.Compose("How do I get data back from a corrupt .gz file?", [passage], [new ScoredPassage(hit, 0.7, sentences)], maxSentences: 1);

        Assert.Equal("The compressed file has been damaged. The data up to the point of failure can be recovered using zcat file > recover [1]", answer);
    }

    [Fact]
    public void Evidence_IsTheProbabilityThatThePassageAnswers_FromMeaningWordsAndNames()
    {
        SearchHit Hit(string text) => new(1, "docs", "gzip.1", "OPTIONS", 1, 1, text, 1);
        ScoredPassage Scored(string text, double sentence, double passage) => new(Hit(text), (sentence + passage) / 2, [], sentence, passage);
        const string Question = "What is the default compression level of gzip?";

        // The best-scoring passage gives the features; coverage is the share of the question's words it holds.
        var features = SemanticEvidence.Features(Question, [Scored("Unrelated text about shells.", 0.2, 0.1), Scored("The default compression level of gzip is -6.", 0.8, 0.6)], unknownName: false);
        Assert.Equal((0.8, 0.6, false, 1.0), (features.BestSentence, features.PassageCosine, features.UnknownName, features.Coverage));
        Assert.True(SemanticEvidence.Probability(features) > KnowledgeOptions.DefaultMinEvidence);

        // Close in meaning but about other particulars ("an archiver such as tar" for "split a tar archive"), or naming
        // something no document mentions, or far in meaning: each is less likely to be answered.
        var fewWords = features with { Coverage = 0.2 };
        var unknownName = features with { UnknownName = true };
        var far = features with { BestSentence = 0.2, PassageCosine = 0.1 };
        Assert.All(new[] { fewWords, unknownName, far }, f => Assert.True(SemanticEvidence.Probability(f) < SemanticEvidence.Probability(features)));
        // Fairly close in meaning: answered when the passage holds the question's words, refused when it holds none.
        var fair = features with { BestSentence = 0.4, PassageCosine = 0.25 };
        Assert.True(SemanticEvidence.Probability(fair) > KnowledgeOptions.DefaultMinEvidence);
        Assert.True(SemanticEvidence.Probability(fair with { Coverage = 0 }) < KnowledgeOptions.DefaultMinEvidence);
        Assert.True(SemanticEvidence.Probability(far with { Coverage = 0.3 }) < KnowledgeOptions.DefaultMinEvidence);
        Assert.Equal(0, SemanticEvidence.Features(Question, [], unknownName: true).Coverage);
    }

    [Theory]
    [InlineData("How long is parental leave?", "It lasts 16 weeks.", true)]
    [InlineData("Who approves changes to the Falcon press?", "Greta Lund approves them.", true)]
    [InlineData("Who approves changes to the Falcon Press?", "The Falcon Press is blue.", false)]
    [InlineData("Where is the boiler?", "It stands in building D.", true)]
    [InlineData("Why is the boiler loud?", "It is 40 years old.", false)]
    public void AnswerKinds_FollowTheQuestionWord(string question, string sentence, bool fits) =>
        Assert.Equal(fits, AnswerKind.Of(question).Fits(sentence));

    [Fact]
    public void PassageFinder_ReturnsNothing_WhenNoPassageIsAboutTheQuestion()
    {
        var index = new KnowledgeIndex(NewDir());
        index.AddText("hr", "hr", "leave.md", "# Leave\n\nParental leave is sixteen weeks at full pay.");
        var collections = new Dictionary<string, string> { ["hr"] = "hr" };

        Assert.Empty(PassageFinder.Find(index, "What colour is a flamingo?", collections, 5));
        Assert.Empty(PassageFinder.Find(index, "the of and", collections, 5));
        var found = Assert.Single(PassageFinder.Find(index, "parental leave length", collections, 5));
        Assert.Equal((1, "hr", "hr"), (found.Number, found.Collection, found.Domain));
    }

    [Fact]
    [Trait(TestCost.Trait, TestCost.Slow)]
    public void ExtractiveAnswers_HoldTheFactAsked_OnTheGeneratedCorpus()
    {
        var score = AnswerEvaluation.Evaluate(GeneratedCorpus.Index, "plant", GeneratedCorpus.Questions);

        // Measured about 0.91 on the runbooks and 0.85 on the harder policies.
        Assert.True(score.Answered >= 0.85, $"answered {score.Answered:0.000}, first sentence {score.FirstSentence:0.000}");
        Assert.Equal(0, score.NoPassage);
        var policies = AnswerEvaluation.Evaluate(GeneratedCorpus.Policies.Index, "policies", GeneratedCorpus.Policies.Questions);
        Assert.True(policies.Answered >= 0.75, $"policies: answered {policies.Answered:0.000}");
    }

    [Fact]
    public void AnswerCache_AnswersRewordings_ButNotOtherQuestionsOnTheSamePassages_OtherConversations_OrExpiredEntries()
    {
        var time = new ManualTime();
        var cache = new AnswerCache(capacity: 2, similarity: 0.85, TimeSpan.FromMinutes(10), time);
        var passages = new Grounding(["hr"], [new GroundingPassage(1, "hr", "hr", "leave.md", "Leave", 5, 5, 0.1, "Parental leave is sixteen weeks.")]);
        var key = AnswerCache.KeyOf(passages, string.Empty);
        cache.Add(key, "How long is parental leave?", new CachedAnswer("Sixteen weeks [1].", passages, "req_1", 1));

        Assert.Equal("Sixteen weeks [1].", cache.TryGet(key, "how long is parental leave")?.Text);
        Assert.Null(cache.TryGet(key, "When can parental leave start?"));
        cache.Add(key, "How long is parental leave in Riga?", new CachedAnswer("Sixteen weeks in Riga [1].", passages, "req_2", 1));
        Assert.Null(cache.TryGet(key, "How long is parental leave in Izmir?")); // another name: never the same answer
        Assert.Equal("req_2", cache.TryGet(key, "how long is parental leave in riga")?.RequestId);
        Assert.Null(cache.TryGet(AnswerCache.KeyOf(passages, "system: answer in French"), "How long is parental leave?"));
        Assert.Null(cache.TryGet(AnswerCache.KeyOf(passages with { Passages = [passages.Passages[0] with { Text = "Parental leave is eighteen weeks." }] }, string.Empty), "How long is parental leave?"));
        Assert.Equal(new LocalMesh.Caching.SimilarityCacheStats(2, 6, 2), cache.Stats());

        time.Advance(TimeSpan.FromMinutes(11));
        Assert.Null(cache.TryGet(key, "How long is parental leave?"));
        Assert.Equal(0, cache.Stats().Entries);
    }

    [Fact]
    public void AnswerCache_KeepsTheMostRecentlyUsed_AndCanBeTurnedOff()
    {
        var cache = new AnswerCache(capacity: 2, similarity: 0.85, TimeSpan.FromHours(1));
        var g = new Grounding(["c"], []);
        foreach (var (key, question) in new[] { ("a", "alpha question"), ("b", "beta question") })
        {
            cache.Add(key, question, new CachedAnswer(question, g, "-", 1));
        }

        Assert.NotNull(cache.TryGet("a", "alpha question")); // a is now the most recent
        cache.Add("c", "gamma question", new CachedAnswer("gamma", g, "-", 1));

        Assert.Null(cache.TryGet("b", "beta question"));
        Assert.NotNull(cache.TryGet("a", "alpha question"));
        var off = new AnswerCache(0, 0.85, TimeSpan.FromHours(1));
        off.Add("a", "alpha question", new CachedAnswer("x", g, "-", 1));
        Assert.Null(off.TryGet("a", "alpha question"));
    }

    [Fact]
    [Trait(TestCost.Trait, TestCost.Slow)]
    public void AnswerCache_OnTheGeneratedCorpus_AnswersMostRewordings_AndNeverAnotherQuestion()
    {
        var score = CacheEvaluation.Evaluate(GeneratedCorpus.Index, "plant", GeneratedCorpus.Questions, 0.85);

        // Measured 0.924 of the rewordings and no wrong answer in 1,800 lookups.
        Assert.Equal(0, score.WrongHits);
        Assert.True(score.RewordedHits >= 0.85, $"rewordings answered from the cache: {score.RewordedHits:0.000}");
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
