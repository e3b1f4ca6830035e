using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Product;

/// <summary>How the shared pipeline treats the Product API.</summary>
internal static class ProductFamily
{
    public static readonly InstasentFamily Descriptor = new("Product", o => o.Product, JsonErrorBodyReader.Instance)
    {
        StatusHints = new Dictionary<int, string>
        {
            [401] = "Check that the Product API token is valid and not revoked",
            // The docs give two causes for a Product 403; the body does not say which one applies.
            [403] = "The token is valid but was refused: either it lacks the scope this endpoint needs (for example PROJECT_AUDIENCE_READ, PROJECT_AUDIENCE_LIST, PROJECT_AUDIENCE_WRITE, PROJECT_DIRECT_WRITE), or its data-privacy level (PROJECT_AUDIENCE_DATA_BASIC / _FULL / _EVENTS) is too low for the requested fields. Tokens are immutable: mint a new one with the needed scopes in Project settings > API tokens",
            [404] = "The project UID, id, user id, phone, e-mail or audience id was not found or is not visible to this token",
        },
    };
}
