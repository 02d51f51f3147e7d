using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalMesh.Specialists.Skills.Slots;

/// <summary>A point in time parsed from text.</summary>
/// <param name="At">The time, in the user's zone.</param>
/// <param name="Note">How an ambiguity was settled (e.g. "7 without am/pm: the next 7 o'clock"), or null.</param>
public sealed record ParsedTime(DateTimeOffset At, string? Note);

/// <summary>
/// Times and durations in plain English. What it understands (numbers may be words, see <see cref="Numbers"/>):
/// <list type="bullet">
/// <item>durations: <c>10 minutes</c>, <c>1 hour and 15 minutes</c>, <c>90 seconds</c>, <c>1.5 hours</c>, <c>half an hour</c>, <c>2 days</c>;</item>
/// <item>relative times: <c>in 90 minutes</c>, <c>in an hour</c>;</item>
/// <item>clock times: <c>at 7</c>, <c>for 7am</c>, <c>6:30 pm</c>, <c>19:45</c>, <c>7 o'clock</c>, <c>noon</c>, <c>midnight</c>;</item>
/// <item>days: <c>today</c>, <c>tonight</c>, <c>tomorrow</c>, <c>on friday</c>, and <c>morning</c>/<c>afternoon</c>/<c>evening</c>/<c>night</c>.</item>
/// </list>
/// An hour of 1–12 without am/pm is the next such time (am or pm), unless a part of the day says which. A clock time
/// already past today moves to tomorrow, unless the text says "today" (that is an error). Thread-safe (stateless).
/// </summary>
public static partial class TimeExpressions
{
    /// <summary>The longest duration reported; anything longer is reported as this.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(365 * 1000);

    /// <summary>Finds a duration in the text; null when there is none.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        var normalized = Numbers.Normalize(text.ToLowerInvariant());
        var total = TimeSpan.Zero;
        var found = false;
        foreach (Match m in DurationPart().Matches(normalized))
        {
            if (!Numbers.TryParse(m.Groups["n"].Value, out var n))
            {
                continue;
            }

            found = true;
            var seconds = n * m.Groups["u"].Value[0] switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86400, _ => 7 * 86400 };
            if (seconds + total.TotalSeconds >= MaxDuration.TotalSeconds)
            {
                return MaxDuration; // absurdly long: callers reject it by its size instead of overflowing
            }

