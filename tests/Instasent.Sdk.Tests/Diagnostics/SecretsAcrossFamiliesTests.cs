using System.Collections;
using System.Text;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Product;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Diagnostics;

/// <summary>
/// For every family: a success, a retried and a failed call carry a recognisable token, message text and phone number,
/// and none of them may show up in any log line (any level), in an exception's Message, ToString() or Data, or in the
/// ToString() of the options, the client, the requests and the results. The webhook verifiers get the same check for
/// their signing secrets.
/// </summary>
public sealed class SecretsAcrossFamiliesTests : FakeServerFixture
{
    private const string Token = "tok_SECRETFAMILY_0123456789";
    private const string LynSmsToken = "ds_live_SECRETlynsms0000000000000000000";
    private const string Text = "Private note 5512 for Ama";
    private const string SpainPhone = "+34611223344";
    private const string UsPhone = "+12025550188";
    private const string GhanaPhone = "+233249876501";
    private const string Email = "ama.secret@example.com";
    private const string WebhookSecret = "whsec_SECRETHOOK_abcdef0123456789";

    /// <summary>Fragments that must never be visible: each phone without its prefix, so a partly masked number passes only if the visible part is short.</summary>
    private static readonly string[] Forbidden =
        [Token, "SECRETFAMILY", LynSmsToken, "SECRETlynsms", Text, "5512 for Ama", "611223344", "2025550188", "249876501", "ama.secret", WebhookSecret, "SECRETHOOK"];

    private readonly List<(string Where, string Text)> seen = [];

    [SetUp]
    public void ClearSeen() => seen.Clear();

    public static IEnumerable<TestCaseData> Families()
    {
        yield return new TestCaseData("Legacy", (Func<IInstasentClient, Task<object>>)(async c => await c.Legacy.SendSmsAsync(new SmsRequest("Acme", SpainPhone, Text))));
        yield return new TestCaseData("Transactional", (Func<IInstasentClient, Task<object>>)(async c => await c.Transactional.SendSmsAsync(new SmsRequest("Acme", SpainPhone, Text))));
        yield return new TestCaseData("Product", (Func<IInstasentClient, Task<object>>)(async c => await c.Product.Messaging.SendSmsAsync(ProductSmsRequest.DefaultSender, SpainPhone, Text)));
        yield return new TestCaseData("Ingest", (Func<IInstasentClient, Task<object>>)(async c =>
            await c.Ingest.Datasource(FakeAudienceState.DefaultProjectId, FakeAudienceState.DefaultDatasourceId)
                .UpsertContactsAsync([new IngestContact("u-secret-1") { PhoneMobile = SpainPhone, Email = Email, FirstName = Text }])));
        yield return new TestCaseData("LynSms", (Func<IInstasentClient, Task<object>>)(async c => await c.LynSms.SendAsync(new LynSmsSendRequest("Acme", UsPhone, Text))));
        yield return new TestCaseData("Hellio", (Func<IInstasentClient, Task<object>>)(async c => await c.Hellio.SendSmsAsync(new HellioSmsRequest("Acme", [GhanaPhone], Text))));
    }

