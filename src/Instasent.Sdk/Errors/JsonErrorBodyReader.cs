using System.Text.Json;

namespace Instasent.Sdk.Errors;

/// <summary>
/// The lenient reader every family starts from. It understands the shapes the vendors document:
/// <c>{"message": ...}</c> (Instasent), <c>{"message", "error": "code", "errors": {field: [..]}}</c> (Hellio, Laravel),
/// <c>{"error": {"type", "code", "message"}, "meta": {"request_id"}}</c> (LynSMS). Anything else, including HTML pages
/// from proxies and empty bodies, yields what could be read and nothing more.
/// </summary>
internal class JsonErrorBodyReader : IErrorBodyReader
{
    public static readonly JsonErrorBodyReader Instance = new();

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32, AllowTrailingCommas = true };

    public ApiErrorDetails Read(int statusCode, ReadOnlySpan<byte> body)
    {
        var trimmed = TrimStart(body);
        if (trimmed.IsEmpty || trimmed[0] != (byte)'{')
        {
            return ApiErrorDetails.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed.ToArray(), DocumentOptions);
            return document.RootElement.ValueKind == JsonValueKind.Object ? Read(document.RootElement) : ApiErrorDetails.Empty;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // Invalid UTF-8, wrong member types, anything else: an unreadable error body is still a typed API error.
            return ApiErrorDetails.Empty;
        }
    }

    /// <summary>Reads a parsed error object; families with extra members override this.</summary>
    protected virtual ApiErrorDetails Read(JsonElement root)
    {
        string? code = null, type = null, message = null, requestId = null;
        var fieldErrors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var extras = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "message":
                    message ??= AsText(property.Value);
                    break;
                case "error" when property.Value.ValueKind == JsonValueKind.Object:
                    foreach (var inner in property.Value.EnumerateObject())
                    {
                        switch (inner.Name)
                        {
                            case "code": code = AsText(inner.Value); break;
                            case "type": type = AsText(inner.Value); break;
                            case "message": message = AsText(inner.Value) ?? message; break;
                            case "errors": ReadFieldErrors(inner.Value, fieldErrors); break;
                            default: AddExtra(extras, inner); break;
                        }
                    }

                    break;
                case "error":
                    code = AsText(property.Value);
                    break;
                case "code" when code is null:
                    code = AsText(property.Value);
                    break;
                case "errors":
                    ReadFieldErrors(property.Value, fieldErrors);
                    break;
                case "meta" when property.Value.ValueKind == JsonValueKind.Object:
                    if (property.Value.TryGetProperty("request_id", out var id))
                    {
                        requestId = AsText(id);
                    }

                    break;
                case "request_id" or "requestId":
                    requestId = AsText(property.Value);
                    break;
                default:
                    AddExtra(extras, property);
                    break;
            }
        }

        return new ApiErrorDetails
        {
            ErrorCode = code,
            ErrorType = type,
            Message = message,
            RequestId = requestId,
            FieldErrors = fieldErrors.Count == 0 ? ApiErrorDetails.EmptyFieldErrors : fieldErrors,
            Extras = extras.Count == 0 ? ApiErrorDetails.EmptyExtras : extras,
        };
    }

    /// <summary>Reads <c>{field: [msgs]}</c>, <c>{field: "msg"}</c> or <c>[ "msg", {field, message} ]</c>.</summary>
    internal static void ReadFieldErrors(JsonElement errors, Dictionary<string, IReadOnlyList<string>> into)
    {
        switch (errors.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var field in errors.EnumerateObject())
                {
                    into[field.Name] = Messages(field.Value);
                }

                break;
            case JsonValueKind.Array:
                var general = new List<string>();
                foreach (var item in errors.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object
                        && (item.TryGetProperty("field", out var f) || item.TryGetProperty("param", out f))
                        && AsText(f) is { } name)
                    {
                        var text = item.TryGetProperty("message", out var m) ? AsText(m) : null;
                        into[name] = text is null ? [] : [text];
                    }
                    else if (AsText(item) is { } text)
                    {
                        general.Add(text);
                    }
                }

                if (general.Count > 0)
                {
                    into[string.Empty] = general;
                }

                break;
        }
    }

    internal static IReadOnlyList<string> Messages(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var list = new List<string>();
            foreach (var item in value.EnumerateArray())
            {
                if (AsText(item) is { } text)
                {
                    list.Add(text);
                }
            }

            return list;
        }

        return AsText(value) is { } single ? [single] : [];
    }

    internal static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static void AddExtra(Dictionary<string, string> extras, JsonProperty property)
    {
        if (extras.Count < 32 && AsText(property.Value) is { } text)
        {
            extras[property.Name] = text.Length > 256 ? text[..256] : text;
        }
    }

    private static ReadOnlySpan<byte> TrimStart(ReadOnlySpan<byte> body)
    {
        // Skip a UTF-8 BOM and whitespace.
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        var i = 0;
        while (i < body.Length && (body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            i++;
        }

        return body[i..];
    }
}
