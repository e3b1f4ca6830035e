namespace Instasent.Sdk.Errors;

/// <summary>One problem with one field, found by the SDK before sending or reported by the server.</summary>
/// <param name="Field">The field, as the API names it (for example <c>to</c>), or empty when the problem is not tied to a field.</param>
/// <param name="Message">What is wrong.</param>
public sealed record InstasentFieldError(string Field, string Message);
