namespace Instasent.Sdk.Errors;

/// <summary>One problem with one field, found by the SDK before sending or reported by the server.</summary>
/// <remarks>Init properties rather than a positional record, so a detail added later (an error code) does not break callers.</remarks>
public sealed record InstasentFieldError
{
    /// <summary>Initializes a field error.</summary>
    /// <param name="field">The field, as the API names it (for example <c>to</c>), or empty when the problem is not tied to a field.</param>
    /// <param name="message">What is wrong.</param>
    public InstasentFieldError(string field, string message)
    {
        Field = field;
        Message = message;
    }

    /// <summary>Gets the field, as the API names it (for example <c>to</c>), or empty when the problem is not tied to a field.</summary>
    public string Field { get; init; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; init; }
}
