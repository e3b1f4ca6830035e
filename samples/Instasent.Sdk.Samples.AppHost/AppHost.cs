// .NET Aspire AppHost: an API service that sends SMS through Instasent.Sdk, and the SDK's fake server as a resource
// standing in for the Instasent API (offline, no cost). Run: dotnet run --project samples/Instasent.Sdk.Samples.AppHost
// then POST http://localhost:5180/notify (or open the dashboard link printed at start-up).
// Against the real API: drop the fake resource, and give the service its token as a secret parameter instead, e.g.
//   var token = builder.AddParameter("instasent-token", secret: true);
//   api.WithEnvironment("Instasent__Transactional__Token", token);
var builder = DistributedApplication.CreateBuilder(args);

// The fake listens on the port Aspire gives it (PORT); Aspire's proxy exposes it as service "instasent-fake".
var fake = builder.AddProject<Projects.Instasent_Sdk_Samples_FakeServer>("instasent-fake")
    .WithHttpEndpoint(env: "PORT");

// The service finds the fake through service discovery (http://instasent-fake), the way it would find any Aspire resource.
builder.AddProject<Projects.Instasent_Sdk_Samples_AppHost_ApiService>("api")
    .WithHttpEndpoint(port: 5180)
    .WithReference(fake)
    .WaitFor(fake)
    .WithEnvironment("Instasent__AllowInsecureHttp", "true")
    .WithEnvironment("Instasent__Transactional__BaseAddress", "http://instasent-fake/transactional/v1")
    .WithEnvironment("Instasent__Transactional__Token", "fake-token");

builder.Build().Run();
