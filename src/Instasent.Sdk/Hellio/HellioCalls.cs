using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Http;
using Instasent.Sdk.Paging;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// What every Hellio call shares: unwrapping <c>{"data": ...}</c>, reading <c>meta.next_cursor</c>, empty delete
/// answers, cursor lists on the paging core and the checks on caller-supplied idempotency keys.
/// </summary>
internal sealed class HellioCalls
{
    /// <summary>The documented maximum of <c>per_page</c>, also the default page size of every Hellio list.</summary>
    public const int MaxPageSize = 200;
    public const int MaxIdempotencyKeyLength = 255;

    public HellioCalls(InstasentOperationExecutor executor)
    {
        Executor = executor;
    }

    public InstasentOperationExecutor Executor { get; }

    public async Task<InstasentResponse<T>> DataAsync<T>(
        InstasentCallContext context,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<HellioEnvelope<T>> envelopeInfo,
        CancellationToken cancellationToken)
    {
        var response = await Executor.SendAsync(context, send, (bytes, _) => Data(bytes, envelopeInfo), null, cancellationToken).ConfigureAwait(false);
        return response;
    }

    public Task<InstasentResponse<T>> DataAsync<T>(
        InstasentOperation operation,
        InstasentRequestOptions? requestOptions,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<HellioEnvelope<T>> envelopeInfo,
        CancellationToken cancellationToken) =>
        DataAsync(Executor.CreateContext(operation, requestOptions), send, envelopeInfo, cancellationToken);

    public Task<InstasentResponse<HellioDeleted>> DeleteAsync(
        InstasentOperation operation,
        InstasentRequestOptions? requestOptions,
        string id,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken) =>
        // Deletes answer 204 with no body (SDK test mocks); any body is ignored, the raw text stays on the response.
        Executor.SendAsync(Executor.CreateContext(operation, requestOptions), send, (_, _) => new HellioDeleted(id), null, cancellationToken);

    public static T Data<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<HellioEnvelope<T>> envelopeInfo)
    {
        var envelope = InstasentOperationExecutor.Deserialize(body, envelopeInfo);
        if (envelope is null || envelope.Data is null)
        {
            throw new JsonException("The Hellio response has no 'data' member.");
        }

        return envelope.Data;
    }

    /// <summary>
    /// A cursor list (<c>cursor</c>, <c>per_page</c>, <c>meta.next_cursor</c>) on the paging core. The continuation
    /// tokens are Hellio's own cursors, so a stored one resumes the list in a later process.
    /// </summary>
    public InstasentPageable<T> List<T>(
        InstasentOperation operation,
        InstasentRequestOptions? requestOptions,
        Func<string?, int, InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<HellioEnvelope<IReadOnlyList<T>>> envelopeInfo,
        Func<T, string?> identity,
        CancellationToken cancellationToken)
    {
        // Validated when the list is made, so bad options fail where they were passed, not at the first page.
        InstasentOperationExecutor.CheckRequestOptions(operation, requestOptions);
        return PagedSequence.ByCursor(
            operation,
            new PageSize(MaxPageSize, MaxPageSize),
            async (cursor, perPage, ct) =>
            {
                var response = await Executor.SendAsync(
                    Executor.CreateContext(operation, requestOptions),
                    (call, c) => send(cursor, perPage, call, c),
                    (bytes, _) => InstasentOperationExecutor.Deserialize(bytes, envelopeInfo) ?? throw new JsonException("The response is null."),
                    null,
                    ct).ConfigureAwait(false);
                var envelope = response.Value;
                // Documented end: meta.next_cursor empty or absent on the last page ([sdk]).
                return new ListPage<T>(response.WithValue(envelope.Data ?? [])) { NextCursor = envelope.Meta?.NextCursor };
            },
            identity,
            cancellationToken);
    }

    /// <summary>A list the API answers in one response (no cursor): a pageable of exactly one page.</summary>
    public InstasentPageable<T> ListOnce<T>(
        InstasentOperation operation,
        InstasentRequestOptions? requestOptions,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<HellioEnvelope<IReadOnlyList<T>>> envelopeInfo,
        Func<T, string?> identity,
        CancellationToken cancellationToken)
    {
        InstasentOperationExecutor.CheckRequestOptions(operation, requestOptions);
        return PagedSequence.SinglePage(operation, ct => DataAsync(operation, requestOptions, send, envelopeInfo, ct), identity, cancellationToken);
    }

    /// <summary>Hellio's own rule for keys, stricter than the SDK's: visible ASCII only (no spaces).</summary>
    public static void CheckIdempotencyKey(InstasentRequestOptions? requestOptions)
    {
        if (requestOptions?.IdempotencyKey is not { } key)
        {
            return;
        }

        if (key.Length == 0 || key.Length > MaxIdempotencyKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            throw new ArgumentException(
                $"requestOptions.IdempotencyKey must be 1 to {MaxIdempotencyKeyLength} visible ASCII characters (no spaces); use IdempotencyKeys.FromBusinessIds(...) to derive one.",
                nameof(requestOptions));
        }
    }

    /// <summary>A status filter as sent: <see langword="null"/> leaves it out; a blank one is refused rather than sent as <c>status=</c>.</summary>
    public static string? StatusFilter(string? value, string name) =>
        value switch
        {
            null => null,
            _ when string.IsNullOrWhiteSpace(value) => throw new ArgumentException($"{name} must not be blank; pass null for every status.", name),
            _ => value,
        };

    public static string CheckId(string? id, [CallerArgumentExpression(nameof(id))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, name);
        return id;
    }
}
