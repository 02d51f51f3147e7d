using System.Globalization;
using System.Text;

namespace LocalMesh.Evaluation.Knowledge;

/// <summary>A generated document: its name, Markdown text, and the questions it answers.</summary>
public sealed record CorpusDocument(string Name, string Text, IReadOnlyList<CorpusQuestion> Questions);

/// <summary>A question and where its answer is: the document and a phrase of the answering passage.</summary>
public sealed record CorpusQuestion(string Question, string Document, string AnswerPhrase);

/// <summary>
/// A synthetic knowledge base for retrieval evaluation: plant and office documents (equipment runbooks, site
/// policies), each with sections of facts, and questions that ask for those facts in other words than the passage
/// uses ("serviced every 90 days" is asked as "how often does it get maintenance"). Half the questions name the
/// machine by type and site rather than by its unique name, so other runbooks share most of their words. Every
/// question still has one right passage. Deterministic for a seed.
/// </summary>
public static class KnowledgeCorpus
{
    private static readonly string[] Adjectives = ["Falcon", "Granite", "Harbor", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orchid", "Pioneer", "Quartz", "Redwood", "Summit", "Tundra", "Vertex", "Willow", "Zephyr", "Atlas", "Beacon", "Cobalt"];
    private static readonly string[] Machines = ["press", "boiler", "chiller", "compressor", "conveyor", "extruder", "furnace", "generator", "kiln", "lathe", "mixer", "pump", "router", "scanner", "separator", "turbine"];
    private static readonly string[] Components = ["bearing", "filter", "gearbox", "seal", "valve", "belt", "sensor", "nozzle", "coupling", "impeller"];
    private static readonly string[] Sites = ["Aberdeen", "Bergen", "Calgary", "Dresden", "Eindhoven", "Fresno", "Gdansk", "Halifax", "Innsbruck", "Jaipur", "Kobe", "Leeds", "Malmo", "Nantes", "Oulu", "Porto", "Quebec", "Rosario", "Salzburg", "Tampere"];
    private static readonly string[] People = ["Ana Ruiz", "Ben Okafor", "Chen Wei", "Dana Kowalski", "Eli Haddad", "Femi Adeyemi", "Greta Lund", "Hiro Tanaka", "Ines Duarte", "Jonas Berg"];
    private static readonly string[] Teams = ["mechanical", "electrical", "night-shift", "facilities", "reliability"];
    private static readonly string[] Metrics = ["temperature|°C", "pressure|bar", "vibration|mm/s", "current|A"];
    private static readonly string[] Actions = ["stop the line and call the shift lead", "switch to the standby unit", "open the bypass valve and log an incident", "reduce the feed rate by half"];

    /// <summary>Generates <paramref name="documents"/> documents with their questions.</summary>
    public static List<CorpusDocument> Generate(int documents = 200, int seed = 7)
    {
        var r = new Random(seed);
        var result = new List<CorpusDocument>(documents);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < documents; d++)
        {
            string asset;
            do
            {
                asset = $"{Pick(Adjectives, r)} {Pick(Machines, r)} {r.Next(2, 99)}";
            }
            while (!used.Add(asset));

            var site = Pick(Sites, r);

            // Half the questions name the machine without its number, by its site instead ("the Falcon press in
            // Aberdeen"), as people do; several documents may then share most of the question's words.
            var words = asset.Split(' ');
            string Called() => r.Next(2) == 0 ? asset : $"{words[0]} {words[1]} in {site}";
            var name = $"runbooks/{asset.Replace(' ', '-').ToLowerInvariant()}.md";
            var text = new StringBuilder();
            var questions = new List<CorpusQuestion>();
            text.AppendLine($"# {asset} ({site} plant)").AppendLine();
            text.AppendLine($"This runbook covers the {asset} installed at the {site} plant. Keep it next to the machine and update it after every change.").AppendLine();

            var component = Pick(Components, r);
            var days = r.Next(2, 30) * 15;
            var team = Pick(Teams, r);
            text.AppendLine("## Maintenance").AppendLine();
            text.AppendLine($"The {component} of the {asset} is serviced every {days} days by the {team} team. Record each service in the maintenance log with the hours meter reading.").AppendLine();
            questions.Add(new CorpusQuestion(
                Pick([$"How often does the {Called()} {component} get maintenance?", $"What is the service interval for the {component} on {Called()}?", $"When is the {Called()}'s {component} due for upkeep?"], r),
                name, $"serviced every {days} days"));

            var metric = Pick(Metrics, r).Split('|');
            var limit = r.Next(3, 90) * 5;
            var action = Pick(Actions, r);
            text.AppendLine("## Operating limits").AppendLine();
            text.AppendLine($"If the {metric[0]} of the {asset} rises above {limit} {metric[1]}, operators must {action}. Short peaks during start-up are normal and need no action.").AppendLine();
            questions.Add(new CorpusQuestion(
                Pick([$"What should operators do when the {Called()} {metric[0]} exceeds {limit} {metric[1]}?", $"{Called()} {metric[0]} is too high, what is the procedure?", $"What's the response if {metric[0]} goes past the limit on {Called()}?"], r),
                name, $"rises above {limit}"));

            var building = (char)('A' + r.Next(8));
            var room = r.Next(100, 499);
            text.AppendLine("## Location and access").AppendLine();
            text.AppendLine($"The {asset} stands in building {building}, room {room}. Access needs a yellow badge; visitors must be escorted.").AppendLine();
            questions.Add(new CorpusQuestion(
                Pick([$"Where can I find the {Called()}?", $"Which room is {Called()} in?", $"Where is the {Called()} located at {site}?"], r),
                name, $"room {room}"));

            var owner = Pick(People, r);
            text.AppendLine("## Contacts").AppendLine();
            text.AppendLine($"{owner} owns this runbook and approves changes to the {asset} settings. Out of hours, call the {site} control room.").AppendLine();
            questions.Add(new CorpusQuestion(
                Pick([$"Who is responsible for the {Called()} runbook?", $"Who approves changes to {Called()} settings?", $"Whom do I ask about modifying the {Called()} configuration?"], r),
                name, $"{owner} owns this runbook"));

            if (d % 2 == 0)
            {
                var minutes = r.Next(2, 12) * 5;
                text.AppendLine("## Restart").AppendLine();
                text.AppendLine($"To restart the {asset}, drain the hopper, switch the main breaker off for {minutes} minutes, then run the warm-up program before loading material.").AppendLine();
                questions.Add(new CorpusQuestion(
                    Pick([$"What are the steps to reboot the {Called()}?", $"How do I bring the {Called()} back up after a stop?", $"How long must the breaker stay off when restarting {Called()}?"], r),
                    name, $"off for {minutes} minutes"));
            }

            result.Add(new CorpusDocument(name, text.ToString(), questions));
        }

        return result;
    }

    internal static string Pick(string[] items, Random r) => items[r.Next(items.Length)];
}
