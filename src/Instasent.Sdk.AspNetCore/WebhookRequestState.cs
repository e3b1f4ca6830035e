namespace Instasent.Sdk.AspNetCore;

/// <summary>The verified payload of the current request, handed to the endpoint's handler as a scoped service.</summary>
internal sealed class WebhookRequestState
{
    public object? Payload { get; set; }

    public T Get<T>()
        where T : class =>
        Payload as T ?? throw new InvalidOperationException(
            $"No verified {typeof(T).Name} is available: a {typeof(T).Name} parameter can only be bound by an endpoint mapped with the Instasent webhook Map methods (MapLynSmsWebhook, MapHellioWebhook, MapHellioUssdCallback, MapInstasentDeliveryReportWebhook).");
}
