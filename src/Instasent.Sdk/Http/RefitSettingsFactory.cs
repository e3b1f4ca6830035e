using Refit;

namespace Instasent.Sdk.Http;

/// <summary>
/// The Refit settings every family shares. Refit only builds requests here: bodies arrive as ready JSON content, and
/// responses come back as <see cref="HttpResponseMessage"/> for the executor to read, so Refit's own exceptions (which
/// keep the live request, <c>Authorization</c> header included) are never created.
/// </summary>
internal static class RefitSettingsFactory
{
    public static readonly RefitSettings Settings = new()
    {
        CaptureMethodArguments = false,
        // Hand transport failures back untouched; the executor maps them to InstasentTransportException.
        TransportExceptionFactory = static (_, exception, _) => exception,
    };
}
