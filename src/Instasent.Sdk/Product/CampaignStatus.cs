using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>
/// The status of a campaign. The sources show only <c>draft</c> and <c>sent</c> (the n8n node filters on them), so any other value the server sends is kept as is.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<CampaignStatus>))]
public readonly record struct CampaignStatus : IExtensibleEnum<CampaignStatus>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public CampaignStatus(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>Not sent yet.</summary>
    public static CampaignStatus Draft { get; } = new("draft");

    /// <summary>Sent.</summary>
    public static CampaignStatus Sent { get; } = new("sent");

    /// <summary>Gets whether the value is one of the documented ones.</summary>
    public bool IsKnown => Value is "draft" or "sent";

    /// <inheritdoc />
    public static CampaignStatus FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
