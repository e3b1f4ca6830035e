using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// The status of a Hellio SMS campaign (one <c>POST /sms/send</c>). Only <c>queued</c>, the answer of a send, is
/// documented; any other value is kept as sent (compare with <see cref="Value"/>).
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<HellioCampaignStatus>))]
public readonly record struct HellioCampaignStatus : IExtensibleEnum<HellioCampaignStatus>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public HellioCampaignStatus(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>Accepted and waiting to be sent.</summary>
    public static HellioCampaignStatus Queued { get; } = new("queued");

    /// <summary>Gets whether the value is one of the documented values.</summary>
    public bool IsKnown => Value is "queued";

    /// <inheritdoc />
    public static HellioCampaignStatus FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
