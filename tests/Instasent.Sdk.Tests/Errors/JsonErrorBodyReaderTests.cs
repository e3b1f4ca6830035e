using System.Text;
using Instasent.Sdk.Errors;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Errors;

/// <summary>
/// What the lenient error-body reader gives the exception (code, type, message, request id, field errors, details) for
/// the shapes servers really send. Written against the mutants Stryker left alive: each test pins one rule a user reads
/// off <see cref="InstasentErrorInfo"/>.
/// </summary>
public sealed class JsonErrorBodyReaderTests
{
    private static ApiErrorDetails Read(string body) => JsonErrorBodyReader.Instance.Read(400, Encoding.UTF8.GetBytes(body));

    [Test]
    public void A_bom_and_leading_whitespace_of_every_kind_do_not_hide_the_body()
    {
        var details = Read("\uFEFF \t\r\n{\"message\":\"bad sender\"}");

        Assert.That(details.Message, Is.EqualTo("bad sender"));
    }

    [TestCase(" ")]
    [TestCase("\t")]
    [TestCase("\r")]
    [TestCase("\n")]
    public void Each_whitespace_character_before_the_body_is_skipped(string space)
    {
        Assert.That(Read(space + "{\"message\":\"m\"}").Message, Is.EqualTo("m"));
    }

    [Test]
    public void A_trailing_comma_from_a_sloppy_server_is_tolerated()
    {
        Assert.That(Read("{\"message\":\"m\",\"error\":\"E\",}").ErrorCode, Is.EqualTo("E"));
    }

    [Test]
    public void A_body_nested_deeper_than_32_levels_is_not_read()
    {
        // Depth is bounded below System.Text.Json's default of 64 so a hostile error page costs little to reject.
        var deep = new string('[', 40) + new string(']', 40);

        var details = Read("{\"message\":\"m\",\"x\":" + deep + "}");

        Assert.That(details.Message, Is.Null);
        Assert.That(details, Is.SameAs(ApiErrorDetails.Empty));
    }

    [Test]
    public void A_body_nested_within_the_limit_is_read()
    {
        var nested = new string('[', 20) + new string(']', 20);

        Assert.That(Read("{\"message\":\"m\",\"x\":" + nested + "}").Message, Is.EqualTo("m"));
    }

    [Test]
    public void Invalid_utf8_is_an_empty_reading_not_a_crash()
    {
        var body = new byte[] { (byte)'{', (byte)'"', (byte)'m', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}' };

        Assert.That(JsonErrorBodyReader.Instance.Read(500, body), Is.SameAs(ApiErrorDetails.Empty));
    }

    [Test]
    public void The_lynsms_nested_error_wins_over_a_root_message_whatever_the_order()
    {
        var after = Read("{\"error\":{\"type\":\"invalid_request\",\"code\":\"bad_to\",\"message\":\"inner\"},\"message\":\"outer\"}");
        var before = Read("{\"message\":\"outer\",\"error\":{\"type\":\"invalid_request\",\"code\":\"bad_to\",\"message\":\"inner\"}}");

        Assert.That(after.Message, Is.EqualTo("inner"));
        Assert.That(before.Message, Is.EqualTo("inner"));
        Assert.That(after.ErrorCode, Is.EqualTo("bad_to"));
        Assert.That(after.ErrorType, Is.EqualTo("invalid_request"));
    }

    [Test]
    public void A_nested_error_without_a_readable_message_keeps_the_root_message()
    {
        var details = Read("{\"message\":\"outer\",\"error\":{\"code\":\"c\",\"message\":null}}");

        Assert.That(details.Message, Is.EqualTo("outer"));
    }

    [Test]
    public void The_first_root_message_is_kept()
    {
        Assert.That(Read("{\"message\":\"first\",\"message\":\"second\"}").Message, Is.EqualTo("first"));
    }

    [Test]
    public void A_hellio_error_code_is_not_overwritten_by_a_later_code_member()
    {
        Assert.That(Read("{\"error\":\"otp_expired\",\"code\":\"42\"}").ErrorCode, Is.EqualTo("otp_expired"));
        Assert.That(Read("{\"code\":\"42\"}").ErrorCode, Is.EqualTo("42"));
    }

    [Test]
    public void Nested_error_members_the_reader_does_not_know_become_details_and_nested_field_errors_are_read()
    {
        var details = Read("{\"error\":{\"code\":\"c\",\"param\":\"to\",\"errors\":{\"to\":[\"invalid\"]}}}");

        Assert.That(details.Extras, Does.ContainKey("param").WithValue("to"));
        Assert.That(details.FieldErrors["to"], Is.EqualTo(new[] { "invalid" }));
    }

