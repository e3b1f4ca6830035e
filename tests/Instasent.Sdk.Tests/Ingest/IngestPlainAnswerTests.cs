using System.Text;
using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Ingest;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Ingest;

/// <summary>
/// The one-pass reading of the common ingest answer must map every answer exactly as the model does: the same
/// outcomes for the shapes it reads, and the model's verdict (including its refusal of malformed JSON) for the rest.
/// </summary>
public sealed class IngestPlainAnswerTests
{
    private static readonly string?[] Users = ["u0", "u1", "u2"];
    private static readonly string?[] Events = ["e0", "e1", "e2"];

    private static readonly string[] Answers =
    [
        "",
        "  \n ",
        "{}",
        "{\"success\":true,\"entitiesSuccess\":3}",
        "{\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":\"u0\",\"_event_id\":\"e0\"}},{\"position\":1,\"item\":{\"_user_id\":\"u1\",\"_event_id\":\"e1\"}},{\"position\":2,\"item\":{\"_user_id\":\"u2\",\"_event_id\":\"e2\"}}]}",
        "{\"accepted\":[{\"position\":2,\"item\":{\"_user_id\":\"u0\",\"_event_id\":\"e0\",\"nested\":{\"_user_id\":\"x\"},\"list\":[1,{\"a\":null}]}},{\"item\":{\"_event_id\":\"e2\"}}],\"dryRun\":true,\"project\":{\"id\":\"p\"}}",
        "{\"accepted\":[{\"position\":1,\"item\":\"u1\"},{\"position\":null,\"item\":null}],\"stats\":[1,2,3]}",
        "{\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":7}}],\"dryRun\":null}",
        "{\"accepted\":[{\"position\":99}],\"errors\":null,\"entity\":null}",
        "{\"success\":true,\"dryRun\":false,\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":\"u0\"}},{\"position\":1,\"item\":{\"_user_id\":\"u1\"}}],\"errors\":[],\"entitiesSuccess\":2,\"entitiesFailures\":0}",
        "{\"errors\":[],\"accepted\":[]}",
        "{\"errors\":{}}",
        "{\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":\"u0\"}}],\"errors\":[],\"message\":{\"x\":1}}",
        "{\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":\"u0\"}}],\"success\":\"true\"}",
        "{\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":\"u0\"}}],\"entitiesSuccess\":1.5}",
        "{\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":\"u0\"}}],\"message\":\"queued\",\"success\":true,\"entitiesSuccess\":1,\"entitiesFailures\":null}",
        "{\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":\"u0\"}}],\"accepted\":null}",
        "{\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":\"u0\"}}],\"accepted\":[{\"position\":1,\"item\":{\"_user_id\":\"u1\"}}]}",
        "{\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":\"u2\",\"_user_id\":\"u0\"}}]}",
        "{\"errors\":[null]}",
        "{\"accepted\":null}",
        "{\"accepted\":[{\"position\":\"1\"}]}",
        "{\"accepted\":[null]}",
        "{\"accepted\":[1]}",
        "{\"accepted\":{}}",
        "{\"dryRun\":\"yes\"}",
        "{\"accepted\":[{\"position\":0,\"item\":{\"_user_id\":\"u0\"}}],\"errors\":[{\"position\":1,\"error\":{\"email\":[\"bad\"]}}]}",
        "{\"entity\":{\"items\":[{\"status\":\"success\",\"_user_id\":\"u1\",\"_event_id\":\"e1\"}]}}",
        "{\"accepted\":[{\"position\":0}]} trailing",
        "[]",
        "{\"accepted\":[{\"position\":0}]",
        "null",
    ];

    private static IEnumerable<string> AnswerCases() => Answers;

    [TestCaseSource(nameof(AnswerCases))]
    public void Every_answer_maps_as_the_model_maps_it(string json)
    {
        var fast = Outcome(() => IngestOutcomeMapper.Map(Users, Events, Encoding.UTF8.GetBytes(json), dryRun: false, requireItemDetails: false));
        var model = Outcome(() => string.IsNullOrWhiteSpace(json)
            ? IngestOutcomeMapper.Map(Users, Events, new IngestBatchResponse(), dryRun: false)
            : IngestOutcomeMapper.Map(Users, Events, JsonSerializer.Deserialize(json, IngestJsonContext.Default.IngestBatchResponse) ?? throw new JsonException("null"), dryRun: false));

        Assert.That(fast, Is.EqualTo(model));
    }

    [Test]
    public void A_422_without_per_record_detail_is_not_read_as_a_batch_answer()
    {
        Assert.That(IngestOutcomeMapper.Map(Users, Events, Encoding.UTF8.GetBytes("{\"message\":\"quota\"}"), dryRun: false, requireItemDetails: true), Is.Null);
        Assert.That(IngestOutcomeMapper.Map(Users, Events, Encoding.UTF8.GetBytes("{\"accepted\":[{\"position\":0}]}"), dryRun: false, requireItemDetails: true), Has.Count.EqualTo(3));
    }

    [Test]
    public void The_answer_to_a_full_batch_costs_no_json_document_per_record()
    {
        // The observed 202 to a batch of 100: every record echoed, an empty error list, counts.
        var users = Enumerable.Range(0, 100).Select(i => (string?)("user-" + i)).ToArray();
        var json = new StringBuilder("{\"success\":true,\"dryRun\":false,\"accepted\":[");
        for (var i = 0; i < 100; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"position\":").Append(i).Append(",\"item\":{\"_user_id\":\"user-").Append(i)
                .Append("\",\"_email\":\"user").Append(i).Append("@example.com\",\"_phone_mobile\":\"+34600000000\",\"_first_name\":\"Ana\",\"city\":\"Madrid\"}}");
        }

        var body = Encoding.UTF8.GetBytes(json.Append("],\"errors\":[],\"entitiesSuccess\":100,\"entitiesFailures\":0}").ToString());
        IngestOutcomeMapper.Map(users, null, body, dryRun: false, requireItemDetails: false);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var outcomes = IngestOutcomeMapper.Map(users, null, body, dryRun: false, requireItemDetails: false)!;
        var perRecord = (GC.GetAllocatedBytesForCurrentThread() - before) / 100.0;

        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
        // Measured: about 410 bytes (outcome, result, the echoed user id, the matcher's bookkeeping); read through the
        // model, with a JSON document per echoed record, about 950.
        Assert.That(perRecord, Is.LessThan(600), $"{perRecord:0} bytes per record");
    }

    private static string Outcome(Func<IReadOnlyList<BatchItemOutcome<IngestItemResult>>?> map)
    {
        try
        {
            return string.Join("; ", map()!.Select(o => $"{o.Index}:{o.Status}:{o.IsAmbiguous}:{o.Result}:{string.Join(",", o.Errors.Select(e => e.Field + "=" + e.Message))}"));
        }
        catch (JsonException)
        {
            return "JsonException";
        }
    }
}
