using Microsoft.AspNetCore.Routing;

namespace Instasent.Sdk.Testing;

/// <summary>One vendor API simulated by the fake server (routes plus in-memory state).</summary>
internal interface IFakeApiModule
{
    void Map(IEndpointRouteBuilder routes);
}
