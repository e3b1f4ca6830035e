using Instasent.Sdk.Batching;
using Instasent.Sdk.Product;

namespace Instasent.Sdk.Ingest;

/// <summary>
/// One datasource of the Ingest API (<c>/v1/project/{project}/datasource/{datasource}/stream...</c>). Bulk writes take
/// any number of records, send them in batches of 100 with bounded concurrency
/// (<see cref="InstasentClientOptions.BulkConcurrency"/>) and return one outcome per record by its original index.
/// Batches are retried on 429, 5xx and timeouts: upserts are keyed by <c>_user_id</c> and events by <c>_event_id</c>,
/// so a repeat cannot duplicate anything, and a record whose fate stayed <see cref="BatchItemStatus.Unknown"/> is safe
/// to send again (<see cref="BatchItemOutcome{TResult}.IsSafeToResend"/>). Answers are matched to records by
/// <c>_event_id</c>/<c>_user_id</c> or an explicit position, never by their place in a list. Cancelling the token
/// stops sending, lets batches in flight finish within <see cref="InstasentClientOptions.BulkCancellationGrace"/> and
/// throws <see cref="InstasentBatchCanceledException{TResult}"/> with one outcome per record read so far (records a
/// stream had not produced yet have none).
/// </summary>
public interface IIngestDatasourceClient
{
    /// <summary>Gets the registered name, or <see langword="null"/> for a datasource given by ids.</summary>
    string? Name { get; }

    /// <summary>Gets the project UID (read from the current options for a registered datasource).</summary>
    string ProjectId { get; }

    /// <summary>Gets the datasource id (read from the current options for a registered datasource).</summary>
    string DatasourceId { get; }

