using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.LynSms;

public sealed class LynSmsOptionsTests
{
    private const string GoodKey = "ds_live_a1b2c3d4e5f6a7b8c9d0e1f2a3b4";

    [Test]
    public void Defaults_to_the_production_base_address()
    {
        var options = new InstasentClientOptions();

        Assert.That(options.LynSms.BaseAddress, Is.EqualTo(new Uri("https://lynsms.com/api/v1")));
        Assert.That(options.LynSms.ValidateKeyFormat, Is.True);
    }

    [Test]
    public void A_well_formed_key_passes()
    {
        using var client = new InstasentClient(new InstasentClientOptions { LynSms = { Token = GoodKey } });

        Assert.That(client.LynSms, Is.Not.Null);
    }

    [TestCase("sk_live_a1b2c3d4e5f6a7b8c9d0e1f2a3b4", "does not start with 'ds_live_'")]
    [TestCase("ds_live_short", "characters long")]
    [TestCase("ds_live_a1b2c3d4 e5f6a7b8c9d0e1f2a3b4", "whitespace")]
    public void A_key_of_the_wrong_shape_is_refused_without_printing_it(string key, string expected)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new InstasentClient(new InstasentClientOptions { LynSms = { Token = key } }));

        Assert.That(ex!.Message, Does.Contain("Instasent:LynSms:Token does not look like a LynSMS API key"));
        Assert.That(ex.Message, Does.Contain(expected));
        Assert.That(ex.Message, Does.Not.Contain(key));
        Assert.That(ex.Message, Does.Not.Contain(key[3..12]));
    }

    [Test]
    public void The_check_can_be_turned_off_for_white_label_hosts()
    {
        using var client = new InstasentClient(new InstasentClientOptions { LynSms = { Token = "gs_live_whitelabel_key_000000000", ValidateKeyFormat = false } });

        Assert.That(client.LynSms, Is.Not.Null);
    }
}