    [TestCaseSource(nameof(Families))]
    public async Task Success_retry_and_failure_paths_keep_secrets_out_of_logs_exceptions_and_strings(string family, Func<IInstasentClient, Task<object>> send)
    {
        var client = Client();

        Observe("success result", await send(client));

        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "0")));
        var before = Server.RequestCount;
        Observe("retried result", await Bounded(send(client)));
        Assert.That(Server.RequestCount - before, Is.EqualTo(2), $"{family}: the 429 was retried");

        // The server echoes the numbers in its message and the text in field errors and extra members: the exception's
        // Message, Data and ToString() must still show neither. (The server's own message goes into Message with numbers
        // and e-mails masked; the SDK cannot recognise free text there, so the echoed text is kept out of that member.)
        Server.EnqueueFault(FakeFault.Json(422, $$$"""{"message":"bad {{{SpainPhone}}} {{{UsPhone}}} {{{GhanaPhone}}} {{{Email}}}","errors":{"to":["{{{SpainPhone}}} {{{Text}}}"]},"error":{"message":"{{{GhanaPhone}}} {{{UsPhone}}}","code":"invalid","details":"{{{Text}}}"},"detail":"{{{Text}}}"}"""));
        Observe("failure", await CaptureAsync(() => send(client)));

        Server.EnqueueFault(FakeFault.ServerError(503) with { Times = 10 });
        Observe("retries exhausted", await CaptureAsync(() => Bounded(send(client))));

        Observe("client", client);
        Observe("options", CurrentOptions());
        foreach (var (name, options) in FamilyOptions(CurrentOptions()))
        {
            Observe(name + " options", options);
        }

        var records = Logs.Collector.GetSnapshot();
        Assert.That(records.Count(r => r.Category == "Instasent.Sdk"), Is.GreaterThanOrEqualTo(4), $"{family}: every attempt logs a line, so the logs were really checked");
        foreach (var record in records)
        {
            seen.Add(($"log {record.Level} {record.Category}", Render(record)));
        }

        AssertNothingLeaks(family);
    }

    [TestCaseSource(nameof(Families))]
    public async Task A_server_error_that_echoes_the_token_does_not_carry_it(string family, Func<IInstasentClient, Task<object>> send)
    {
        // Servers quote the credential they refused ("Invalid token tok_…"), in the message, in field errors and raw.
        var client = Client();
        var token = family == "LynSms" ? LynSmsToken : Token;
        Server.EnqueueFault(FakeFault.Json(401, $"{{\"message\":\"Invalid token {token}\",\"errors\":{{\"token\":[\"{token} is revoked\"]}},\"error\":{{\"code\":\"invalid_token\",\"message\":\"Bearer {token} rejected\"}}}}"));

        InstasentException? ex = null;
        try
        {
            // A batch call (Ingest) keeps the failure in its outcomes instead of throwing.
            var result = await send(client);
            ex = (result as Instasent.Sdk.Batching.BatchResult<IngestItemResult>)?.Items[0].Exception;
        }
        catch (InstasentException thrown)
        {
            ex = thrown;
        }

        Assert.That(ex, Is.InstanceOf<InstasentAuthenticationException>());
        Observe(family + " 401", ex);
        var api = (InstasentApiException)ex!;
        seen.Add((family + " ApiMessage", api.ApiMessage ?? string.Empty));
        seen.Add((family + " ResponseBody", api.ResponseBody ?? string.Empty));
        seen.Add((family + " FieldErrors", string.Join(" ", api.FieldErrors.SelectMany(f => f.Value.Prepend(f.Key)))));
        AssertNothingLeaks(family);
    }

    [TestCaseSource(nameof(Families))]
    public async Task Opting_in_to_content_logging_never_logs_the_token_or_a_full_number(string family, Func<IInstasentClient, Task<object>> send)
    {
        var client = Client(logContent: true);
        await send(client);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "0")));
        await Bounded(send(client));

        var rendered = Logs.Collector.GetSnapshot().Select(Render).ToList();
        Assert.That(rendered, Is.Not.Empty);
        foreach (var forbidden in new[] { Token, LynSmsToken, "611223344", "2025550188", "249876501" })
        {
            Assert.That(rendered, Has.None.Contain(forbidden), $"{family}: content logging is about message text, never tokens or numbers");
        }
    }

    [Test]
    public void Request_models_of_every_family_mask_numbers_and_hide_text_in_ToString()
    {
        object[] requests =
        [
            new SmsRequest("Acme", SpainPhone, Text),
            new ProductSmsRequest(ProductSmsRequest.DefaultSender, SpainPhone, Text),
            new IngestContact("u-secret-1") { PhoneMobile = SpainPhone, Email = Email },
            new LynSmsSendRequest("Acme", UsPhone, Text),
            new LynSmsBulkRequest("Acme", Text, [UsPhone]),
            new HellioSmsRequest("Acme", [GhanaPhone], Text),
            HellioOtpRequest.BySms(GhanaPhone, "Acme") with { Email = Email },
            HellioOtpVerifyRequest.ForMobileNumber(GhanaPhone, "123456"),
            new HellioVoiceRequest([GhanaPhone]) { Text = Text },
            new HellioLookupRequest([GhanaPhone]),
            new HellioTokenRequest(Email, Token),
        ];
        foreach (var request in requests)
        {
            Observe(request.GetType().Name, request);
        }

        AssertNothingLeaks("requests");
    }

    [Test]
    public void Webhook_verifiers_keep_their_secrets_and_the_payload_out_of_exceptions_and_strings()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 5, 12, 10, 0, 0, TimeSpan.Zero));
        var lynBody = $$$"""{"id":"evt_1","object":"event","type":"message.delivered","created_at":"2026-05-12T10:00:00+00:00","data":{"id":"msg_1","to":"{{{UsPhone}}}","from":"Acme","body":"{{{Text}}}","status":"delivered"}}""";
        var hellioBody = $$"""{"event":"message.delivered","mobile_number":"{{GhanaPhone}}","message":"{{Text}}","status":"delivered","timestamp":"2026-05-12T10:00:00+00:00"}""";
        var lyn = new LynSmsWebhookVerifier(new LynSmsWebhookOptions { SigningSecret = WebhookSecret }, time);
        var hellio = new HellioWebhookVerifier(new HellioWebhookOptions { SigningSecret = WebhookSecret }, time);
        var lynSigner = new LynSmsWebhookSigner(WebhookSecret, time);
        var hellioSigner = new HellioWebhookSigner(WebhookSecret, time);

        Observe("lynsms event", lyn.VerifyAndParse(lynSigner.CreateSignatureHeader(lynBody), lynBody));
        Observe("hellio event", hellio.VerifyAndParse(hellioSigner.Sign(hellioBody), hellioBody));
        Observe("lynsms verifier", lyn);
        Observe("hellio verifier", hellio);
        Observe("lynsms signer", lynSigner);
        Observe("hellio signer", hellioSigner);
        Observe("lynsms options", new LynSmsWebhookOptions { SigningSecret = WebhookSecret });
        Observe("hellio options", new HellioWebhookOptions { SigningSecret = WebhookSecret });

        var forged = new LynSmsWebhookSigner("whsec_other", time).CreateSignatureHeader(lynBody);
        Observe("lynsms bad signature", Assert.Throws<WebhookSignatureException>(() => lyn.VerifyAndParse(forged, lynBody)));
        Observe("lynsms stale", Assert.Throws<WebhookSignatureException>(() => lyn.VerifyAndParse(lynSigner.CreateSignatureHeader(lynBody, time.GetUtcNow().AddHours(-1)), lynBody)));
        Observe("lynsms bad body", Assert.Catch<InstasentWebhookException>(() => lyn.VerifyAndParse(lynSigner.CreateSignatureHeader("{\"data\":\"" + Text), "{\"data\":\"" + Text)));
        Observe("hellio bad signature", Assert.Throws<WebhookSignatureException>(() => hellio.VerifyAndParse(new HellioWebhookSigner("whsec_other", time).Sign(hellioBody), hellioBody)));
        Observe("hellio bad body", Assert.Catch<InstasentWebhookException>(() => hellio.VerifyAndParse(hellioSigner.Sign("[\"" + Text + "\""), "[\"" + Text + "\"")));

        AssertNothingLeaks("webhooks");
    }

    private IInstasentClient Client(bool logContent = false) => CreateClient(o =>
    {
        o.Legacy.Token = Token;
        o.Transactional.Token = Token;
        o.Product.Token = Token;
        o.Ingest.Token = Token;
        o.LynSms.Token = LynSmsToken;
        o.Hellio.Token = Token;
        o.Diagnostics.LogContent = logContent;

        // Zero waits: the retry paths then need no fake-clock jumps, which keeps these tests independent of machine load.
        o.Retry.BaseDelay = TimeSpan.Zero;
    });

    private static async Task<T> Bounded<T>(Task<T> call)
    {
        Assert.That(await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(30))), Is.SameAs(call), "a zero-wait retry finished");
        return await call;
    }

    private InstasentClientOptions CurrentOptions()
    {
        var provider = CreateProvider(o => o.Transactional.Token = Token);
        return ((IOptionsMonitor<InstasentClientOptions>)provider.GetService(typeof(IOptionsMonitor<InstasentClientOptions>))!).CurrentValue;
    }

    private static IEnumerable<(string Name, object Options)> FamilyOptions(InstasentClientOptions options) =>
    [
        ("Legacy", options.Legacy), ("Transactional", options.Transactional), ("Product", options.Product),
        ("Ingest", options.Ingest), ("LynSms", options.LynSms), ("Hellio", options.Hellio),
    ];

    private void Observe(string where, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case Exception ex:
                seen.Add((where + " Message", ex.Message));
                seen.Add((where + " ToString()", ex.ToString()));
                foreach (DictionaryEntry entry in ex.Data)
                {
                    seen.Add((where + " Data[" + entry.Key + "]", entry.Value?.ToString() ?? string.Empty));
                }

                if (ex is InstasentException typed)
                {
                    seen.Add((where + " Info.ToString()", typed.Info.ToString()));
                }

                return;
            default:
                seen.Add((where + " ToString()", value.ToString() ?? string.Empty));
                foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(string) && p.Name != "AdditionalProperties"))
                {
                    // One level down: the Value of a response, the items of a batch, a verified event's data. Raw JSON
                    // (AdditionalProperties, raw bodies) is reachable on purpose and is not a ToString().
                    var nested = SafeGet(property, value);
                    if (nested is IEnumerable list and not string)
                    {
                        // Items that are plain strings (a request's recipients) are the caller's data, not a ToString().
                        foreach (var item in list.Cast<object?>().Where(i => i is not string).Take(5))
                        {
                            seen.Add(($"{where}.{property.Name}[] ToString()", item?.ToString() ?? string.Empty));
                        }
                    }
                    else if (nested is not null && !nested.GetType().IsPrimitive)
                    {
                        seen.Add(($"{where}.{property.Name} ToString()", nested.ToString() ?? string.Empty));
                    }
                }

                return;
        }
    }

    private static object? SafeGet(System.Reflection.PropertyInfo property, object target)
    {
        try
        {
            return property.GetValue(target);
        }
        catch (System.Reflection.TargetInvocationException)
        {
            return null;
        }
    }

    private void AssertNothingLeaks(string family)
    {
        Assert.That(seen, Is.Not.Empty);
        var leaks = new StringBuilder();
        foreach (var (where, text) in seen)
        {
            foreach (var forbidden in Forbidden.Where(f => text.Contains(f, StringComparison.Ordinal)))
            {
                leaks.AppendLine($"{family}: '{forbidden}' visible in {where}: {text[..Math.Min(text.Length, 400)]}");
            }
        }

        Assert.That(leaks.ToString(), Is.Empty);
    }

    private static async Task<Exception?> CaptureAsync(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (InstasentException ex)
        {
            return ex;
        }
    }

    private static string Render(FakeLogRecord record) =>
        record.Message + " " + string.Join(" ", record.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? []) + " " + record.Exception;
}
