using Instasent.Sdk.Http;

namespace Instasent.Sdk.Ingest;

/// <summary>The Ingest operations and their retry safety, declared once per client.</summary>
internal sealed class IngestOperations
{
    public IngestOperations(InstasentFamily family)
    {
        GetStream = family.Operation("GetStream", RetrySafety.Idempotent);
        GetAttributeSpecs = family.Operation("GetAttributeSpecs", RetrySafety.Idempotent);
        GetEventSpecs = family.Operation("GetEventSpecs", RetrySafety.Idempotent);
        GetEventParameterSpecs = family.Operation("GetEventParameterSpecs", RetrySafety.Idempotent);
        GetContact = family.Operation("GetContact", RetrySafety.Idempotent);
        // Upserts are keyed by _user_id: sending a batch twice leaves the same contacts, so 5xx and timeouts are retried.
        UpsertContacts = family.Operation("UpsertContacts", RetrySafety.Idempotent) with { IsBulk = true };
        // Events are de-duplicated by _event_id (always set: given or derived from the content), so a repeat adds nothing.
        AppendEvents = family.Operation("AppendEvents", RetrySafety.Idempotent) with { IsBulk = true };
        // Deleting a deleted contact changes nothing more.
        DeleteContact = family.Operation("DeleteContact", RetrySafety.Idempotent);
    }

    public InstasentOperation GetStream { get; }

    public InstasentOperation GetAttributeSpecs { get; }

    public InstasentOperation GetEventSpecs { get; }

    public InstasentOperation GetEventParameterSpecs { get; }

    public InstasentOperation GetContact { get; }

    public InstasentOperation UpsertContacts { get; }

    public InstasentOperation AppendEvents { get; }

    public InstasentOperation DeleteContact { get; }
}
