namespace Instasent.Sdk.AspNetCore;

/// <summary>Which webhook a mapped endpoint receives.</summary>
internal enum WebhookKind
{
    LynSms,
    Hellio,
    HellioUssd,
    InstasentDeliveryReport,
}
