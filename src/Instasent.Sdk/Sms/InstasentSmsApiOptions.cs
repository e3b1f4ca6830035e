using System.Diagnostics.CodeAnalysis;

namespace Instasent.Sdk.Sms;

/// <summary>Settings shared by the Legacy and Transactional SMS APIs.</summary>
public abstract class InstasentSmsApiOptions : InstasentApiOptions
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="defaultBaseAddress">The production base address.</param>
    protected InstasentSmsApiOptions(Uri defaultBaseAddress)
        : base(defaultBaseAddress)
    {
    }

    /// <summary>Gets or sets the path of the SMS price profile, relative to the base address.</summary>
    /// <remarks>
    /// Unconfirmed: Instasent documents that price profiles exist (spec tag <c>price</c>) but not their paths, so this
    /// default is a guess you can correct. Used by <see cref="IInstasentSmsClient.GetPricingAsync"/>.
    /// </remarks>
    [Experimental("INSTASENT0001")]
    public string SmsPriceProfilePath { get; set; } = "price/sms";

    /// <summary>
    /// Gets or sets whether bulk sends give every message without a <c>clientId</c> one of its own, so each message of
    /// the answer is matched to its message exactly even when the server reorders them or two messages look alike.
    /// The ids are random (<c>sdk_</c> and 32 hexadecimal digits, within the 40-character limit), never derived from
    /// the recipient or the text, and are reported as <see cref="Batching.BatchItemOutcome{TResult}.ClientReference"/>
    /// (also echoed in delivery reports). Messages that have a <c>clientId</c> keep it. Default <see langword="false"/>.
    /// </summary>
    public bool AssignClientIds { get; set; }

    /// <summary>Gets or sets the path of the lookup price profile, relative to the base address.</summary>
    /// <remarks>Unconfirmed: an undocumented guess, like <see cref="SmsPriceProfilePath"/>.</remarks>
    [Experimental("INSTASENT0001")]
    public string LookupPriceProfilePath { get; set; } = "price/lookup";
}
