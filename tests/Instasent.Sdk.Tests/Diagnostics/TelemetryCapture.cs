using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Tests.Diagnostics;

/// <summary>
/// Listens to the SDK's ActivitySource and Meter for one test. Spans are kept only when they belong to the trace of the
/// test's own root activity, so nothing another test emits can leak in. With <c>runtimeHttpMetrics</c> it also records
/// the runtime's <c>http.client.request.duration</c>, which the SDK enriches with its own tags.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private static readonly ActivitySource TestSource = new("Instasent.Sdk.Tests");
    private readonly ActivityListener activityListener;
    private readonly MeterListener meterListener;
    private readonly ConcurrentQueue<Activity> spans = new();
    private readonly ConcurrentQueue<Measurement> measurements = new();
    private readonly Activity root;

    public TelemetryCapture(bool runtimeHttpMetrics = false)
    {
        activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is InstasentTelemetry.ActivitySourceName or "Instasent.Sdk.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.Source.Name == InstasentTelemetry.ActivitySourceName && a.TraceId == root!.TraceId)
                {
                    spans.Enqueue(a);
                }
            },
        };
        ActivitySource.AddActivityListener(activityListener);

        meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == InstasentTelemetry.MeterName
                    || (runtimeHttpMetrics && instrument is { Name: "http.client.request.duration", Meter.Name: "System.Net.Http" }))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue(new Measurement(i.Name, i.Unit, v, tags.ToArray())));
        meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue(new Measurement(i.Name, i.Unit, v, tags.ToArray())));
        meterListener.Start();

        root = TestSource.StartActivity("test-root")!;
    }

    public IReadOnlyList<Activity> Spans => [.. spans];

    public IReadOnlyList<Measurement> Measurements => [.. measurements];

    public ActivitySpanId RootSpanId => root.SpanId;

    public IEnumerable<Measurement> Of(string instrument) => Measurements.Where(m => m.Instrument == instrument);

    /// <summary>Every string the capture saw: span names, tag values, event names and tags, status texts, metric tags.</summary>
    public IEnumerable<string> AllStrings()
    {
        foreach (var span in Spans)
        {
            yield return span.DisplayName;
            yield return span.OperationName;
            yield return span.StatusDescription ?? string.Empty;
            foreach (var tag in span.TagObjects)
            {
                yield return tag.Key + "=" + tag.Value;
            }

            foreach (var e in span.Events)
            {
                yield return e.Name;
                foreach (var tag in e.Tags)
                {
                    yield return tag.Key + "=" + tag.Value;
                }
            }

            foreach (var item in span.Baggage)
            {
                yield return item.Key + "=" + item.Value;
            }
        }

        foreach (var m in Measurements)
        {
            foreach (var tag in m.Tags)
            {
                yield return tag.Key + "=" + tag.Value;
            }
        }
    }

    public void Dispose()
    {
        root.Dispose();
        meterListener.Dispose();
        activityListener.Dispose();
    }

    internal sealed record Measurement(string Instrument, string? Unit, double Value, KeyValuePair<string, object?>[] Tags)
    {
        public object? Tag(string name) => Tags.FirstOrDefault(t => t.Key == name).Value;
    }
}
