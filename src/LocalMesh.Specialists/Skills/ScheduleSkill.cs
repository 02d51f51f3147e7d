using System.Globalization;
using System.Text.RegularExpressions;
using LocalMesh.Specialists.Skills.Slots;

namespace LocalMesh.Specialists.Skills;

/// <summary>
/// Alarms, timers and reminders (intents <c>alarm</c>, <c>timer</c>, <c>reminder</c> = list reminders,
/// <c>reminder_update</c> = create one). Items persist in SQLite and fire through <see cref="ScheduleRunner"/>.
/// </summary>
public sealed partial class ScheduleSkill(SkillStore store) : ISkill
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = ["alarm", "timer", "reminder", "reminder_update"];

    /// <inheritdoc />
    public ValueTask<string?> AnswerAsync(SkillRequest request, CancellationToken cancellationToken)
    {
        var text = request.Text.ToLowerInvariant();
        return ValueTask.FromResult<string?>(request.Intent switch
        {
            "timer" => Timer(text, request),
            "alarm" => Alarm(text, request),
            "reminder" => List("reminder", "reminders", request),
            _ => Reminder(request.Text, request),
        });
    }

    private string Timer(string text, SkillRequest request)
    {
        if (Cancel().IsMatch(text))
        {
            var n = store.Cancel("timer");
            return n == 0 ? "There is no timer running." : $"Cancelled {Plural(n, "timer")}.";
        }

        if (TimeExpressions.ParseDuration(text) is not { } duration)
        {
            return IsQuery(text) ? List("timer", "timers", request) : "For how long? Say for example \"set a timer for 10 minutes\".";
        }

        if (duration <= TimeSpan.Zero || duration > TimeSpan.FromDays(7))
        {
            return "A timer can run from 1 second to 7 days.";
        }

        var item = store.Schedule("timer", request.Now + duration, Describe(duration));
        return $"Timer set for {Describe(duration)}; it goes off at {Clock(item.FireAt, request)} (timer #{item.Id}).";
    }

    private string Alarm(string text, SkillRequest request)
    {
        if (Cancel().IsMatch(text))
        {
            var n = store.Cancel("alarm");
            return n == 0 ? "There are no alarms set." : $"Cancelled {Plural(n, "alarm")}.";
        }

        if (!TimeExpressions.TryParseWhen(text, request.Now, out var when, out var error))
        {
            return error is not null ? $"I could not set that alarm: {error}"
                : IsQuery(text) ? List("alarm", "alarms", request)
                : "For what time? Say for example \"set an alarm for 7am\".";
        }

        var item = store.Schedule("alarm", when!.At, "alarm");
        return $"Alarm set for {Clock(item.FireAt, request)}{Note(when)} (alarm #{item.Id}).";
    }

    private string Reminder(string original, SkillRequest request)
    {
        var text = original.ToLowerInvariant();
        var what = ReminderWhat().Match(original) is { Success: true } m ? m.Groups["what"].Value.Trim(' ', '.', '!', '?') : null;
        if (!TimeExpressions.TryParseWhen(text, request.Now, out var when, out var error))
        {
            if (error is not null)
            {
                return $"I could not set that reminder: {error}";
            }

            when = new ParsedTime(request.Now.AddHours(1), "no time given; in one hour");
        }

        // Keep only the task: "call mom at 5pm" → "call mom".
        var label = string.IsNullOrWhiteSpace(what) ? "reminder" : TrailingTime().Replace(what, string.Empty).Trim();
        var item = store.Schedule("reminder", when!.At, label.Length == 0 ? "reminder" : label);
        return $"I'll remind you to {item.Label} at {Clock(item.FireAt, request)}{Note(when)} (reminder #{item.Id}).";
    }

    private string List(string kind, string plural, SkillRequest request)
    {
        var items = store.Scheduled(kind);
        if (items.Count == 0)
        {
            return $"You have no {plural}.";
        }

        var lines = items.Select(i => kind == "alarm" ? $"#{i.Id} {Clock(i.FireAt, request)}" : $"#{i.Id} {i.Label} at {Clock(i.FireAt, request)}");
        return $"Your {plural}: " + string.Join("; ", lines) + ".";
    }

    private static string Clock(DateTimeOffset at, SkillRequest request)
    {
        var local = TimeZoneInfo.ConvertTime(at, request.Zone);
        var day = (local.Date - request.Now.Date).Days switch
        {
            0 => "today",
            1 => "tomorrow",
            var d and < 7 => local.ToString("dddd", CultureInfo.InvariantCulture),
            _ => local.ToString("ddd d MMM", CultureInfo.InvariantCulture),
        };
        return local.ToString("h:mm tt", CultureInfo.InvariantCulture) + " " + day;
    }

    private static string Note(ParsedTime? time) => time?.Note is { } note ? $" ({note})" : string.Empty;

    private static bool IsQuery(string text) => Query().IsMatch(text);

    internal static string Describe(TimeSpan span)
    {
        var parts = new List<string>();
        if (span.Days > 0) parts.Add(Plural(span.Days, "day"));
        if (span.Hours > 0) parts.Add(Plural(span.Hours, "hour"));
        if (span.Minutes > 0) parts.Add(Plural(span.Minutes, "minute"));
        if (span.Seconds > 0) parts.Add(Plural(span.Seconds, "second"));
        return parts.Count == 0 ? "0 seconds" : string.Join(" ", parts);
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    [GeneratedRegex(@"\b(cancel|delete|remove|stop|turn off|clear)\b")]
    private static partial Regex Cancel();

    [GeneratedRegex(@"\b(what|which|list|show|how many|do i have|are there|any)\b")]
    private static partial Regex Query();

    [GeneratedRegex(@"\b(?:remind me|reminder|remember)\s+(?:for me\s+)?(?:to|that|about)\s+(?<what>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReminderWhat();

    [GeneratedRegex(@"\s+(?:(?:at|by|in|on|tomorrow|today|tonight|this|next)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTime();
}
