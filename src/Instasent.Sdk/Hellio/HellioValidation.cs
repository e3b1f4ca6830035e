namespace Instasent.Sdk.Hellio;

/// <summary>The documented limits, checked before anything is sent so bad input fails with the field named.</summary>
internal static class HellioValidation
{
    public const int MaxRecipients = 10_000;
    public const int MaxNumberLength = 20;
    public const int MaxSenderLength = 11;
    public const int MaxMessageLength = 1600;

    public static void Sms(HellioSmsRequest request, string parameter)
    {
        ArgumentNullException.ThrowIfNull(request, parameter);
        Numbers(request.Recipients, MaxRecipients, parameter + ".recipients", parameter);
        Sender(request.Sender, required: true, parameter);
        if (string.IsNullOrEmpty(request.Message) || request.Message.Length > MaxMessageLength)
        {
            Fail(parameter, $"{parameter}.message must have 1 to {MaxMessageLength} characters.");
        }
    }

    public static void Otp(HellioOtpRequest request, string parameter)
    {
        ArgumentNullException.ThrowIfNull(request, parameter);
        Destination(request.Channel, request.MobileNumber, request.Email, parameter);
        if (request.Channel.NeedsSender)
        {
            Sender(request.Sender, required: true, parameter);
        }

        if (request.Length is < 4 or > 10)
        {
            Fail(parameter, $"{parameter}.length must be 4 to 10 digits.");
        }

        if (request.Expiry is < 1 or > 1440)
        {
            Fail(parameter, $"{parameter}.expiry must be 1 to 1440 minutes.");
        }

        if (request.Purpose is { Length: > 32 })
        {
            Fail(parameter, $"{parameter}.purpose must be at most 32 characters.");
        }
    }

    public static void OtpVerify(HellioOtpVerifyRequest request, string parameter)
    {
        ArgumentNullException.ThrowIfNull(request, parameter);
        Destination(request.Channel, request.MobileNumber, request.Email, parameter);
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            Fail(parameter, $"{parameter}.code is required.");
        }
    }

    public static void Voice(HellioVoiceRequest request, string parameter)
    {
        ArgumentNullException.ThrowIfNull(request, parameter);
        Numbers(request.Recipients, MaxRecipients, parameter + ".recipients", parameter);
        if (string.IsNullOrWhiteSpace(request.Text) == (request.AudioUrl is null))
        {
            Fail(parameter, $"{parameter}: set exactly one of text (synthesised) or audio_url (a hosted file).");
        }

        if (request.AudioUrl is { } audio && (!audio.IsAbsoluteUri || (audio.Scheme != Uri.UriSchemeHttps && audio.Scheme != Uri.UriSchemeHttp)))
        {
            Fail(parameter, $"{parameter}.audio_url must be an absolute http(s) address Hellio can fetch.");
        }
    }

    public static void Numbers(IReadOnlyList<string>? numbers, int max, string field, string parameter)
    {
        if (numbers is null || numbers.Count == 0)
        {
            Fail(parameter, $"{field} must hold at least one number.");
        }

        if (numbers!.Count > max)
        {
            Fail(parameter, $"{field} holds {numbers.Count} numbers; at most {max} are allowed per request.");
        }

        for (var i = 0; i < numbers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(numbers[i]) || numbers[i].Length > MaxNumberLength)
            {
                Fail(parameter, $"{field}[{i}] must be a number of 1 to {MaxNumberLength} characters.");
            }
        }
    }

    private static void Destination(HellioOtpChannel channel, string? mobile, string? email, string parameter)
    {
        if (string.IsNullOrEmpty(channel.Value))
        {
            Fail(parameter, $"{parameter}.channel is required (sms, voice, whatsapp or email).");
        }

        // The destination member name switches with the channel, so the other one must stay empty.
        if (channel.UsesEmail)
        {
            if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
            {
                Fail(parameter, $"{parameter}.email is required for the email channel.");
            }

            if (mobile is not null)
            {
                Fail(parameter, $"{parameter}.mobile_number must not be set for the email channel.");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(mobile) || mobile.Length > MaxNumberLength)
            {
                Fail(parameter, $"{parameter}.mobile_number must be a number of 1 to {MaxNumberLength} characters for the {channel} channel.");
            }

            if (email is not null)
            {
                Fail(parameter, $"{parameter}.email must only be set for the email channel.");
            }
        }
    }

    private static void Sender(string? sender, bool required, string parameter)
    {
        if (string.IsNullOrWhiteSpace(sender))
        {
            if (required)
            {
                Fail(parameter, $"{parameter}.sender (an approved sender id) is required.");
            }
        }
        else if (sender.Length > MaxSenderLength)
        {
            Fail(parameter, $"{parameter}.sender must be at most {MaxSenderLength} characters; it has {sender.Length}.");
        }
    }

    private static void Fail(string parameter, string message) => throw new ArgumentException(message, parameter);
}
