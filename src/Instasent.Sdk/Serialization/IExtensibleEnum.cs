namespace Instasent.Sdk.Serialization;

/// <summary>
/// A string-backed value with a few well-known constants that still accepts any other value the server sends.
/// </summary>
/// <remarks>
/// The vendor documentation lists enum values incompletely (Instasent's DLR status list is cut off, LynSMS and Hellio
/// publish no full status list), so a closed C# <c>enum</c> would either throw or silently map new values to a default.
/// Types implementing this keep the exact wire value instead.
/// </remarks>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IExtensibleEnum<TSelf>
    where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>Gets the exact value as it appears on the wire.</summary>
    string Value { get; }

    /// <summary>Creates an instance from a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    static abstract TSelf FromWire(string value);
}
