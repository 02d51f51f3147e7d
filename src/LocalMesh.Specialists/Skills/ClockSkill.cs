using System.Globalization;
using System.Text.RegularExpressions;
using LocalMesh.Specialists.Skills.Slots;

namespace LocalMesh.Specialists.Skills;

/// <summary>
/// Time, date and time zones (intents <c>time</c>, <c>date</c>, <c>timezone</c>): "what time is it (in tokyo)",
/// "what's the date in 64 days", "what day is it tomorrow", "what timezone is chicago in". Places are looked up in
/// the system's IANA zone list (cities in zone ids, e.g. Europe/London) plus a short list of common names; an unknown
/// place declines, so the request escalates.
/// </summary>
public sealed partial class ClockSkill : ISkill
{
    private static readonly Dictionary<string, string> Places = BuildPlaces();

    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = ["time", "date", "timezone"];

    /// <inheritdoc />
    public ValueTask<string?> AnswerAsync(SkillRequest request, CancellationToken cancellationToken)
    {
        var text = Numbers.Normalize(request.Text.ToLowerInvariant());
        var zone = request.Zone;
        string? place = null;
        if (Place().Matches(text).Select(m => m.Groups["place"].Value.Trim()).FirstOrDefault(p => !IsTimeWord(p)) is { } named)
        {
            place = named;
            if (!TryFindZone(place, out zone))
            {
                return ValueTask.FromResult<string?>(null);
            }
        }

        var now = TimeZoneInfo.ConvertTime(request.Now, zone);
        var where = place is null ? string.Empty : $" in {Title(place)}";
        string answer = request.Intent switch
        {
            "time" => $"It is {now.ToString("h:mm tt", CultureInfo.InvariantCulture)}{where} ({zone.Id}).",
            "timezone" => $"{(place is null ? "Your time zone" : Title(place))} is {zone.Id} ({(zone.IsDaylightSavingTime(now) ? zone.DaylightName : zone.StandardName)}), UTC{Offset(zone.GetUtcOffset(now))}.",
            _ => Date(text, now, where),
        };
        return ValueTask.FromResult<string?>(answer);
    }

    private static string Date(string text, DateTimeOffset now, string where)
    {
        var days = 0;
        if (DaysFromNow().Match(text) is { Success: true } m)
        {
            days = (int)Math.Round(double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)) * (m.Groups["ago"].Success ? -1 : 1);
        }
        else if (text.Contains("tomorrow", StringComparison.Ordinal))
        {
            days = 1;
        }
        else if (text.Contains("yesterday", StringComparison.Ordinal))
        {
            days = -1;
        }

        if (Math.Abs(days) > 365 * 100)
        {
            return "That is too far away for me to count.";
        }

        var date = now.Date.AddDays(days).ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);
        return days switch
        {
            0 => $"Today{where} is {date}.",
            1 => $"Tomorrow is {date}.",
            -1 => $"Yesterday was {date}.",
            > 0 => $"In {days} days it will be {date}.",
            _ => $"{-days} days ago it was {date}.",
        };
    }

    internal static bool TryFindZone(string place, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        var key = place.ToLowerInvariant().Trim(' ', '?', '.', '!');
        key = (key.IndexOf(',', StringComparison.Ordinal) is var comma and >= 0 ? key[..comma] : key).Trim(); // "las vegas, nv"
        if (!Places.TryGetValue(key, out var id))
        {
            return false;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone!);
    }

    private static bool IsTimeWord(string s) => s is "the morning" or "the evening" or "the afternoon" or "the world" or "my area" or "my time zone" or "my timezone" or "here";

    private static string Offset(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static string Title(string s) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s);

    private static Dictionary<string, string> BuildPlaces()
    {
        var places = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            if (zone.Id.Contains('/', StringComparison.Ordinal))
            {
                places.TryAdd(zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ').ToLowerInvariant(), zone.Id);
            }
        }

        foreach (var (name, id) in new[]
        {
            ("london", "Europe/London"), ("uk", "Europe/London"), ("england", "Europe/London"), ("france", "Europe/Paris"),
            ("germany", "Europe/Berlin"), ("spain", "Europe/Madrid"), ("barcelona", "Europe/Madrid"), ("italy", "Europe/Rome"),
            ("japan", "Asia/Tokyo"), ("china", "Asia/Shanghai"), ("beijing", "Asia/Shanghai"), ("india", "Asia/Kolkata"),
            ("mumbai", "Asia/Kolkata"), ("delhi", "Asia/Kolkata"), ("new york", "America/New_York"), ("boston", "America/New_York"),
            ("miami", "America/New_York"), ("washington", "America/New_York"), ("atlanta", "America/New_York"),
            ("chicago", "America/Chicago"), ("dallas", "America/Chicago"), ("houston", "America/Chicago"), ("denver", "America/Denver"),
            ("phoenix", "America/Phoenix"), ("arizona", "America/Phoenix"), ("los angeles", "America/Los_Angeles"),
            ("la", "America/Los_Angeles"), ("san francisco", "America/Los_Angeles"), ("seattle", "America/Los_Angeles"),
            ("las vegas", "America/Los_Angeles"), ("california", "America/Los_Angeles"), ("hawaii", "Pacific/Honolulu"),
            ("alaska", "America/Anchorage"), ("australia", "Australia/Sydney"), ("brazil", "America/Sao_Paulo"),
            ("russia", "Europe/Moscow"), ("utc", "Etc/UTC"), ("gmt", "Etc/GMT"),
        })
        {
            places[name] = id;
        }

        return places;
    }

    [GeneratedRegex(@"(?:\b(?:in|for)\s+|time ?zone (?:is|of|in|for)\s+)(?<place>[a-z][a-z .,'-]*?)\s*(?:\bin\b|right now|now|currently|\?|$)")]
    private static partial Regex Place();

    [GeneratedRegex(@"(?<n>\d+)\s*days?\s*(?:from now|from today|later)?(?<ago>\s*ago)?")]
    private static partial Regex DaysFromNow();
}