    /// <summary>Probes the datasource (<c>GET /stream</c>): checks the credential and returns usage and the token's scopes.</summary>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The datasource, project, stream usage and token kind.</returns>
    Task<InstasentResponse<StreamInfo>> GetStreamAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the attribute specifications the datasource accepts.</summary>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The specifications.</returns>
    Task<InstasentResponse<IReadOnlyList<AttributeSpec>>> GetAttributeSpecsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the event specifications the datasource accepts.</summary>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The specifications.</returns>
    Task<InstasentResponse<IReadOnlyList<EventSpec>>> GetEventSpecsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the parameter specifications of one event type.</summary>
    /// <param name="eventType">The event type.</param>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The specifications.</returns>
    Task<InstasentResponse<IReadOnlyList<EventParameterSpec>>> GetEventParameterSpecsAsync(string eventType, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Upserts any number of contacts. Records failing the client-side checks are rejected without being sent.</summary>
    /// <param name="contacts">The contacts.</param>
    /// <param name="options">The Ingest switches (<c>_sync</c>, <c>_dryRun</c>, extra date attributes), or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call; batches in flight get the grace period, then the partial result is thrown.</param>
    /// <returns>One outcome per contact, by original index.</returns>
    Task<BatchResult<IngestItemResult>> UpsertContactsAsync(IEnumerable<IngestContact> contacts, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Upserts contacts read from a stream (for example a large export), without holding the contacts in memory. The
    /// outcomes are kept until the call ends; for millions of records set
    /// <see cref="InstasentRequestOptions.OutcomeRetention"/> to <see cref="BatchOutcomeRetention.NotAccepted"/> or use
    /// <see cref="UpsertContactsStreamingAsync(IAsyncEnumerable{IngestContact}, IngestWriteOptions?, InstasentRequestOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="contacts">The contacts.</param>
    /// <param name="options">The Ingest switches (<c>_sync</c>, <c>_dryRun</c>, extra date attributes), or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call; batches in flight get the grace period, then the partial result is thrown.</param>
    /// <returns>One outcome per contact, by original index.</returns>
    Task<BatchResult<IngestItemResult>> UpsertContactsAsync(IAsyncEnumerable<IngestContact> contacts, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Appends any number of events. An event without <see cref="IngestEvent.EventId"/> gets a stable derived one.</summary>
    /// <param name="events">The events.</param>
    /// <param name="options">The Ingest switches (<c>_sync</c>, <c>_dryRun</c>), or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call; batches in flight get the grace period, then the partial result is thrown.</param>
    /// <returns>One outcome per event, by original index.</returns>
    Task<BatchResult<IngestItemResult>> AppendEventsAsync(IEnumerable<IngestEvent> events, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends events read from a stream, without holding the events in memory. The outcomes are kept until the call
    /// ends; for millions of events set <see cref="InstasentRequestOptions.OutcomeRetention"/> to
    /// <see cref="BatchOutcomeRetention.NotAccepted"/> or use
    /// <see cref="AppendEventsStreamingAsync(IAsyncEnumerable{IngestEvent}, IngestWriteOptions?, InstasentRequestOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="events">The events.</param>
    /// <param name="options">The Ingest switches (<c>_sync</c>, <c>_dryRun</c>), or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call; batches in flight get the grace period, then the partial result is thrown.</param>
    /// <returns>One outcome per event, by original index.</returns>
    Task<BatchResult<IngestItemResult>> AppendEventsAsync(IAsyncEnumerable<IngestEvent> events, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Upserts contacts and streams their outcomes. Yields each outcome as soon as it is known (a rejected record when read, a batch's records when the batch
    /// finishes), in that order rather than by index (each outcome carries its <see cref="BatchItemOutcome{TResult}.Index"/>),
    /// and keeps none, so memory stays flat however many items pass through. A reader that falls behind holds back
    /// further batches. Nothing is sent until the enumeration starts; the arguments and request options are checked
    /// when the method is called.
    /// </summary>
    /// <param name="contacts">The contacts.</param>
    /// <param name="options">The Ingest switches, or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call options, applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels the call (as does the token given to <c>WithCancellation</c>): no further batch is sent, batches in flight
    /// get <see cref="InstasentClientOptions.BulkCancellationGrace"/>, every remaining outcome (not sent, or unknown) is
    /// still yielded, then <see cref="OperationCanceledException"/> is thrown. Leaving the loop early cancels the same way
    /// and yields nothing further.
    /// </param>
    /// <returns>One outcome per contact, as each becomes known.</returns>
    IAsyncEnumerable<BatchItemOutcome<IngestItemResult>> UpsertContactsStreamingAsync(IEnumerable<IngestContact> contacts, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Upserts contacts and streams their outcomes. Yields each outcome as soon as it is known (a rejected record when read, a batch's records when the batch
    /// finishes), in that order rather than by index (each outcome carries its <see cref="BatchItemOutcome{TResult}.Index"/>),
    /// and keeps none, so memory stays flat however many items pass through. A reader that falls behind holds back
    /// further batches. Nothing is sent until the enumeration starts; the arguments and request options are checked
    /// when the method is called.
    /// </summary>
    /// <param name="contacts">The contacts.</param>
    /// <param name="options">The Ingest switches, or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call options, applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels the call (as does the token given to <c>WithCancellation</c>): no further batch is sent, batches in flight
    /// get <see cref="InstasentClientOptions.BulkCancellationGrace"/>, every remaining outcome (not sent, or unknown) is
    /// still yielded, then <see cref="OperationCanceledException"/> is thrown. Leaving the loop early cancels the same way
    /// and yields nothing further.
    /// </param>
    /// <returns>One outcome per contact, as each becomes known.</returns>
    IAsyncEnumerable<BatchItemOutcome<IngestItemResult>> UpsertContactsStreamingAsync(IAsyncEnumerable<IngestContact> contacts, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends events and streams their outcomes. Yields each outcome as soon as it is known (a rejected record when read, a batch's records when the batch
    /// finishes), in that order rather than by index (each outcome carries its <see cref="BatchItemOutcome{TResult}.Index"/>),
    /// and keeps none, so memory stays flat however many items pass through. A reader that falls behind holds back
    /// further batches. Nothing is sent until the enumeration starts; the arguments and request options are checked
    /// when the method is called.
    /// </summary>
    /// <param name="events">The events.</param>
    /// <param name="options">The Ingest switches, or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call options, applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels the call (as does the token given to <c>WithCancellation</c>): no further batch is sent, batches in flight
    /// get <see cref="InstasentClientOptions.BulkCancellationGrace"/>, every remaining outcome (not sent, or unknown) is
    /// still yielded, then <see cref="OperationCanceledException"/> is thrown. Leaving the loop early cancels the same way
    /// and yields nothing further.
    /// </param>
    /// <returns>One outcome per event, as each becomes known.</returns>
    IAsyncEnumerable<BatchItemOutcome<IngestItemResult>> AppendEventsStreamingAsync(IEnumerable<IngestEvent> events, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends events and streams their outcomes. Yields each outcome as soon as it is known (a rejected record when read, a batch's records when the batch
    /// finishes), in that order rather than by index (each outcome carries its <see cref="BatchItemOutcome{TResult}.Index"/>),
    /// and keeps none, so memory stays flat however many items pass through. A reader that falls behind holds back
    /// further batches. Nothing is sent until the enumeration starts; the arguments and request options are checked
    /// when the method is called.
    /// </summary>
    /// <param name="events">The events.</param>
    /// <param name="options">The Ingest switches, or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call options, applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels the call (as does the token given to <c>WithCancellation</c>): no further batch is sent, batches in flight
    /// get <see cref="InstasentClientOptions.BulkCancellationGrace"/>, every remaining outcome (not sent, or unknown) is
    /// still yielded, then <see cref="OperationCanceledException"/> is thrown. Leaving the loop early cancels the same way
    /// and yields nothing further.
    /// </param>
    /// <returns>One outcome per event, as each becomes known.</returns>
    IAsyncEnumerable<BatchItemOutcome<IngestItemResult>> AppendEventsStreamingAsync(IAsyncEnumerable<IngestEvent> events, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a contact as this datasource stored it.</summary>
    /// <param name="userId">The contact's <c>_user_id</c>.</param>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stream contact.</returns>
    Task<InstasentResponse<StreamContact>> GetContactAsync(string userId, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a contact from this datasource (safe to retry).</summary>
    /// <param name="userId">The contact's <c>_user_id</c>.</param>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's answer.</returns>
    Task<InstasentResponse<IngestBatchResponse>> DeleteContactAsync(string userId, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
