using Instasent.Sdk;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Readme;

/// <summary>
/// Every C# snippet of README.md, compiled. <see cref="ReadmeSnippetTests"/> checks that each ```csharp block of the
/// README (introduced by <c>&lt;!-- snippet: Name --&gt;</c>) equals the <c>#region snippet:Name</c> below, ignoring
/// indentation and runs of spaces, and that the README's leading <c>using</c> directives are among this file's.
/// </summary>
/// <remarks>
/// To add a snippet: add a method here (parameters stand for whatever the snippet takes as given), wrap its body in
/// <c>#region snippet:Name</c> / <c>#endregion</c>, and put <c>&lt;!-- snippet: Name --&gt;</c> on the line above the
/// README's ```csharp fence. The methods are compiled, never run: they exist so the README cannot use an API that is
/// gone or was renamed.
/// </remarks>
internal static class ReadmeSnippets
{
    public static async Task QuickStart(IEnumerable<SmsMessage> messages)
    {
        #region snippet:QuickStart
        var options = new InstasentClientOptions();
        options.Transactional.Token = Environment.GetEnvironmentVariable("INSTASENT_TOKEN");

        using var client = new InstasentClient(options);
        var sent = await client.Transactional.SendSmsAsync(new SmsMessage("Acme", "+34600000000", "Your code is 1234"));
        Console.WriteLine($"{sent.Value.Id} {sent.Value.Status} (request {sent.RequestId}, {sent.RateLimit?.Remaining} calls left)");

        var bulk = await client.Transactional.SendBulkSmsAsync(messages);      // any number; batches of 100, outcomes by index
        await foreach (var sms in client.Transactional.ListSmsAsync()) { }      // lazy, page by page
        #endregion
    }

    public static void DependencyInjection(WebApplicationBuilder builder, string tenantBToken)
    {
        #region snippet:DependencyInjection
        builder.Services.AddInstasentClient(builder.Configuration.GetSection("Instasent"));
        builder.Services.AddInstasentClient("tenant-b", o => o.Transactional.Token = tenantBToken);   // named client

        // inject IInstasentClient (the default one), or IInstasentClientFactory.CreateClient("tenant-b"),
        // or [FromKeyedServices("tenant-b")] IInstasentClient
        #endregion
    }

    public static async Task TestingYourCode()
    {
        #region snippet:TestingYourCode
        await using var fake = await InstasentFakeServer.StartAsync();
        using var client = new InstasentClient(fake.CreateClientOptions());
        fake.EnqueueFault(FakeFault.RateLimited(("Retry-After", "1")));
        await client.Transactional.SendSmsAsync(new SmsMessage("Acme", "+34600000000", "hi"));
        Assert.That(fake.Sms.Messages, Has.Count.EqualTo(1));
        #endregion
    }
}