            total += TimeSpan.FromSeconds(seconds);
        }

        return found ? total : null;
    }

    /// <summary>Finds when something should happen.</summary>
    /// <param name="text">The request.</param>
    /// <param name="now">The current time in the user's zone.</param>
    /// <param name="time">The time found.</param>
    /// <param name="error">Why the time cannot be used (a past or impossible time), when one was found but is wrong.</param>
    /// <returns>True when a usable time was found.</returns>
    public static bool TryParseWhen(string text, DateTimeOffset now, out ParsedTime? time, out string? error)
    {
        time = null;
        error = null;
        var normalized = Numbers.Normalize(SpokenClock(text.ToLowerInvariant()));
        if (InDuration().Match(normalized) is { Success: true } relative && ParseDuration(relative.Value) is { } span)
        {
            time = new ParsedTime(now + span, null);
            return true;
        }

        var dayOffset = 0;
        var explicitToday = TodayWord().IsMatch(normalized);
        if (normalized.Contains("yesterday", StringComparison.Ordinal))
        {
            error = "That time is in the past (yesterday).";
            return false;
        }

        if (normalized.Contains("day after tomorrow", StringComparison.Ordinal))
        {
            dayOffset = 2;
        }
        else if (normalized.Contains("tomorrow", StringComparison.Ordinal))
        {
            dayOffset = 1;
        }
        else if (Weekday().Match(normalized) is { Success: true } weekday)
        {
            var target = Enum.Parse<DayOfWeek>(weekday.Groups[1].Value, ignoreCase: true);
            dayOffset = ((int)target - (int)now.DayOfWeek + 7) % 7;
        }

        var part = PartOfDay().Match(normalized) is { Success: true } p ? p.Groups[1].Value : normalized.Contains("tonight", StringComparison.Ordinal) ? "night" : null;
        int hour, minute = 0;
        string? note = null;
        if (Noon().IsMatch(normalized))
        {
            hour = 12;
        }
        else if (Midnight().IsMatch(normalized))
        {
            hour = 0;
            dayOffset = Math.Max(dayOffset, 1);
        }
        else if (ClockTime().Matches(normalized).FirstOrDefault(c => c.Groups["pre"].Success || c.Groups["min"].Success || c.Groups["ampm"].Success) is { } clock)
        {
            hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = clock.Groups["min"].Success ? int.Parse(clock.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
            var ampm = clock.Groups["ampm"].Value.Replace(".", string.Empty, StringComparison.Ordinal);
            if (hour > 23 || minute > 59 || (ampm.Length > 0 && ampm != "oclock" && ampm != "o'clock" && (hour == 0 || hour > 12)))
            {
                error = $"\"{clock.Value[(clock.Groups["h"].Index - clock.Index)..].Trim()}\" is not a time of day.";
                return false;
            }

            if (ampm.StartsWith('p') && hour < 12)
            {
                hour += 12;
            }
            else if (ampm.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }
            else if (!ampm.StartsWith('a') && !ampm.StartsWith('p') && hour is >= 1 and <= 12)
            {
                if (part is "afternoon" or "evening" or "night")
                {
                    hour = hour == 12 ? 12 : hour + 12;
                }
                else if (part is "morning")
                {
                    hour %= 12;
                }
                else if (dayOffset == 0 && !explicitToday)
                {
                    // Ambiguous: the next time the clock shows this hour.
                    var am = now.Date.AddHours(hour % 12).AddMinutes(minute);
                    var pm = am.AddHours(12);
                    var chosen = am > now.DateTime ? am : pm > now.DateTime ? pm : am.AddDays(1);
                    hour = chosen.Hour;
                    dayOffset = (chosen.Date - now.Date).Days;
                    note = $"you did not say am or pm; I took the next {clock.Groups["h"].Value} o'clock";
                }
                else if (dayOffset > 0)
                {
                    hour %= 12; // "tomorrow at 7": morning unless said otherwise
                    note = "you did not say am or pm; I took the morning";
                }
            }
        }
        else if (part is not null)
        {
            hour = part switch { "morning" => 8, "afternoon" => 14, "evening" => 18, _ => 21 };
            note = $"no time given; I took {hour}:00 for \"{part}\"";
        }
        else
        {
            return false;
        }

        var at = new DateTimeOffset(now.Date.AddDays(dayOffset).AddHours(hour).AddMinutes(minute), now.Offset);
        if (at <= now)
        {
            if (explicitToday || dayOffset > 0)
            {
                error = $"{at:HH:mm} today has already passed.";
                return false;
            }

            at = at.AddDays(1);
        }

        time = new ParsedTime(at, note);
        return true;
    }

    /// <summary>"seven thirty" → "7:30", "six oh five" → "6:05" (before number words are summed).</summary>
    private static string SpokenClock(string text) => SpokenTime().Replace(text, m =>
    {
        var hour = Array.IndexOf(HourWords, m.Groups["h"].Value) + 1;
        var minutes = Numbers.Normalize(m.Groups["m"].Value.Replace("oh ", string.Empty, StringComparison.Ordinal).Replace('-', ' '));
        return int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute < 60
            ? $"{hour}:{minute:00}"
            : m.Value;
    });

    private static readonly string[] HourWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    [GeneratedRegex(@"\b(?<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<m>oh (?:one|two|three|four|five|six|seven|eight|nine)|(?:fifteen|thirty|forty|fifty|twenty|ten)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?)\b(?!\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?))")]
    private static partial Regex SpokenTime();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?<u>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|[smhd])\b")]
    private static partial Regex DurationPart();

    [GeneratedRegex(@"\bin\s+(\d+(?:\.\d+)?\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|[smhd])\b(\s*(and\s*)?\d+(?:\.\d+)?\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|[smh])\b)*)")]
    private static partial Regex InDuration();

    [GeneratedRegex(@"(?:(?<pre>\b(?:at|for|by|until|@))\s*)?\b(?<h>\d{1,2})(?::(?<min>\d{2}))?\s*(?<ampm>a\.?m\.?|p\.?m\.?|o'?clock)?(?!\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|%|percent))")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(noon|midday)\b")]
    private static partial Regex Noon();

    [GeneratedRegex(@"\bmidnight\b")]
    private static partial Regex Midnight();

    [GeneratedRegex(@"\b(morning|afternoon|evening|night)\b")]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"\b(today|this (morning|afternoon|evening))\b")]
    private static partial Regex TodayWord();

    [GeneratedRegex(@"\b(?:on |next |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")]
    private static partial Regex Weekday();
}
