namespace Instasent.Sdk.Product;

/// <summary>
/// Settings of the Instasent Product API (a "Product API token" with scopes, issued per organization or project).
/// </summary>
public sealed class ProductOptions : InstasentApiOptions
{
    /// <summary>The production base address; every project resource lives under <c>/project/{projectUid}</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.instasent.com/v1");

    /// <summary>Initializes a new instance with the production base address.</summary>
    public ProductOptions()
        : base(DefaultBaseAddress)
    {
    }

    /// <summary>
    /// Gets or sets the project UID (not the internal numeric id) used when a method is not given one.
    /// </summary>
    public string? ProjectId { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"ProductOptions {{ BaseAddress = {BaseAddress}, ProjectId = {ProjectId}, Token = {(HasToken ? "***" : "(none)")} }}";
}
