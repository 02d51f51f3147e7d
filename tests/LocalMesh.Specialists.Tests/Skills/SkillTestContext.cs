using LocalMesh.Specialists.Skills;

namespace LocalMesh.Specialists.Tests.Skills;

/// <summary>A skill store in a fresh temporary SQLite file, and requests at a fixed time.</summary>
internal static class SkillTestContext
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    // Monday 23 November 2026, 10:00 in Paris.
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    public static SkillStore NewStore() => new(LocalMesh.Testing.TempDirectories.Create("localmesh-skills-"));

    public static async Task<string?> AskAsync(ISkill skill, string intent, string text) =>
        await skill.AnswerAsync(new SkillRequest(text, intent, "req_test", Now, Zone), TestContext.Current.CancellationToken);
}
