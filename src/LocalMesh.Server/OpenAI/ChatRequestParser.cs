using System.Text.Json;
using LocalMesh.Backends;
using LocalMesh.Server.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;

namespace LocalMesh.Server.OpenAI;

/// <summary>
/// Parses an OpenAI <c>/v1/chat/completions</c> body. Known fields are checked for type (a wrong type is a 400 naming the
/// field); unknown fields are kept and passed through to OpenAI-compatible upstreams. Thread-safe; has no state.
/// </summary>
public static class ChatRequestParser
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "model", "messages", "stream", "stream_options", "temperature", "top_p", "max_tokens", "max_completion_tokens", "stop", "seed",
        "presence_penalty", "frequency_penalty", "tools", "tool_choice", "response_format", "n", "parallel_tool_calls",
    };

    /// <summary>Parses <paramref name="body"/>.</summary>
    /// <exception cref="ApiException">The body is not a valid chat completion request (400).</exception>
    public static ChatRequest Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonBody.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("The request body must be a JSON object.", null);
        }

        var model = OptionalString(root, "model");
        if (model is not null && (model.Length == 0 || model.Equals("auto", StringComparison.OrdinalIgnoreCase)))
        {
            model = null;
        }

        if (!root.TryGetProperty("messages", out var messagesJson))
        {
            throw Invalid("Missing required parameter: 'messages'.", "messages", "missing_required_parameter");
        }

        if (messagesJson.ValueKind != JsonValueKind.Array || messagesJson.GetArrayLength() == 0)
        {
            throw Invalid("'messages' must be a non-empty array.", "messages");
        }

        var messages = new List<ChatMessage>(messagesJson.GetArrayLength());
        var index = 0;
        foreach (var message in messagesJson.EnumerateArray())
        {
            messages.Add(ParseMessage(message, $"messages[{index++}]"));
        }

        var options = new ChatOptions
        {
            ModelId = model,
            Temperature = OptionalFloat(root, "temperature"),
            TopP = OptionalFloat(root, "top_p"),
            MaxOutputTokens = OptionalInt(root, "max_completion_tokens") ?? OptionalInt(root, "max_tokens"),
            Seed = OptionalLong(root, "seed"),
            PresencePenalty = OptionalFloat(root, "presence_penalty"),
            FrequencyPenalty = OptionalFloat(root, "frequency_penalty"),
            AllowMultipleToolCalls = OptionalBool(root, "parallel_tool_calls"),
        };

        if (OptionalInt(root, "n") is > 1)
        {
            throw Invalid("Only n = 1 is supported.", "n", "unsupported_value");
        }

        if (root.TryGetProperty("stop", out var stop) && stop.ValueKind != JsonValueKind.Null)
        {
            options.StopSequences = stop.ValueKind switch
            {
                JsonValueKind.String => [stop.GetString()!],
                JsonValueKind.Array when stop.EnumerateArray().All(s => s.ValueKind == JsonValueKind.String) => [.. stop.EnumerateArray().Select(s => s.GetString()!)],
                _ => throw Invalid("'stop' must be a string or an array of strings.", "stop"),
            };
        }

        ParseTools(root, options);
        ParseResponseFormat(root, options);

        var stream = OptionalBool(root, "stream") ?? false;
        var includeUsage = false;
        if (root.TryGetProperty("stream_options", out var streamOptions) && streamOptions.ValueKind == JsonValueKind.Object)
        {
            includeUsage = OptionalBool(streamOptions, "include_usage") ?? false;
        }

        var passthrough = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!Known.Contains(property.Name) && IsPlainName(property.Name))
            {
                passthrough[property.Name] = property.Value.Clone();
            }
        }

        if (passthrough.Count > 0)
        {
            (options.AdditionalProperties ??= [])[OpenAIPassthroughChatClient.PropertyKey] = (IReadOnlyDictionary<string, JsonElement>)passthrough;
        }

        return new ChatRequest(model, messages, options, stream, includeUsage);
    }

    private static ChatMessage ParseMessage(JsonElement json, string where)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"'{where}' must be an object.", where);
        }

        var roleName = OptionalString(json, "role", where) ?? throw Invalid($"Missing required parameter: '{where}.role'.", where + ".role", "missing_required_parameter");
        var role = roleName switch
        {
            "system" => ChatRole.System,
            "developer" => new ChatRole("developer"),
            "user" => ChatRole.User,
            "assistant" => ChatRole.Assistant,
            "tool" => ChatRole.Tool,
            _ => throw Invalid($"'{where}.role' must be one of system, developer, user, assistant, tool (got '{roleName}').", where + ".role"),
        };

        var message = new ChatMessage { Role = role, AuthorName = OptionalString(json, "name", where) };
        if (role == ChatRole.Tool)
        {
            var callId = OptionalString(json, "tool_call_id", where) ?? throw Invalid($"Missing required parameter: '{where}.tool_call_id'.", where + ".tool_call_id", "missing_required_parameter");
            message.Contents.Add(new FunctionResultContent(callId, ContentText(json, where)));
            return message;
        }

        if (json.TryGetProperty("content", out var content))
        {
            switch (content.ValueKind)
            {
                case JsonValueKind.String:
                    message.Contents.Add(new TextContent(content.GetString()));
                    break;
                case JsonValueKind.Array:
                    ParseParts(content, message, where);
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    throw Invalid($"'{where}.content' must be a string, an array of content parts, or null.", where + ".content");
            }
        }

        if (role == ChatRole.Assistant && json.TryGetProperty("tool_calls", out var calls) && calls.ValueKind != JsonValueKind.Null)
        {
            if (calls.ValueKind != JsonValueKind.Array)
            {
                throw Invalid($"'{where}.tool_calls' must be an array.", where + ".tool_calls");
            }

            foreach (var call in calls.EnumerateArray())
            {
                var id = OptionalString(call, "id", where + ".tool_calls") ?? throw Invalid($"'{where}.tool_calls[].id' is required.", where + ".tool_calls");
                if (!call.TryGetProperty("function", out var function) || function.ValueKind != JsonValueKind.Object)
                {
                    throw Invalid($"'{where}.tool_calls[].function' is required.", where + ".tool_calls");
                }

                var name = OptionalString(function, "name", where + ".tool_calls") ?? throw Invalid($"'{where}.tool_calls[].function.name' is required.", where + ".tool_calls");
                var arguments = OptionalString(function, "arguments", where + ".tool_calls") ?? "{}";
                message.Contents.Add(FunctionCallContent.CreateFromParsedArguments(arguments, id, name, ParseArguments));
            }
        }

        if (message.Contents.Count == 0 && role != ChatRole.Assistant)
        {
            throw Invalid($"'{where}.content' is required for role '{roleName}'.", where + ".content", "missing_required_parameter");
        }

        return message;
    }

    private static void ParseParts(JsonElement parts, ChatMessage message, string where)
    {
        foreach (var part in parts.EnumerateArray())
        {
            var type = part.ValueKind == JsonValueKind.Object ? OptionalString(part, "type", where + ".content") : null;
            switch (type)
            {
                case "text":
                    message.Contents.Add(new TextContent(OptionalString(part, "text", where + ".content") ?? string.Empty));
                    break;
                case "image_url" when part.TryGetProperty("image_url", out var image) && image.ValueKind == JsonValueKind.Object && OptionalString(image, "url", where) is { } url:
                    message.Contents.Add(url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? new DataContent(url) : new UriContent(url, "image/*"));
                    break;
                default:
                    throw Invalid($"'{where}.content' has an unsupported part (type '{type}'); supported: text, image_url.", where + ".content");
            }
        }
    }

    private static string ContentText(JsonElement json, string where)
    {
        if (!json.TryGetProperty("content", out var content) || content.ValueKind == JsonValueKind.Null)
        {
            return string.Empty;
        }

        return content.ValueKind switch
        {
            JsonValueKind.String => content.GetString()!,
            JsonValueKind.Array => string.Concat(content.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : string.Empty)),
            _ => throw Invalid($"'{where}.content' must be a string or an array of content parts.", where + ".content"),
        };
    }

    private static void ParseTools(JsonElement root, ChatOptions options)
    {
        if (!root.TryGetProperty("tools", out var tools) || tools.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (tools.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("'tools' must be an array.", "tools");
        }

        options.Tools = [];
        foreach (var tool in tools.EnumerateArray())
        {
            if (tool.ValueKind != JsonValueKind.Object || OptionalString(tool, "type", "tools") != "function" || !tool.TryGetProperty("function", out var function) || function.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("Each tool must be {\"type\":\"function\",\"function\":{...}}.", "tools");
            }

            var name = OptionalString(function, "name", "tools") ?? throw Invalid("Each tool function needs a 'name'.", "tools");
            var schema = function.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                ? parameters.Clone()
                : JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();
            options.Tools.Add(AIFunctionFactory.CreateDeclaration(name, OptionalString(function, "description", "tools"), schema));
        }

        if (root.TryGetProperty("tool_choice", out var choice))
        {
            options.ToolMode = choice.ValueKind switch
            {
                JsonValueKind.String when choice.GetString() == "auto" => ChatToolMode.Auto,
                JsonValueKind.String when choice.GetString() == "none" => ChatToolMode.None,
                JsonValueKind.String when choice.GetString() == "required" => ChatToolMode.RequireAny,
                JsonValueKind.Object when choice.TryGetProperty("function", out var f) && OptionalString(f, "name", "tool_choice") is { } fn => ChatToolMode.RequireSpecific(fn),
                JsonValueKind.Null => null,
                _ => throw Invalid("'tool_choice' must be 'auto', 'none', 'required' or {\"type\":\"function\",\"function\":{\"name\":...}}.", "tool_choice"),
            };
        }
    }

    private static void ParseResponseFormat(JsonElement root, ChatOptions options)
    {
        if (!root.TryGetProperty("response_format", out var format) || format.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var type = format.ValueKind == JsonValueKind.Object ? OptionalString(format, "type", "response_format") : null;
        options.ResponseFormat = type switch
        {
            "text" => ChatResponseFormat.Text,
            "json_object" => ChatResponseFormat.Json,
            "json_schema" when format.TryGetProperty("json_schema", out var js) && js.ValueKind == JsonValueKind.Object && js.TryGetProperty("schema", out var schema) =>
                ChatResponseFormat.ForJsonSchema(schema.Clone(), OptionalString(js, "name", "response_format"), OptionalString(js, "description", "response_format")),
            _ => throw Invalid("'response_format.type' must be text, json_object or json_schema (with json_schema.schema).", "response_format"),
        };
    }

    private static IDictionary<string, object?>? ParseArguments(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, object?>>(json);
        }
        catch (JsonException)
        {
            return new Dictionary<string, object?> { ["_raw"] = json };
        }
    }

    private static bool IsPlainName(string name) => name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string? OptionalString(JsonElement json, string name, string? where = null) =>
        !json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw Invalid($"'{Path(where, name)}' must be a string.", Path(where, name), "invalid_type");

    private static bool? OptionalBool(JsonElement json, string name) =>
        !json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw Invalid($"'{name}' must be a boolean.", name, "invalid_type");

    private static float? OptionalFloat(JsonElement json, string name) =>
        !json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetSingle(out var f) && float.IsFinite(f) ? f
        : throw Invalid($"'{name}' must be a number.", name, "invalid_type");

    private static int? OptionalInt(JsonElement json, string name) =>
        !json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) && i >= 0 ? i
        : throw Invalid($"'{name}' must be a non-negative integer.", name, "invalid_type");

    private static long? OptionalLong(JsonElement json, string name) =>
        !json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var i) ? i
        : throw Invalid($"'{name}' must be an integer.", name, "invalid_type");

    private static string Path(string? where, string name) => where is null ? name : where + "." + name;

    private static ApiException Invalid(string message, string? param, string? code = null) =>
        new(StatusCodes.Status400BadRequest, message, OpenAIError.InvalidRequest, param, code);
}
