using System.Text.RegularExpressions;

namespace Instasent.Sdk.Validation;

/// <summary>The one E.164 check of the SDK, shared by every family that takes phone numbers.</summary>
internal static partial class PhoneNumber
{
    /// <summary>Gets whether <paramref name="phone"/> is E.164: <c>+</c>, a non-zero digit, then 6 to 14 digits.</summary>
    public static bool IsE164(string? phone) => phone is not null && E164().IsMatch(phone);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
