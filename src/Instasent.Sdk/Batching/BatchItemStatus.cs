namespace Instasent.Sdk.Batching;

/// <summary>What happened to one input item of a bulk or batch call.</summary>
public enum BatchItemStatus
{
    /// <summary>The server accepted the item.</summary>
    Accepted,

    /// <summary>The item was refused, by the SDK's checks before sending or by the server; see the field errors.</summary>
    Rejected,

    /// <summary>The item's batch failed as a whole (see the exception); the item may be sent again.</summary>
    Failed,
}
