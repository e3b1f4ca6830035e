using Instasent.Sdk.Sms;

namespace Instasent.Sdk.Transactional;

/// <summary>Settings of the Instasent Transactional SMS API (<c>api_sms</c> token, issued per project).</summary>
public sealed class TransactionalOptions : InstasentSmsApiOptions
{
    /// <summary>
    /// The production base address. The docs pages use <c>/transactional/v1</c> while an OpenAPI fragment names the bare
    /// host, so it is only a default: override <see cref="InstasentApiOptions.BaseAddress"/> if your account differs.
    /// </summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.instasent.com/transactional/v1");

    /// <summary>Initializes a new instance with the production base address.</summary>
    public TransactionalOptions()
        : base(DefaultBaseAddress)
    {
    }
}
