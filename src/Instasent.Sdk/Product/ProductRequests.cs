using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Http;
using Instasent.Sdk.Paging;
using Instasent.Sdk.Product.Filters;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>
/// What every Product sub-client shares: the Refit API, the executor, project resolution, envelope parsing and the
/// three list shapes of the Product API (offset index lists, cursor scrolls, one-request lists). One instance is shared
/// by the sub-clients of a <see cref="ProductClient"/>.
/// </summary>
internal sealed class ProductRequests
{
    /// <summary>The most items an index list page or a scroll page may ask for (<c>_limit</c> / <c>limit</c>).</summary>
    internal const int MaxPageSize = 100;

    /// <summary>The most results a search returns (it has no cursor).</summary>
    internal const int MaxSearchLimit = 50;

    internal static readonly ProductJsonContext Json = ProductJsonContext.Default;

    private readonly InstasentOperationExecutor executor;

    public ProductRequests(IProductApi api, InstasentOperationExecutor executor)
    {
        Api = api;
        this.executor = executor;
    }

    public IProductApi Api { get; }

    public InstasentFamily Family => executor.Family;

    public static ByteArrayContent SearchBody(QueryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Limit > MaxSearchLimit)
        {
            throw new ArgumentException($"filter.Limit is {filter.Limit}; search returns at most {MaxSearchLimit} results and has no cursor. Use a List…Async scroll to read more.", nameof(filter));
        }

        return JsonRequestContent.Create(filter.ToJsonObject(), Json.JsonObject);
    }

    public static ProductSearchResult<T> SearchResult<T>(ProductList<T> list) =>
        new() { Items = list.Items, TotalHits = list.Metadata.TotalHits, Offset = list.Metadata.Offset };

    public string Project(string? project, [CallerArgumentExpression(nameof(project))] string? name = null)
    {
        var value = project ?? ((ProductOptions)executor.Family.SelectOptions(executor.Options)).ProjectId;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("No project UID was given and Instasent:Product:ProjectId is not set; pass the project UID or configure ProjectId.", name);
        }

        return value;
    }

    public Task<InstasentResponse<T>> SendAsync<T>(
        InstasentOperation operation,
        InstasentRequestOptions? requestOptions,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        Func<ReadOnlyMemory<byte>, int, T> parse,
        CancellationToken cancellationToken,
        string? sentText = null)
    {
        var context = executor.CreateContext(operation, requestOptions);
        if (sentText is not null)
        {
            context = context.WithSentText(sentText);
        }

        return executor.SendAsync(context, send, parse, null, cancellationToken);
    }

    public Task<InstasentResponse<T>> SendAsync<T>(
        InstasentOperation operation,
        InstasentRequestOptions? requestOptions,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        Func<ReadOnlyMemory<byte>, T> parse,
        CancellationToken cancellationToken) =>
        SendAsync(operation, requestOptions, send, (body, _) => parse(body), cancellationToken);

    /// <summary>An index list paged by <c>_start</c>/<c>_limit</c> (datasources, segments, campaigns, automations, SMS lists).</summary>
    public InstasentPageable<T> ByOffset<T>(
        InstasentOperation operation,
        IndexQuery? query,
        InstasentRequestOptions? requestOptions,
        Func<IDictionary<string, string>, InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<ProductEnvelope<T>> envelopeInfo,
        JsonTypeInfo<IReadOnlyList<T>> arrayInfo,
        Func<T, string?> identity,
        CancellationToken cancellationToken)
    {
        query ??= new IndexQuery();
        var limit = query.Limit;
        if (limit is < 1 or > MaxPageSize)
        {
            throw new ArgumentException($"query.Limit must be between 1 and {MaxPageSize} (it is {limit}).", nameof(query));
        }

        return PagedSequence.ByOffset(
            operation,
            query.Start,
            new PageSize(limit, MaxPageSize),
            async (start, pageSize, ct) =>
            {
                var parameters = query.ToParameters(start, pageSize);
                var response = await SendAsync(operation, requestOptions, (call, c) => send(parameters, call, c), b => ProductParsing.List(b, envelopeInfo, arrayInfo), ct).ConfigureAwait(false);
                var items = response.Value.Items;
                // metadata.count is documented only by a third-party wrapper ([M]): it reads as the number of matches,
                // but could be the size of this page. A count larger than the page cannot be a page size, so only
                // then is it trusted as the total that ends the list; otherwise the empty page after the last ends it.
                return new ListPage<T>(response.WithValue(items))
                {
                    Total = response.Value.Metadata.Count is { } count && count > items.Count ? count : null,
                };
            },
            identity,
            cancellationToken);
    }

    /// <summary>A cursor scroll (audience, segment contacts, events): the filter plus <c>limit</c> and <c>cursor</c> in the body.</summary>
    public InstasentPageable<T> ByCursor<T>(
        InstasentOperation operation,
        QueryFilter? filter,
        InstasentRequestOptions? requestOptions,
        Func<HttpContent, InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<ProductEnvelope<T>> envelopeInfo,
        JsonTypeInfo<IReadOnlyList<T>> arrayInfo,
        Func<T, string?> identity,
        CancellationToken cancellationToken)
    {
        if (filter?.Limit is < 1)
        {
            throw new ArgumentException($"filter.Limit must be at least 1 (it is {filter.Limit}).", nameof(filter));
        }

        // Documented end: metadata.cursor null. totalHits is not used to end a scroll: the cursor is the explicit signal.
        return PagedSequence.ByCursor(
            operation,
            new PageSize(filter?.Limit ?? MaxPageSize, MaxPageSize),
            async (cursor, pageSize, ct) =>
            {
                var body = ScrollBody(filter, cursor, pageSize);
                var response = await SendAsync(operation, requestOptions, (call, c) => send(body, call, c), b => ProductParsing.List(b, envelopeInfo, arrayInfo), ct).ConfigureAwait(false);
                return new ListPage<T>(response.WithValue(response.Value.Items)) { NextCursor = response.Value.Metadata.Cursor };
            },
            identity,
            cancellationToken);
    }

    /// <summary>A list the API answers in one request with no paging parameters (dynamic segments, SMS senders).</summary>
    public InstasentPageable<T> SinglePage<T>(
        InstasentOperation operation,
        InstasentRequestOptions? requestOptions,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        Func<ReadOnlyMemory<byte>, IReadOnlyList<T>> parse,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        PagedSequence.SinglePage(operation, ct => SendAsync(operation, requestOptions, send, parse, ct), identity, cancellationToken);

    private static ByteArrayContent ScrollBody(QueryFilter? filter, string? cursor, int limit)
    {
        var json = (filter ?? new QueryFilter()).ToJsonObject(forScroll: true);
        json["limit"] = limit;
        if (cursor is not null)
        {
            json["cursor"] = cursor;
        }

        return JsonRequestContent.Create(json, Json.JsonObject);
    }
}
