namespace Instasent.Sdk.Testing;

/// <summary>Which of the two ingest answer shapes found in the Instasent sources the fake sends.</summary>
public enum FakeIngestResponseShape
{
    /// <summary>The documented shape: <c>{"entity": {"successful", "failed", "items": [{"status", "_user_id", "errors"}]}}</c>.</summary>
    Documented,

    /// <summary>The observed shape: <c>{"accepted": [{"position", "item"}], "errors": [{"position", "item", "error"}], ...}</c>.</summary>
    Observed,
}
