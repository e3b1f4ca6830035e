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
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<HellioEnvelope<T>> envelopeInfo,
        CancellationToken cancellationToken) =>
        DataAsync(Executor.CreateContext(operation), send, envelopeInfo, cancellationToken);

    public async Task<InstasentResponse<HellioPage<T>>> PageAsync<T>(
        InstasentOperation operation,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<HellioEnvelope<IReadOnlyList<T>>> envelopeInfo,
        CancellationToken cancellationToken)
    {
        return await Executor.SendAsync(
            Executor.CreateContext(operation),
            send,
            (bytes, _) =>
            {
                var envelope = InstasentOperationExecutor.Deserialize(bytes, envelopeInfo) ?? throw new JsonException("The response is null.");
                return new HellioPage<T>(envelope.Data ?? [], string.IsNullOrEmpty(envelope.Meta?.NextCursor) ? null : envelope.Meta.NextCursor);
            },
            null,
            cancellationToken).ConfigureAwait(false);
    }

    public Task<InstasentResponse<HellioDeleted>> DeleteAsync(
        InstasentOperation operation,
        string id,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken) =>
        // Deletes answer 204 with no body (SDK test mocks); any body is ignored, the raw text stays on the response.
        Executor.SendAsync(Executor.CreateContext(operation), send, (_, _) => new HellioDeleted(id), null, cancellationToken);

    public static T Data<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<HellioEnvelope<T>> envelopeInfo)
    {
        var envelope = InstasentOperationExecutor.Deserialize(body, envelopeInfo);
        if (envelope is null || envelope.Data is null)
        {
            throw new JsonException("The Hellio response has no 'data' member.");
        }

        return envelope.Data;
    }

    public static PagedSequence<T> List<T>(
        InstasentOperation operation,
        Func<string?, CancellationToken, Task<InstasentResponse<HellioPage<T>>>> getPage,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        // Documented end: meta.next_cursor empty or absent on the last page ([sdk]).
        PagedSequence.ByCursor(
            operation,
            async (cursor, _, ct) =>
            {
                var response = await getPage(cursor, ct).ConfigureAwait(false);
                return new ListPage<T>(response.WithValue(response.Value.Items)) { NextCursor = response.Value.NextCursor };
            },
            identity,
            cancellationToken);

    public static void CheckPageSize(int pageSize, [CallerArgumentExpression(nameof(pageSize))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize, name);
    }

    public static void CheckIdempotencyKey(string? key, [CallerArgumentExpression(nameof(key))] string? name = null)
    {
        if (key is null)
        {
            return;
        }

        if (key.Length == 0 || key.Length > MaxIdempotencyKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            throw new ArgumentException(
                $"{name} must be 1 to {MaxIdempotencyKeyLength} visible ASCII characters (no spaces); use IdempotencyKeys.FromBusinessIds(...) to derive one.",
                name);
        }
    }

    public static string CheckId(string? id, [CallerArgumentExpression(nameof(id))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, name);
        return id;
    }
}
