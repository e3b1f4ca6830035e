// The API service of the Aspire sample: what any service in an Aspire app does (ServiceDefaults.cs), then the SDK bound
// from configuration. The AppHost sets Instasent__* (base address, token) for it; nothing here knows about the fake.
using Instasent.Sdk;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddInstasentClient(builder.Configuration.GetSection("Instasent"));

var app = builder.Build();

app.MapPost("/notify", async (IInstasentClient instasent, CancellationToken cancellationToken) =>
{
    try
    {
        var sent = await instasent.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600000001", "Your order has shipped"), cancellationToken: cancellationToken);
        return Results.Ok(new { sent.Value.Id, Status = sent.Value.Status.ToString(), Attempts = sent.Attempts.Count });
    }
    catch (InstasentException ex)
    {
        // Typed errors carry no token, number or text: safe to log and to answer with.
        return Results.Problem(ex.Message, statusCode: StatusCodes.Status502BadGateway);
    }
});
app.MapGet("/balance", async (IInstasentClient instasent, CancellationToken cancellationToken) =>
{
    var account = await instasent.Transactional.GetBalanceAsync(cancellationToken: cancellationToken);
    return Results.Ok(new { account.Value.Available, account.Value.Currency });
});

app.Run();
