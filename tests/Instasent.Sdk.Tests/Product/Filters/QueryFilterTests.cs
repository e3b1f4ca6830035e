using System.Text.Json.Nodes;
using Instasent.Sdk.Product.Filters;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Product.Filters;

public sealed class QueryFilterTests
{
    private static void AssertJson(string actual, string expected) =>
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected)), Is.True, $"actual: {actual}");

    [Test]
    public void Documented_audience_example_is_written_exactly()
    {
        var filter = QueryFilter.Where(FilterJoin.And, g => g.Attribute("_email", FilterOperator.Contains, "yahoo"))
            .Take(10).Skip(0).SortBy("_email").ReturnAllData(false);

        Assert.That(filter.ToJson(), Is.EqualTo(
            "{\"version\":\"0.0.1\",\"root\":{\"type\":\"group\",\"join\":\"and\",\"children\":[{\"type\":\"attribute_condition\",\"key\":\"_email\",\"operator\":\"contains\",\"values\":[\"yahoo\"]}]},"
            + "\"limit\":10,\"offset\":0,\"sortField\":\"_email\",\"sortAsc\":true,\"includeAllData\":false}"));
    }

    [Test]
    public void Documented_operators_write_their_value_shapes()
    {
        var filter = QueryFilter.Where(FilterJoin.Or, g => g
            .AttributeExists("_phone_mobile")
            .AttributeMatches("_client_tags", matchAll: true, "vip", "newsletter")
            .AttributeNumberRange("age", 18, 65)
            .AttributeRelativeDate("_date_registered", new RelativeDateRange { LowerOffset = -30, UpperOffset = 0, LowerExcludeEquals = false, UpperExcludeEquals = true, LowerRounding = true, UpperRounding = false })
            .Segment("seg_vip"));

        AssertJson(filter.ToJson(), """
            {"version":"0.0.1","root":{"type":"group","join":"or","children":[
              {"type":"attribute_condition","key":"_phone_mobile","operator":"exists","values":[]},
              {"type":"attribute_condition","key":"_client_tags","operator":"matches-string","values":["&&","vip","newsletter"]},
              {"type":"attribute_condition","key":"age","operator":"range-number","values":{"lowerNumber":18,"upperNumber":65}},
              {"type":"attribute_condition","key":"_date_registered","operator":"range-date-relative","values":{"lowerOffset":-30,"upperOffset":0,"lowerExcludeEquals":false,"upperExcludeEquals":true,"lowerRounding":true,"upperRounding":false,"lowerOffsetPeriod":"day","upperOffsetPeriod":"day"}},
              {"type":"segment_condition","key":"seg_vip"}]}}
            """);
    }

    [Test]
    public void Event_filter_with_nested_groups_and_the_n8n_defaults()
    {
        var filter = QueryFilter.Where(FilterJoin.And, g => g
                .EventType("update")
                .EventGroup(FilterJoin.And, e => e
                    .Event("event-type", FilterOperator.MatchesString, "ecommerce_order_create")
                    .EventNumberRange("ecommerce_order_create.order-euro-amount", 100, null))
                .Group(FilterJoin.Or, o => o.EventRelativeDate("created-at", new RelativeDateRange { LowerOffset = -7 })))
            .SortBy("created-at", ascending: false);

        AssertJson(filter.ToJson(), """
            {"version":"0.0.1","root":{"type":"group","join":"and","children":[
              {"type":"event_condition","key":"event-type","operator":"matches-string","values":["update"]},
              {"type":"group_event","join":"and","children":[
                {"type":"event_condition","key":"event-type","operator":"matches-string","values":["ecommerce_order_create"]},
                {"type":"event_condition","key":"ecommerce_order_create.order-euro-amount","operator":"range-number","values":{"lowerNumber":100}}]},
              {"type":"group","join":"or","children":[
                {"type":"event_condition","key":"created-at","operator":"range-date-relative","values":{"lowerOffset":-7,"lowerOffsetPeriod":"day","upperOffsetPeriod":"day"}}]}]},
             "sortField":"created-at","sortAsc":false}
            """);
    }

    [Test]
    public void Raw_conditions_and_unknown_operators_pass_through()
    {
        var filter = QueryFilter.Where(FilterJoin.And, g => g
            .Raw("""{"type":"future_condition","key":"x","operator":"new-op","values":{"a":1}}""")
            .Attribute("plan", FilterOperator.FromWire("starts-with"), "pro"));

        AssertJson(filter.ToJson(), """
            {"version":"0.0.1","root":{"type":"group","join":"and","children":[
              {"type":"future_condition","key":"x","operator":"new-op","values":{"a":1}},
              {"type":"attribute_condition","key":"plan","operator":"starts-with","values":["pro"]}]}}
            """);
    }

    [Test]
    public void Bad_input_is_refused_naming_the_problem()
    {
        var group = new QueryFilter().Root;

        Assert.That(() => group.Raw("[1,2]"), Throws.ArgumentException.With.Message.Contains("JSON object"));
        Assert.That(() => group.Raw("{oops"), Throws.ArgumentException.With.Message.Contains("not valid JSON"));
        Assert.That(() => group.AttributeNumberRange("age", null, null), Throws.ArgumentException.With.Message.Contains("at least one bound"));
        Assert.That(() => group.AttributeNumberRange("age", 10, 5), Throws.ArgumentException.With.Message.Contains("above the upper"));
        Assert.That(() => group.Attribute(" ", FilterOperator.Contains, "x"), Throws.ArgumentException);
        Assert.That(() => new QueryFilter().Take(0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Empty_filter_matches_everything()
    {
        Assert.That(new QueryFilter().ToJson(), Is.EqualTo("{\"version\":\"0.0.1\",\"root\":{\"type\":\"group\",\"join\":\"and\",\"children\":[]}}"));
    }
}