    [TestCase("{\"meta\":{\"request_id\":\"req_1\"}}")]
    [TestCase("{\"request_id\":\"req_1\"}")]
    [TestCase("{\"requestId\":\"req_1\"}")]
    public void The_request_id_is_read_from_every_place_servers_put_it(string body)
    {
        Assert.That(Read(body).RequestId, Is.EqualTo("req_1"));
    }

    [Test]
    public void A_meta_object_without_a_request_id_gives_none_and_a_scalar_meta_is_a_detail()
    {
        Assert.That(Read("{\"meta\":{\"page\":1}}").RequestId, Is.Null);
        Assert.That(Read("{\"meta\":\"v2\"}").Extras, Does.ContainKey("meta").WithValue("v2"));
    }

    [Test]
    public void Scalar_members_become_details_as_text()
    {
        var details = Read("{\"period\":60,\"retry\":true,\"blocked\":false,\"traffic_type\":\"promo\",\"obj\":{},\"nil\":null}");

        Assert.That(details.Extras["period"], Is.EqualTo("60"));
        Assert.That(details.Extras["retry"], Is.EqualTo("true"));
        Assert.That(details.Extras["blocked"], Is.EqualTo("false"));
        Assert.That(details.Extras["traffic_type"], Is.EqualTo("promo"));
        Assert.That(details.Extras, Does.Not.ContainKey("obj").And.Not.ContainKey("nil"));
    }

    [Test]
    public void At_most_32_details_are_kept_and_each_is_cut_at_256_characters()
    {
        var members = string.Join(',', Enumerable.Range(0, 40).Select(i => $"\"k{i}\":\"{new string('x', 300)}\""));

        var details = Read("{" + members + "}");

        Assert.That(details.Extras, Has.Count.EqualTo(32));
        Assert.That(details.Extras["k0"], Has.Length.EqualTo(256));
        Assert.That(details.Extras, Does.ContainKey("k31").And.Not.ContainKey("k32"));
    }

    [Test]
    public void A_detail_of_exactly_256_characters_is_kept_whole()
    {
        var text = new string('y', 256);

        Assert.That(Read("{\"k\":\"" + text + "\"}").Extras["k"], Is.EqualTo(text));
    }

    [Test]
    public void Laravel_field_errors_keep_every_message_and_skip_non_text_items()
    {
        var details = Read("{\"errors\":{\"to\":[\"required\",null,{\"x\":1},\"digits\"],\"text\":\"too long\",\"from\":7,\"empty\":{}}}");

        Assert.That(details.FieldErrors["to"], Is.EqualTo(new[] { "required", "digits" }));
        Assert.That(details.FieldErrors["text"], Is.EqualTo(new[] { "too long" }));
        Assert.That(details.FieldErrors["from"], Is.EqualTo(new[] { "7" }));
        Assert.That(details.FieldErrors["empty"], Is.Empty);
    }

    [Test]
    public void An_error_list_gives_named_fields_and_general_messages_under_the_empty_key()
    {
        var details = Read("{\"errors\":[\"quota exceeded\",{\"field\":\"to\",\"message\":\"bad\"},{\"param\":\"from\",\"message\":\"unknown\"},{\"field\":\"text\"},{\"other\":1},5]}");

        Assert.That(details.FieldErrors["to"], Is.EqualTo(new[] { "bad" }));
        Assert.That(details.FieldErrors["from"], Is.EqualTo(new[] { "unknown" }));
        Assert.That(details.FieldErrors["text"], Is.Empty);
        Assert.That(details.FieldErrors[string.Empty], Is.EqualTo(new[] { "quota exceeded", "5" }));
    }

    [Test]
    public void An_error_list_of_named_fields_only_has_no_general_entry()
    {
        var details = Read("{\"errors\":[{\"field\":\"to\",\"message\":\"bad\"}]}");

        Assert.That(details.FieldErrors.Keys, Is.EquivalentTo(new[] { "to" }));
    }

    [Test]
    public void A_field_name_that_is_not_text_makes_the_item_a_general_message_candidate_only_when_it_is_text()
    {
        // {"field": null, ...} names no field; an object is never a general message.
        var details = Read("{\"errors\":[{\"field\":null,\"message\":\"bad\"}]}");

        Assert.That(details.FieldErrors, Is.Empty);
    }

    [Test]
    public void A_scalar_errors_member_is_ignored()
    {
        var details = Read("{\"message\":\"m\",\"errors\":\"oops\"}");

        Assert.That(details.FieldErrors, Is.Empty);
        Assert.That(details.Message, Is.EqualTo("m"));
    }
}
