using Instasent.Sdk.Benchmarks.Baseline;
using Instasent.Sdk.Benchmarks.Support;
using Instasent.Sdk.Sms;

namespace Instasent.Sdk.Benchmarks.Scenarios;

/// <summary>SendSms and GetSms for the two SMS families (same wire shape, different base address and token).</summary>
public static class SmsScenarios
{
    private static readonly SmsRequest Message = new("Acme", "+34600111222", "Your code is 123456");
    private static readonly BaselineSmsMessage BaselineMessage = new("Acme", "+34600111222", "Your code is 123456");

    public static IEnumerable<WireScenario> For(string family, Func<IInstasentClient, IInstasentSmsClient> sdk, Func<BenchTarget, BaselineSmsClient> baseline)
    {
        yield return new WireScenario(
            family + ".SendSms",
            t => sdk(t.Sdk).SendSmsAsync(Message),
            t => baseline(t).SendSmsAsync(BaselineMessage));
        yield return new WireScenario(
            family + ".GetSms",
            t => sdk(t.Sdk).GetSmsAsync(t.SmsId),
            t => baseline(t).GetSmsAsync(t.SmsId),
            async t =>
            {
                if (t.Server is not null)
                {
                    t.SmsId = (await sdk(t.Sdk).SendSmsAsync(Message)).Value.Id;
                }
            });
    }
}
