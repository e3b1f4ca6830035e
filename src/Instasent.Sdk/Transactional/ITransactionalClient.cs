using Instasent.Sdk.Sms;

namespace Instasent.Sdk.Transactional;

/// <summary>
/// The Instasent Transactional SMS API (<c>https://api.instasent.com/transactional/v1</c>, per-project <c>api_sms</c>
/// token). Delivery reports arrive by webhook; read them with <see cref="DeliveryReportParser"/>.
/// </summary>
public interface ITransactionalClient : IInstasentSmsClient;
