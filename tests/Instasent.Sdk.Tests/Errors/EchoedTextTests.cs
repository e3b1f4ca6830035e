using System.Text;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Errors;

/// <summary>
/// Servers echo request fields in errors ("Invalid text: ..."). The text of the message being sent is personal data
/// and must not reach <see cref="Exception.Message"/>, <see cref="Exception.ToString"/> or any other part of the error,
/// whatever JSON escaping the server used. Error bodies are capped in bytes, not characters.
/// </summary>
public sealed class EchoedTextTests : FakeServerFixture
{
    /// <summary>Distinctive, with non-ASCII, a slash and a quote so every JSON escaping differs from the raw text.</summary>
    private const string Text = "Your zebra-lantern code is 4821/XZ, válido \"5\" min";

    private const string Marker = "zebra-lantern";

    /// <summary>The text as PHP's json_encode writes it (lowercase \u escapes, escaped slashes): Instasent's and Hellio's servers are PHP.</summary>
    private static string PhpEscaped => "Your zebra-lantern code is 4821\\/XZ, v\\u00e1lido \\\"5\\\" min";

    /// <summary>The text as System.Text.Json writes it by default (uppercase \u escapes, quotes as \u0022).</summary>
    private static string DotNetEscaped => System.Text.Json.JsonEncodedText.Encode(Text).Value;

    private static IEnumerable<TestCaseData> Escapings()
    {
        yield return new TestCaseData(PhpEscaped).SetArgDisplayNames("php");
        yield return new TestCaseData(DotNetEscaped).SetArgDisplayNames("system.text.json");
    }

