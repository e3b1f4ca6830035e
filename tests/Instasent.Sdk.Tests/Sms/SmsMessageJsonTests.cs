using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Product;
using Instasent.Sdk.Sms;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Sms;

/// <summary>
/// <see cref="SmsMessage"/> is read and written by its own converter (the hot model of bulk sends and listings); these
/// pin that it still knows every property, keeps unknown members and tolerates the same odd values in every context.
/// </summary>
public sealed class SmsMessageJsonTests
{
    private static readonly DateTimeOffset When = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    public static IEnumerable<TestCaseData> Contexts()
    {
        yield return new TestCaseData(SmsJsonContext.Default.SmsMessage).SetArgDisplayNames("SmsJsonContext");
        yield return new TestCaseData(ProductJsonContext.Default.SmsMessage).SetArgDisplayNames("ProductJsonContext");
    }

    private static IEnumerable<PropertyInfo> WireProperties =>
        typeof(SmsMessage).GetProperties().Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null);

    [TestCaseSource(nameof(Contexts))]
    public void Every_property_is_written_and_read_back(JsonTypeInfo<SmsMessage> typeInfo)
    {
        // A property added to SmsMessage but not to its converter is either missing from the JSON or comes back empty.
        var sample = new SmsMessage();
        foreach (var property in WireProperties)
        {
            property.SetValue(sample, SampleFor(property));
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(sample, typeInfo);
        var written = JsonNode.Parse(json)!.AsObject().Select(p => p.Key);
        var read = JsonSerializer.Deserialize(json, typeInfo)!;

        var names = WireProperties.Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name).ToList();
        Assert.That(names.Except(written), Is.Empty, "members SmsMessage has but its converter does not write");
        Assert.That(written.Except(names), Is.Empty, "members the converter writes that SmsMessage does not have");
        Assert.Multiple(() =>
        {
            foreach (var property in WireProperties)
            {
                Assert.That(Comparable(property.GetValue(read)), Is.EqualTo(Comparable(property.GetValue(sample))), property.Name);
            }

            Assert.That(read.AdditionalProperties, Is.Null.Or.Empty);
        });
    }

    [TestCaseSource(nameof(Contexts))]
    public void Unknown_members_are_kept_and_written_back(JsonTypeInfo<SmsMessage> typeInfo)
    {
        var message = JsonSerializer.Deserialize("""{"id":"s1","campaign":{"id":7,"tags":["a"]},"to":"+34600111222","flag":true,"note":null}"""u8, typeInfo)!;

        Assert.That(message.AdditionalProperties, Is.Not.Null);
        Assert.That(message.AdditionalProperties!.Keys, Is.EquivalentTo(new[] { "campaign", "flag", "note" }));
        Assert.That(message.AdditionalProperties["campaign"].GetRawText(), Is.EqualTo("""{"id":7,"tags":["a"]}"""));
        Assert.That(message.AdditionalProperties["note"].ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(message.To, Is.EqualTo("+34600111222"));

        var again = JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(message, typeInfo))!.AsObject();
        Assert.That(again["campaign"]!.ToJsonString(), Is.EqualTo("""{"id":7,"tags":["a"]}"""));
        Assert.That(again["flag"]!.GetValue<bool>(), Is.True);
        Assert.That(again.ContainsKey("note"), Is.True);
    }

    [TestCaseSource(nameof(Contexts))]
    public void Nulls_read_as_absent_and_are_not_written(JsonTypeInfo<SmsMessage> typeInfo)
    {
        var nulls = "{" + string.Join(",", WireProperties.Where(p => p.Name is not "Id" and not "Status")
            .Select(p => $"\"{p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name}\":null")) + ",\"id\":\"s1\"}";

        var message = JsonSerializer.Deserialize(nulls, typeInfo)!;
        var written = JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(message, typeInfo))!.AsObject();

        Assert.Multiple(() =>
        {
            foreach (var property in WireProperties.Where(p => p.Name is not "Id" and not "Status"))
            {
                Assert.That(property.GetValue(message), Is.Null, property.Name);
            }

            Assert.That(message.AdditionalProperties, Is.Null.Or.Empty);
            Assert.That(written.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "status" }));
        });
    }

    [TestCaseSource(nameof(Contexts))]
    public void Odd_values_are_tolerated_as_before(JsonTypeInfo<SmsMessage> typeInfo)
    {
        var message = JsonSerializer.Deserialize(
            """
            {"id":"s1","status":5,"statusCode":"E12","charsCount":"19","messagesCount":"2","pricePerSms":"0.045","priceUser":1e-2,
             "createdAt":"2026-11-23 10:00:00","scheduledAt":1795428000,"sentAt":"","deliveredAt":"not a date","metadata":[1,"x"],
             "\u0074o":"+34600111222",}
            """u8.ToArray().Where(b => b is not (byte)'\n' and not (byte)'\r').ToArray(),
            typeInfo)!;

        Assert.Multiple(() =>
        {
            Assert.That(message.Status.Value, Is.EqualTo("5"));
            Assert.That(message.StatusCode!.Value.GetString(), Is.EqualTo("E12"));
            Assert.That(message.CharsCount, Is.EqualTo(19));
            Assert.That(message.MessagesCount, Is.EqualTo(2));
            Assert.That(message.PricePerSms, Is.EqualTo(0.045m));
            Assert.That(message.PriceUser, Is.EqualTo(0.01m));
            Assert.That(message.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)));
            Assert.That(message.ScheduledAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1795428000)));
            Assert.That(message.SentAt, Is.Null);
            Assert.That(message.DeliveredAt, Is.Null);
            Assert.That(message.Metadata!.Value.GetRawText(), Is.EqualTo("""[1,"x"]"""));
            Assert.That(message.To, Is.EqualTo("+34600111222"));
        });
    }

    [TestCase("""{"id":{}}""")]
    [TestCase("""{"id":5}""")]
    [TestCase("""{"to":true}""")]
    [TestCase("""{"charsCount":"many"}""")]
    [TestCase("""{"charsCount":1.5}""")]
    [TestCase("""{"messagesCount":" 2"}""")]
    [TestCase("""{"statusCode":}""")]
    [TestCase("""{"messagesCount":99999999999}""")]
    [TestCase("""{"pricePerSms":[]}""")]
    [TestCase("""{"allowUnicode":"yes"}""")]
    [TestCase("""{"inbound":1}""")]
    [TestCase("""{"id":"a","id":"b"} """)]
    [TestCase("""[]""")]
    [TestCase("""{"id":"a"]""")]
    public void Wrong_types_fail_with_a_json_exception(string json)
    {
        foreach (var typeInfo in new[] { SmsJsonContext.Default.SmsMessage, ProductJsonContext.Default.SmsMessage })
        {
            if (json.StartsWith("""{"id":"a","id""", StringComparison.Ordinal))
            {
                // Duplicate members are not an error (the last one wins), as System.Text.Json does for models.
                Assert.That(JsonSerializer.Deserialize(json, typeInfo)!.Id, Is.EqualTo("b"));
                continue;
            }

            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, typeInfo));
        }
    }

    [Test]
    public void Status_null_reads_as_the_empty_status()
    {
        var message = JsonSerializer.Deserialize("""{"id":"s1","status":null}""", SmsJsonContext.Default.SmsMessage)!;

        Assert.That(message.Status.Value, Is.Empty);
    }

    [TestCase("enqueued", true)]
    [TestCase("delivered", true)]
    [TestCase("stop", true)]
    [TestCase("deliv\\u0065red", true)]
    [TestCase("Delivered", false)]
    [TestCase("brand_new_value", false)]
    [TestCase("", false)]
    public void Statuses_are_read_by_their_wire_value(string wire, bool known)
    {
        var message = JsonSerializer.Deserialize($$"""{"status":"{{wire}}"}""", SmsJsonContext.Default.SmsMessage)!;

        Assert.That(message.Status.Value, Is.EqualTo(wire.Replace("\\u0065", "e", StringComparison.Ordinal)));
        Assert.That(message.Status.IsKnown, Is.EqualTo(known));
    }

    [Test]
    public void A_missing_id_reads_as_the_declared_empty_id()
    {
        // The property is a non-nullable string initialised to "": an answer without an id must not make it null.
        var message = JsonSerializer.Deserialize("""{"to":"+34600111222"}""", SmsJsonContext.Default.SmsMessage)!;

        Assert.That(message.Id, Is.Not.Null.And.Empty);
    }

    [Test]
    public void Messages_inside_envelopes_and_lists_are_read_by_the_same_rules()
    {
        var bulk = JsonSerializer.Deserialize("""{"entities":[{"id":"a","charsCount":"3","x":1},{"id":"b","status":"delivered"}],"errors":[]}""", SmsJsonContext.Default.BulkSmsResponse)!;
        var product = JsonSerializer.Deserialize("""{"entity":{"id":"p","createdAt":1795428000}}""", ProductJsonContext.Default.ProductEnvelopeSmsMessage)!;

        Assert.That(bulk.Entities!.Select(e => e.Id), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(bulk.Entities![0].CharsCount, Is.EqualTo(3));
        Assert.That(bulk.Entities![0].AdditionalProperties!["x"].GetInt32(), Is.EqualTo(1));
        Assert.That(bulk.Entities![1].Status, Is.EqualTo(SmsStatus.Delivered));
        Assert.That(product.Entity!.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1795428000)));
    }

    [Test]
    public void Reading_a_bulk_answer_allocates_little_more_than_the_messages_themselves()
    {
        // 100 messages as the bulk endpoint answers them. The generic path for init-only models boxed every nullable and
        // allocated an argument array per message (939 B per message here); the nine strings and the record alone are
        // ~730 B.
        var body = Encoding.UTF8.GetBytes("{\"entities\":[" + string.Join(',', Enumerable.Range(0, 100).Select(i =>
            $$"""{"id":"sms_{{i:x16}}","clientId":"c-{{i}}","from":"Acme","to":"+3460{{i:D7}}","normalizedTo":"+3460{{i:D7}}","text":"Message number {{i}}","status":"enqueued","encoding":"GSM_7BIT","charsCount":17,"messagesCount":1,"pricePerSms":0.045,"createdAt":"2026-11-23T10:00:00.0000000+00:00","country":"ES"}""")) + "],\"errors\":[]}");
        for (var i = 0; i < 5; i++)
        {
            JsonSerializer.Deserialize(body, SmsJsonContext.Default.BulkSmsResponse);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = JsonSerializer.Deserialize(body, SmsJsonContext.Default.BulkSmsResponse)!;
        var perMessage = (GC.GetAllocatedBytesForCurrentThread() - before) / parsed.Entities!.Count;

        Assert.That(parsed.Entities![99].PricePerSms, Is.EqualTo(0.045m));
        Assert.That(perMessage, Is.LessThan(800), string.Create(CultureInfo.InvariantCulture, $"{perMessage} B per message"));
    }

    private static object SampleFor(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type switch
        {
            _ when type == typeof(string) => "v-" + property.Name,
            _ when type == typeof(bool) => true,
            _ when type == typeof(int) => property.Name.Length,
            _ when type == typeof(decimal) => property.Name.Length + 0.125m,
            _ when type == typeof(DateTimeOffset) => When.AddMinutes(property.Name.Length),
            _ when type == typeof(JsonElement) => JsonDocument.Parse($"{{\"of\":\"{property.Name}\"}}").RootElement.Clone(),
            _ when type == typeof(SmsStatus) => SmsStatus.Delivered,
            _ => throw new AssertionException($"No sample value for {property.Name} of type {type}: teach this test (and the converter) the new type."),
        };
    }

    private static object? Comparable(object? value) => value is JsonElement element ? element.GetRawText() : value;
}
