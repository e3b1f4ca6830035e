using System.Text.RegularExpressions;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Validation;

namespace Instasent.Sdk.LynSms;

/// <summary>Checks made before anything is sent to LynSMS, so bad input fails with the field named instead of costing a request.</summary>
internal static partial class LynSmsValidation
{
    public const int MaxBodyLength = 1600;

    public static void ThrowIfInvalid(LynSmsSendRequest request, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(request, parameterName);
        var errors = new List<InstasentFieldError>();
        CheckFromAndBody(request.From, request.Body, errors);
        errors.AddRange(Recipient(request.To, "to"));
        Throw(errors, parameterName);
    }

    public static void ThrowIfInvalid(LynSmsBulkRequest request, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(request, parameterName);
        if (request.Recipients is null)
        {
            throw new ArgumentException($"{parameterName}.Recipients is required.", parameterName);
        }

        var errors = new List<InstasentFieldError>();
        CheckFromAndBody(request.From, request.Body, errors);
        Throw(errors, parameterName);
    }

    public static IReadOnlyList<InstasentFieldError> Recipient(string? to, string field = "to")
    {
        if (string.IsNullOrWhiteSpace(to))
        {
            return [new InstasentFieldError(field, $"{field} (the recipient) is required.")];
        }

        return PhoneNumber.IsE164(to)
            ? []
            : [new InstasentFieldError(field, $"{field} must be an E.164 number: '+' and 7 to 15 digits, such as +12025550143 (got '{PiiMasker.MaskPhone(to)}').")];
    }

    private static void CheckFromAndBody(string? from, string? body, List<InstasentFieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(from))
        {
            errors.Add(new InstasentFieldError("from", "from (the sender id) is required."));
        }
        else if (!AlphanumericSender().IsMatch(from) && !NumericSender().IsMatch(from))
        {
            errors.Add(new InstasentFieldError("from", "from must be up to 11 letters and digits, or a numeric long/short code."));
        }

        if (string.IsNullOrEmpty(body))
        {
            errors.Add(new InstasentFieldError("body", "body must not be empty."));
        }
        else if (body.Length > MaxBodyLength)
        {
            errors.Add(new InstasentFieldError("body", $"body must be at most {MaxBodyLength} characters; it has {body.Length}."));
        }
    }

    private static void Throw(List<InstasentFieldError> errors, string parameterName)
    {
        if (errors.Count > 0)
        {
            throw new ArgumentException($"{parameterName}.{errors[0].Field}: {errors[0].Message}", parameterName);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9]{1,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex AlphanumericSender();

    [GeneratedRegex(@"^\+?[0-9]{3,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericSender();
}