    [TestCaseSource(nameof(Escapings))]
    public void Transactional_error_echoing_the_sms_text_does_not_carry_it(string escaped)
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.Json(400, $"{{\"message\":\"Invalid text: {escaped}\",\"errors\":{{\"text\":[\"'{escaped}' is not allowed\"]}},\"echo\":\"{escaped}\"}}") with { Method = "POST" });

        var ex = Assert.ThrowsAsync<InstasentBadRequestException>(() => client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", Text)));

        AssertNoEcho(ex!);
        Assert.That(ex!.ApiMessage, Does.StartWith("Invalid text: "), "the rest of the server's message stays");
        Assert.That(ex.FieldErrors["text"].Single(), Does.EndWith("is not allowed"));
    }

    [TestCaseSource(nameof(Escapings))]
    public void LynSms_error_echoing_the_body_does_not_carry_it(string escaped)
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.Json(400, $"{{\"error\":{{\"type\":\"invalid_request_error\",\"code\":\"invalid_body\",\"message\":\"Body rejected: {escaped}\"}}}}") with { Method = "POST" });

        var ex = Assert.ThrowsAsync<InstasentBadRequestException>(() => client.LynSms.SendAsync(new LynSmsSendRequest("Acme", "+12025550143", Text)));

        AssertNoEcho(ex!);
        Assert.That(ex!.ErrorCode, Is.EqualTo("invalid_body"));
    }

    [Test]
    public void Hellio_error_echoing_the_message_does_not_carry_it()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.Json(422, $"{{\"message\":\"The message '{PhpEscaped}' contains a blocked word.\",\"errors\":{{\"message\":[\"{PhpEscaped}\"]}}}}") with { Method = "POST" });

        var ex = Assert.ThrowsAsync<InstasentValidationException>(() => client.Hellio.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234567"], Text)));

        AssertNoEcho(ex!);
    }

    [Test]
    public void Product_direct_sms_error_echoing_the_text_does_not_carry_it()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.Json(422, $"{{\"message\":\"Text not allowed: {PhpEscaped}\"}}") with { Method = "POST" });

        var ex = Assert.ThrowsAsync<InstasentValidationException>(() => client.Product.Messaging.SendSmsAsync("snd_1", "aud_1", Text));

        AssertNoEcho(ex!);
    }

    [Test]
    public async Task Bulk_batch_errors_echoing_one_message_text_do_not_carry_it()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.Json(400, $"{{\"message\":\"Invalid text: {PhpEscaped}\"}}") with { Method = "POST" });

        var result = await client.Transactional.SendBulkSmsAsync([new SmsRequest("Acme", "+34600111222", "first message"), new SmsRequest("Acme", "+34600111223", Text)]);

        Assert.That(result.Items.Select(i => i.Exception), Has.All.InstanceOf<InstasentBadRequestException>());
        AssertNoEcho((InstasentApiException)result.Items[1].Exception!);
    }

    [Test]
    public async Task LynSms_bulk_errors_echoing_the_body_do_not_carry_it()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.Json(400, $"{{\"error\":{{\"code\":\"invalid_body\",\"message\":\"Body rejected: {PhpEscaped}\"}}}}") with { Method = "POST" });

        var result = await client.LynSms.SendBulkAsync(new LynSmsBulkRequest("Acme", Text, ["+12025550143", "+12025550144"]));

        Assert.That(result.Items.Select(i => i.Exception), Has.All.InstanceOf<InstasentBadRequestException>());
        AssertNoEcho((InstasentApiException)result.Items[0].Exception!);
    }

    [Test]
    public void A_text_echoed_past_the_body_cap_is_withheld_before_the_body_is_cut()
    {
        var client = CreateClient();
        // The cap falls inside the echo, right after "Your zebra-lantern ": cutting first and masking after would leak it.
        var padding = new string('a', (8 * 1024) - 8 - 13 - 20);
        Server.EnqueueFault(FakeFault.Json(400, $"{{\"pad\":\"{padding}\",\"message\":\"{PhpEscaped}\"}}") with { Method = "POST" });

        var ex = Assert.ThrowsAsync<InstasentBadRequestException>(() => client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", Text)));

        Assert.That(ex!.ResponseBody, Does.Not.Contain("zebra"), "half an echo is still an echo");
    }

    [Test]
    public void The_error_body_cap_counts_bytes_of_multi_byte_text()
    {
        var client = CreateClient();
        // 3 bytes per character in UTF-8: 6,000 characters are 18,000 bytes.
        Server.EnqueueFault(FakeFault.Json(500, "{\"message\":\"" + new string('€', 6000) + "\"}") with { Method = "GET", Times = 10 });

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => WithFakeTime(client.Transactional.GetBalanceAsync()));

        var bytes = Encoding.UTF8.GetByteCount(ex!.ResponseBody!);
        Assert.That(bytes, Is.InRange((8 * 1024) - 3, 8 * 1024), "8 KiB of bytes, cut on a character boundary");
        Assert.That(ex.ResponseBody, Does.Not.Contain('\uFFFD'), "no character is cut in half");
    }

    [Test]
    public void A_short_ascii_error_body_is_kept_whole()
    {
        var client = CreateClient();
        const string body = "{\"message\":\"Sender not allowed\"}";
        Server.EnqueueFault(FakeFault.Json(400, body) with { Method = "POST" });

        var ex = Assert.ThrowsAsync<InstasentBadRequestException>(() => client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", Text)));

        Assert.That(ex!.ResponseBody, Is.EqualTo(body));
        Assert.That(ex.Message, Does.Contain("Sender not allowed"));
    }

    private static void AssertNoEcho(InstasentApiException ex)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ex.Message, Does.Not.Contain(Marker));
            Assert.That(ex.ToString(), Does.Not.Contain(Marker));
            Assert.That(ex.ApiMessage ?? string.Empty, Does.Not.Contain(Marker));
            Assert.That(ex.ResponseBody ?? string.Empty, Does.Not.Contain(Marker));
            Assert.That(ex.FieldErrors.SelectMany(f => f.Value.Prepend(f.Key)), Has.None.Contains(Marker));
            Assert.That(ex.Details.Values, Has.None.Contains(Marker));
            Assert.That(ex.Info.ToString(), Does.Not.Contain(Marker));
        });
    }
}
