using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Validation;

/// <summary>Turns the field errors of a pre-send check into the one exception shape every family throws for bad input.</summary>
internal static class FieldErrors
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad field, as <c>parameter.Field</c>; the message lists every problem.</summary>
    public static void ThrowIfAny(IReadOnlyList<InstasentFieldError> errors, string parameterName)
    {
        if (errors.Count == 0)
        {
            return;
        }

        var first = errors[0];
        var paramName = first.Field.Length == 0 ? parameterName : parameterName + "." + first.Field;
        var message = errors.Count == 1 ? first.Message : first.Message + $" ({errors.Count - 1} more problem(s): " + string.Join(" ", errors.Skip(1).Select(e => e.Message)) + ")";
        throw new ArgumentException(message, paramName);
    }
}
