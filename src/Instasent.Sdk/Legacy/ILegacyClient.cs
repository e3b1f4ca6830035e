using Instasent.Sdk.Sms;

namespace Instasent.Sdk.Legacy;

/// <summary>
/// The Instasent Legacy SMS API (<c>https://api.instasent.com</c>, account token). Superseded by the Transactional
/// API, which has the same operations plus delivery-report webhooks; status here is known by polling only.
/// </summary>
public interface ILegacyClient : IInstasentSmsClient;
