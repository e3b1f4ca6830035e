using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Diagnostics;

public sealed class SecretsInLogsTests : FakeServerFixture
{
    private const string Token = "tok_live_SUPERSECRET_0123456789";
    private const string Phone = "+34600987654";
    private const string Text = "Your one-time code is 771199";

    private IInstasentClient Client(bool logContent = false) => CreateClient(o =>
    {
        o.Transactional.Token = Token;
        o.Diagnostics.LogContent = logContent;
    });

    private async Task<List<string>> ExerciseAsync(IInstasentClient client)
    {
        var exceptionTexts = new List<string>();
        var message = new SmsRequest("Acme", Phone, Text) { ClientId = "c-1" };
        await WithFakeTime(client.Transactional.SendSmsAsync(message));

        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "1")));
        await WithFakeTime(client.Transactional.SendSmsAsync(message));

        Server.EnqueueFault(FakeFault.Json(422, $"{{\"message\":\"bad number {Phone}\"}}"));
        try
        {
            await client.Transactional.SendSmsAsync(message);
        }
        catch (InstasentException ex)
        {
            exceptionTexts.Add(ex.ToString());
            exceptionTexts.AddRange(ex.Data.Values.Cast<object?>().Select(v => v?.ToString() ?? string.Empty));
        }

        Server.EnqueueFault(FakeFault.Hung() with { Times = 1 });
        try
        {
            await WithFakeTime(client.Transactional.SendSmsAsync(message), 5);
        }
        catch (InstasentTransportException ex)
        {
            exceptionTexts.Add(ex.ToString());
        }

        await client.Transactional.SendBulkSmsAsync([message, message with { To = "bad" }]);
        await client.Transactional.CreateLookupAsync(Phone);
        exceptionTexts.Add(Assert.Throws<ArgumentException>(() => client.Transactional.SendSmsAsync(message with { To = "0034600987654" }))!.ToString());
        return exceptionTexts;
    }

    [Test]
    public async Task No_token_message_text_or_phone_number_in_any_log_line_or_exception()
    {
        var exceptions = await ExerciseAsync(Client());
        var records = Logs.Collector.GetSnapshot();

        Assert.That(records, Is.Not.Empty);
        Assert.That(records.Select(r => r.Level), Does.Contain(LogLevel.Information).And.Contain(LogLevel.Warning));
        foreach (var text in records.Select(Render).Concat(exceptions))
        {
            Assert.That(text, Does.Not.Contain(Token));
            Assert.That(text, Does.Not.Contain("SUPERSECRET"));
            Assert.That(text, Does.Not.Contain(Text));
            Assert.That(text, Does.Not.Contain("771199"));
            Assert.That(text, Does.Not.Contain("600987654"));
        }
    }

    [Test]
    public async Task Opting_in_logs_message_text_but_still_masks_numbers_and_never_the_token()
    {
        await ExerciseAsync(Client(logContent: true));
        var rendered = Logs.Collector.GetSnapshot().Select(Render).ToList();

        Assert.That(rendered, Has.Some.Contain(Text));
        Assert.That(rendered, Has.None.Contain(Token));
        Assert.That(rendered, Has.None.Contain("600987654"));
    }

    [Test]
    public async Task Log_lines_carry_operation_masked_path_status_and_attempt()
    {
        var client = Client();
        await client.Transactional.GetSmsAsync(Server.Sms.Messages.FirstOrDefault()?.Id ?? "x").ContinueWith(_ => { });

        var line = Logs.Collector.GetSnapshot().Last(r => r.Category == "Instasent.Sdk");
        Assert.That(line.Message, Does.Contain("Transactional.GetSms").And.Contain("GET").And.Contain("/transactional/v1/sms/").And.Contain("attempt 1"));
    }

    private static string Render(Microsoft.Extensions.Logging.Testing.FakeLogRecord record) =>
        record.Message + " " + string.Join(" ", record.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? []) + " " + record.Exception;
}
