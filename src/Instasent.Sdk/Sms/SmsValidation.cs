using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Validation;

namespace Instasent.Sdk.Sms;

/// <summary>The checks made before an SMS is sent, so bad input fails fast with the field named instead of costing a request.</summary>
internal static class SmsValidation
{
    public const int MaxFromLength = 11;
    public const int MaxClientIdLength = 40;

    public static IReadOnlyList<InstasentFieldError> Validate(SmsRequest? message)
    {
        if (message is null)
        {
            return [new InstasentFieldError(string.Empty, "The message is null.")];
        }

        List<InstasentFieldError>? errors = null;
        void Add(string field, string text) => (errors ??= []).Add(new InstasentFieldError(field, text));

        if (string.IsNullOrWhiteSpace(message.From))
        {
            Add("from", "from (the sender id) is required.");
        }
        else if (message.From.Length > MaxFromLength)
        {
            Add("from", $"from must be at most {MaxFromLength} characters; it has {message.From.Length}.");
        }

        if (string.IsNullOrWhiteSpace(message.To))
        {
            Add("to", "to (the recipient) is required.");
        }
        else if (!PhoneNumber.IsE164(message.To))
        {
            Add("to", $"to must be an E.164 number: '+' and 7 to 15 digits, such as +34600000000 (got '{PiiMasker.MaskPhone(message.To)}').");
        }

        if (string.IsNullOrEmpty(message.Text))
        {
            Add("text", "text must not be empty.");
        }

        if (message.ClientId is { Length: > MaxClientIdLength })
        {
            Add("clientId", $"clientId must be at most {MaxClientIdLength} characters; it has {message.ClientId.Length}.");
        }

        return errors ?? (IReadOnlyList<InstasentFieldError>)[];
    }
}
