using System.Globalization;
using System.Text;

namespace LocalMesh.Evaluation.Knowledge;

/// <summary>
/// A harder synthetic corpus than the runbooks: office policies in prose. Every office has the same four policies
/// (travel, expenses, IT, leave) written from the same stock of sentences, so documents share most of their words;
/// the facts sit inside paragraphs among sentences that answer nothing; and questions name the office by its city
/// and ask in other words than the policy uses ("hand in a claim" for "file", "laptop" for "computer"). Deterministic
/// for a seed.
/// </summary>
public static class PolicyCorpus
{
    private static readonly string[] Cities = ["Lisbon", "Oslo", "Krakow", "Austin", "Nairobi", "Osaka", "Lyon", "Tallinn", "Valencia", "Dublin",
        "Seoul", "Denver", "Turin", "Ghent", "Perth", "Quito", "Riga", "Bremen", "Cork", "Hanoi", "Porto Alegre", "Utrecht", "Graz", "Izmir", "Leeds"];

    private static readonly string[] Filler =
    [
        "This policy applies to every employee and contractor working from the office.",
        "Questions about this policy go to the people team first.",
        "The policy is reviewed once a year and changes are announced on the intranet.",
        "Managers are expected to apply it consistently and to record any exception.",
        "Local law takes precedence where it gives employees more favourable terms.",
        "Exceptions need written approval before the fact, not after it.",
    ];

    /// <summary>Generates the four policies of <paramref name="offices"/> offices (at most 25) with their questions.</summary>
    public static List<CorpusDocument> Generate(int offices = 25, int seed = 13)
    {
        var r = new Random(seed);
        var result = new List<CorpusDocument>();
        foreach (var city in Cities.Take(offices))
        {
            string Fill() => KnowledgeCorpus.Pick(Filler, r);

            var hours = r.Next(4, 12);
            var days = r.Next(2, 9) * 5;
            var hotel = r.Next(12, 30) * 10;
            result.Add(Document(city, "travel", "Travel policy", r, Fill,
                ("Booking", $"{Fill()} Trips are booked through the travel desk at least two weeks ahead. Flights longer than {hours} hours may be booked in premium economy. {Fill()}",
                    [$"Can I fly premium economy from {city}?", $"When is a better seat class allowed for {city} staff on long flights?"], $"longer than {hours} hours"),
                ("Hotels", $"{Fill()} Hotel nights are covered up to {hotel} euros a night, breakfast included. {Fill()}",
                    [$"What is the hotel budget per night at the {city} office?", $"How much can {city} employees spend on accommodation?"], $"up to {hotel} euros")));

            var meals = r.Next(3, 9) * 5;
            result.Add(Document(city, "expenses", "Expenses policy", r, Fill,
                ("Claims", $"{Fill()} Expense claims must be filed within {days} days of the trip, with every receipt attached. {Fill()}",
                    [$"How long do I have to hand in an expense claim in {city}?", $"What is the deadline for {city} reimbursement requests?"], $"within {days} days"),
                ("Meals", $"{Fill()} Meals while travelling are reimbursed up to {meals} euros a day. Alcohol is never reimbursed. {Fill()}",
                    [$"What daily food allowance do {city} travellers get?", $"How much is covered for dinner on a trip from {city}?"], $"up to {meals} euros a day")));

            var years = r.Next(2, 6);
            var ticket = r.Next(2, 9) * 4;
            result.Add(Document(city, "it", "IT policy", r, Fill,
                ("Equipment", $"{Fill()} Company computers are replaced every {years} years, or sooner when repair costs more than half of a new one. {Fill()}",
                    [$"How often do {city} employees get a new laptop?", $"When is my {city} notebook due for renewal?"], $"every {years} years"),
                ("Support", $"{Fill()} The service desk answers tickets within {ticket} working hours. {Fill()}",
                    [$"How quickly does {city} IT respond to a support request?", $"What is the helpdesk response time in {city}?"], $"within {ticket} working hours")));

            var leave = r.Next(20, 31);
            var carry = r.Next(3, 11);
            result.Add(Document(city, "leave", "Leave policy", r, Fill,
                ("Annual leave", $"{Fill()} Full-time staff receive {leave} days of paid holiday a year. {Fill()}",
                    [$"How many vacation days do I get in {city}?", $"What is the yearly holiday entitlement at the {city} office?"], $"{leave} days of paid holiday"),
                ("Carry-over", $"{Fill()} Up to {carry} unused days may be carried into the next year; the rest lapse on 31 March. {Fill()}",
                    [$"Can {city} staff keep unused vacation for next year?", $"How many leftover holiday days roll over in {city}?"], $"Up to {carry} unused days")));
        }

        return result;
    }

    private static CorpusDocument Document(string city, string slug, string title, Random r, Func<string> fill,
        params (string Section, string Paragraph, string[] Questions, string Answer)[] sections)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"policies/{city.Replace(' ', '-').ToLowerInvariant()}/{slug}.md");
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# {title} — {city} office\n\n{fill()} {fill()}\n\n");
        var questions = new List<CorpusQuestion>();
        foreach (var (section, paragraph, asked, answer) in sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {section}\n\n{paragraph}\n\n");
            questions.Add(new CorpusQuestion(KnowledgeCorpus.Pick(asked, r), name, answer));
        }

        return new CorpusDocument(name, text.ToString(), questions);
    }
}
