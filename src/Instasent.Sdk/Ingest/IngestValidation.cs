using System.Globalization;
using System.Text.Json;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Validation;

namespace Instasent.Sdk.Ingest;

/// <summary>The checks done before a record is sent; a record that fails them is reported as rejected and never sent.</summary>
internal static class IngestValidation
{
    private static readonly HashSet<string> TypedContactKeys = new(StringComparer.Ordinal) { "_user_id", "_email", "_phone_mobile", "_first_name", "_last_name", "_country_code" };

    public static IReadOnlyList<InstasentFieldError> Validate(IngestContact? contact, IReadOnlyCollection<string>? dateAttributes)
    {
        if (contact is null)
        {
            return [new InstasentFieldError(string.Empty, "The record is null.")];
        }

        List<InstasentFieldError>? errors = null;
        void Add(string field, string message) => (errors ??= []).Add(new InstasentFieldError(field, message));

        if (string.IsNullOrWhiteSpace(contact.UserId))
        {
            Add("_user_id", "_user_id is required: it is the contact's key in the datasource.");
        }

        if (contact.PhoneMobile is { } phone && !PhoneNumber.IsE164(phone))
        {
            Add("_phone_mobile", $"_phone_mobile must be E.164: '+' and 7 to 15 digits, such as +34600000000 (got '{PiiMasker.MaskPhone(phone)}').");
        }

        if (contact.Attributes is not null)
        {
            foreach (var (key, value) in contact.Attributes)
            {
                if (string.IsNullOrWhiteSpace(key))
                {
                    Add(string.Empty, "An attribute key is empty.");
                }
                else if (TypedContactKeys.Contains(key))
                {
                    Add(key, $"{key} is set through its typed property; remove it from Attributes.");
                }
                else if ((key.StartsWith("_date_", StringComparison.Ordinal) || dateAttributes?.Contains(key) == true) && !IsDateOrNull(value))
                {
                    Add(key, $"{key} is a date attribute and must be a YYYY-MM-DD string (got {Describe(value)}).");
                }
            }
        }

        return errors ?? (IReadOnlyList<InstasentFieldError>)[];
    }

    public static IReadOnlyList<InstasentFieldError> Validate(IngestEvent? e)
    {
        if (e is null)
        {
            return [new InstasentFieldError(string.Empty, "The record is null.")];
        }

        List<InstasentFieldError>? errors = null;
        void Add(string field, string message) => (errors ??= []).Add(new InstasentFieldError(field, message));

        if (string.IsNullOrWhiteSpace(e.UserId))
        {
            Add("_user_id", "_user_id is required: it links the event to its contact.");
        }

        if (string.IsNullOrWhiteSpace(e.EventType))
        {
            Add("_event_type", "_event_type is required (an event spec UID from /stream/specs/events).");
        }

        if (e.EventDate == default)
        {
            Add("_event_date", "_event_date is required.");
        }

        if (e.EventId is { } id && string.IsNullOrWhiteSpace(id))
        {
            Add("_event_id", "_event_id is blank; give a stable id or leave it null to let the SDK derive one.");
        }

        return errors ?? (IReadOnlyList<InstasentFieldError>)[];
    }

    private static bool IsDateOrNull(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null
        || (value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: 10 } text
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    private static string Describe(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? "'" + (value.GetString() is { Length: > 30 } s ? s[..30] + "..." : value.GetString()) + "'"
        : value.ValueKind.ToString();
}
