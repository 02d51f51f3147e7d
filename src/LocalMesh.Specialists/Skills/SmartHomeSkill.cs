using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LocalMesh.Configuration;
using LocalMesh.Events;
using LocalMesh.Specialists.Skills.Slots;
using LocalMesh.Webhooks;

namespace LocalMesh.Specialists.Skills;

/// <summary>
/// Smart-home commands (intent <c>smart_home</c>): "lights off in the kitchen", "set the thermostat to 21",
/// "dim the bedroom lights to 30%", "lock the front door". No device is assumed: each command becomes a structured
/// <c>smart_home.command</c> event (action, device, room, value) on the node's event stream and, when
/// <see cref="SpecialistsOptions.SmartHomeWebhook"/> is set, a JSON POST to it through the <see cref="WebhookGate"/>: only
/// when the request's domain may reach <see cref="SpecialistsOptions.SmartHomeWebhookTier"/>, redacted when that tier is,
/// recorded in the ledger, retried on failure. The answer waits for the hub (at most <see cref="WebhookGate.TotalTimeout"/>)
/// so it can say whether the command arrived. Questions ("who is at the door") decline: they need a device that can answer.
/// </summary>
public sealed partial class SmartHomeSkill(SpecialistsOptions options, NodeEvents events, WebhookGate webhooks) : ISkill
{
    /// <summary>The smart-home webhook's name in the ledger.</summary>
    public const string WebhookName = "webhook:smart_home";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = ["smart_home"];

    /// <inheritdoc />
    public async ValueTask<string?> AnswerAsync(SkillRequest request, CancellationToken cancellationToken)
    {
        if (Parse(request.Text) is not { } command)
        {
            return null;
        }

        var data = new JsonObject
        {
            ["action"] = command.Action,
            ["device"] = command.Device,
            ["room"] = command.Room,
            ["value"] = command.Value,
            ["unit"] = command.Unit,
            ["text"] = request.Text,
            ["request_id"] = request.RequestId,
        };
        events.Publish("smart_home.command", data); // the node's own event stream: nothing leaves the node here
        var what = $"{command.Device}{(command.Room is null ? string.Empty : " in the " + command.Room)}";
        var value = command.Value is { } v ? $" to {CalculatorSkill.Format(v)}{command.Unit}" : string.Empty;
        var delivered = string.Empty;
        if (options.SmartHomeWebhook is { } webhook)
        {
            TierNames.TryParse(options.SmartHomeWebhookTier, out var tier); // validated at start-up
            var result = await webhooks.PostAsync(new WebhookTarget(WebhookName, webhook, tier), data, request.Route, request.RequestId, cancellationToken).ConfigureAwait(false);
            delivered = result.Outcome switch
            {
                WebhookOutcome.Rejected => $" (the home hub answered {result.StatusCode})",
                WebhookOutcome.Failed => " (the home hub could not be reached; the command is on the event stream)",
                _ => string.Empty,
            };
            if (result.Outcome == WebhookOutcome.Blocked)
            {
                return $"Not sent: {command.Action} {what}{value} was not sent to the home hub, because {result.Reason}. The command is only on the node's event stream.";
            }
        }

        return $"OK: {command.Action} {what}{value}.{delivered}";
    }

    /// <summary>Action words in order of precedence; <c>WithValue</c> limits an entry to commands with (or without) a value.</summary>
    private static readonly (Regex Pattern, string Action, bool? WithValue)[] Actions =
    [
        (new(@"\b(turn|switch|power|shut) (?:\w+ ){0,3}?off\b|\boff\b", RegexOptions.Compiled), "turn off", null),
        (new(@"\bunlock\b", RegexOptions.Compiled), "unlock", null),
        (new(@"\block\b", RegexOptions.Compiled), "lock", null),
        (new(@"\b(dim|lower|decrease|down)\b", RegexOptions.Compiled), "dim", false),
        (new(@"\b(dim|lower|decrease|down)\b", RegexOptions.Compiled), "set", true),
        (new(@"\b(brighten|raise|increase|up)\b", RegexOptions.Compiled), "brighten", false),
        (new(@"\b(brighten|raise|increase|up)\b", RegexOptions.Compiled), "set", true),
        (new(@"\bopen\b", RegexOptions.Compiled), "open", null),
        (new(@"\bclose\b", RegexOptions.Compiled), "close", null),
    ];

    /// <summary>A parsed command.</summary>
    internal sealed record Command(string Action, string Device, string? Room, double? Value, string? Unit);

    internal static Command? Parse(string text)
    {
        var s = Numbers.Normalize(text.ToLowerInvariant());
        if (Question().IsMatch(s))
        {
            return null;
        }

        var device = Device().Match(s) is { Success: true } d ? Canonical(d.Value) : null;
        if (device is null)
        {
            return null;
        }

        var room = Room().Match(s) is { Success: true } r ? r.Groups["room"].Value : null;
        double? value = null;
        string? unit = null;
        if (Value().Match(s) is { Success: true } v && Numbers.TryParse(v.Groups["n"].Value, out var n))
        {
            value = n;
            unit = v.Groups["u"].Value.Trim() switch { "%" or "percent" => "%", "degrees" or "degree" => "°", _ => device == "thermostat" ? "°" : null };
        }

        var action = Actions.FirstOrDefault(a => a.Pattern.IsMatch(s) && (a.WithValue is null || a.WithValue == value is not null)).Action;
        if (action is null && value is not null)
        {
            action = "set";
        }

        action ??= TurnOn().IsMatch(s) ? "turn on" : null;
        return action is null ? null : new Command(action, device, room, value, unit);
    }

    private static string Canonical(string device) => device switch
    {
        "light" or "lights" or "lamp" or "lamps" => "lights",
        "ac" or "a/c" or "air conditioning" or "air conditioner" => "air conditioning",
        "heat" or "heating" or "heater" or "thermostat" or "temperature" => "thermostat",
        "tv" or "television" => "tv",
        "blinds" or "curtains" or "shades" => "blinds",
        _ => device,
    };

    [GeneratedRegex(@"\b(turn|switch|power|put) (?:\w+ ){0,3}?on\b|\bon\b")]
    private static partial Regex TurnOn();

    [GeneratedRegex(@"^(who|what|is|are|did|does|do|how)\b")]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(lights?|lamps?|air conditioning|air conditioner|a/c|ac|heating|heater|heat|thermostat|temperature|tv|television|fan|door|garage door|blinds|curtains|shades|oven|music|speaker|sprinklers?|alarm system)\b")]
    private static partial Regex Device();

    [GeneratedRegex(@"\b(?:in|on|of) the (?<room>kitchen|bedroom|living room|bathroom|garage|office|hallway|hall|dining room|basement|attic|garden|porch|nursery|kids room|master bedroom)\b|\b(?<room>kitchen|bedroom|living room|bathroom|garage|office|hallway|dining room|basement|porch) (?:lights?|lamp|fan|blinds|door)\b")]
    private static partial Regex Room();

    [GeneratedRegex(@"\b(?:to|at)\s+(?<n>\d+(?:\.\d+)?)\s*(?<u>%|percent|degrees?)?")]
    private static partial Regex Value();
}
