using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Paging;
using Instasent.Sdk.Serialization;
using Instasent.Sdk.Validation;

namespace Instasent.Sdk.Sms;

/// <summary>The implementation shared by the Legacy and Transactional clients; only the family (base address, token) differs.</summary>
internal abstract class InstasentSmsClient : IInstasentSmsClient
{
    internal const int BulkBatchSize = 100;
    internal const int MaxPageSize = 100;
    private static readonly SmsJsonContext Json = SmsJsonContext.Default;

    private readonly IInstasentSmsApi api;
    private readonly InstasentOperationExecutor executor;
    private readonly InstasentOperation sendSms;
    private readonly InstasentOperation sendBulk;
    private readonly InstasentOperation getSms;
    private readonly InstasentOperation listSms;
    private readonly InstasentOperation createLookup;
    private readonly InstasentOperation getLookup;
    private readonly InstasentOperation listLookups;
    private readonly InstasentOperation getBalance;
    private readonly InstasentOperation getPricing;

    protected InstasentSmsClient(IInstasentSmsApi api, InstasentOperationExecutor executor)
    {
        this.api = api;
        this.executor = executor;
        var family = executor.Family;
        // Instasent documents no idempotency key and no clientId de-duplication, so every POST is not idempotent.
        sendSms = family.Operation("SendSms", RetrySafety.NotIdempotent);
        sendBulk = family.Operation("SendBulkSms", RetrySafety.NotIdempotent) with { IsBulk = true };
        getSms = family.Operation("GetSms", RetrySafety.Idempotent);
        listSms = family.Operation("ListSms", RetrySafety.Idempotent);
        createLookup = family.Operation("CreateLookup", RetrySafety.NotIdempotent);
        getLookup = family.Operation("GetLookup", RetrySafety.Idempotent);
        listLookups = family.Operation("ListLookups", RetrySafety.Idempotent);
        getBalance = family.Operation("GetBalance", RetrySafety.Idempotent);
        getPricing = family.Operation("GetPricing", RetrySafety.Idempotent);
    }

    public Task<InstasentResponse<SmsMessage>> SendSmsAsync(SmsRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldErrors.ThrowIfAny(SmsValidation.Validate(request), nameof(request));
        return Send(request, requestOptions, cancellationToken);
    }

    public Task<InstasentResponse<SmsMessage>> SendSmsAsync(string from, string to, string text, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var request = new SmsRequest(from, to, text);
        var errors = SmsValidation.Validate(request);
        if (errors.Count > 0)
        {
            // The checked fields are named like this overload's parameters, so the first bad one is the parameter.
            throw new ArgumentException(string.Join(" ", errors.Select(e => e.Message)), errors[0].Field);
        }

        return Send(request, requestOptions, cancellationToken);
    }

    private Task<InstasentResponse<SmsMessage>> Send(SmsRequest request, InstasentRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var body = JsonRequestContent.Create(request, Json.SmsRequest);
        return executor.SendAsync(
            executor.CreateContext(sendSms, requestOptions).WithSentText(request.Text),
            (call, ct) => api.SendSmsAsync(body, call, ct),
            (bytes, _) => EnvelopeParsing.EntityOrRoot(bytes, Json.EntityEnvelopeSmsMessage, Json.SmsMessage),
            null,
            cancellationToken);
    }

    public Task<BatchResult<SmsMessage>> SendBulkSmsAsync(IEnumerable<SmsRequest> requests, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (plan, send) = BulkBatches(requests, requestOptions);
        return BatchRunner.RunAsync(sendBulk, BatchRunner.ToAsync(requests), plan, send, requestOptions?.OutcomeRetention ?? BatchOutcomeRetention.All, cancellationToken);
    }

    public IAsyncEnumerable<BatchItemOutcome<SmsMessage>> SendBulkSmsStreamingAsync(IEnumerable<SmsRequest> requests, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (plan, send) = BulkBatches(requests, requestOptions);
        return BatchRunner.StreamAsync(sendBulk, BatchRunner.ToAsync(requests), plan, send, cancellationToken);
    }

    public IAsyncEnumerable<BatchItemOutcome<SmsMessage>> SendBulkSmsStreamingAsync(IAsyncEnumerable<SmsRequest> requests, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (plan, send) = BulkBatches(requests, requestOptions);
        return BatchRunner.StreamAsync(sendBulk, requests, plan, send, cancellationToken);
    }

    // Checked when the call is made, not when the first batch is sent (or a stream is first read).
    private (BatchPlan<SmsRequest> Plan, BatchRunner.SendBatch<SmsRequest, SmsMessage> Send) BulkBatches(object requests, InstasentRequestOptions? requestOptions)
    {
        ArgumentNullException.ThrowIfNull(requests);
        InstasentOperationExecutor.CheckRequestOptions(sendBulk, requestOptions);
        var assignClientIds = ((InstasentSmsApiOptions)executor.Family.SelectOptions(executor.Options)).AssignClientIds;
        var plan = BatchPlan<SmsRequest>.For(executor, BulkBatchSize, SmsValidation.Validate) with
        {
            Prepare = assignClientIds ? static m => string.IsNullOrEmpty(m.ClientId) ? m with { ClientId = NewClientId() } : m : null,
            Reference = static m => m?.ClientId,
        };
        return (plan, (batch, _, ct) => SendBatchAsync(batch, requestOptions, ct));
    }

    // Random, so it carries nothing about the recipient or the text, and 122 random bits make a collision between any
    // two messages ever sent negligible; 36 characters fit Instasent's 40-character limit.
    private static string NewClientId() => "sdk_" + Guid.NewGuid().ToString("N");

    public Task<InstasentResponse<SmsMessage>> GetSmsAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return executor.SendAsync(
            executor.CreateContext(getSms, requestOptions),
            (call, ct) => api.GetSmsAsync(id, call, ct),
            (bytes, _) => EnvelopeParsing.EntityOrRoot(bytes, Json.EntityEnvelopeSmsMessage, Json.SmsMessage),
            null,
            cancellationToken);
    }

    public InstasentPageable<SmsMessage> ListSmsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        InstasentOperationExecutor.CheckRequestOptions(listSms, requestOptions);
        return List(
            listSms,
            (page, perPage, call, ct) => api.ListSmsAsync(page, perPage, call, ct),
            Json.EntitiesEnvelopeSmsMessage,
            Json.IReadOnlyListSmsMessage,
            static sms => sms.Id,
            requestOptions,
            cancellationToken);
    }

    public Task<InstasentResponse<SmsLookup>> CreateLookupAsync(string phoneNumber, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneNumber);
        if (!PhoneNumber.IsE164(phoneNumber))
        {
            throw new ArgumentException("phoneNumber must be an E.164 number: '+' and 7 to 15 digits, such as +34600000000.", nameof(phoneNumber));
        }

        var body = JsonRequestContent.Create(new LookupRequest { To = phoneNumber }, Json.LookupRequest);
        return executor.SendAsync(
            executor.CreateContext(createLookup, requestOptions),
            (call, ct) => api.CreateLookupAsync(body, call, ct),
            (bytes, _) => EnvelopeParsing.EntityOrRoot(bytes, Json.EntityEnvelopeSmsLookup, Json.SmsLookup),
            null,
            cancellationToken);
    }

    public Task<InstasentResponse<SmsLookup>> GetLookupAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return executor.SendAsync(
            executor.CreateContext(getLookup, requestOptions),
            (call, ct) => api.GetLookupAsync(id, call, ct),
            (bytes, _) => EnvelopeParsing.EntityOrRoot(bytes, Json.EntityEnvelopeSmsLookup, Json.SmsLookup),
            null,
            cancellationToken);
    }

    public InstasentPageable<SmsLookup> ListLookupsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        InstasentOperationExecutor.CheckRequestOptions(listLookups, requestOptions);
        return List(
            listLookups,
            (page, perPage, call, ct) => api.ListLookupsAsync(page, perPage, call, ct),
            Json.EntitiesEnvelopeSmsLookup,
            Json.IReadOnlyListSmsLookup,
            static lookup => lookup.Id,
            requestOptions,
            cancellationToken);
    }

    public Task<InstasentResponse<AccountBalance>> GetBalanceAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        executor.SendAsync(
            executor.CreateContext(getBalance, requestOptions),
            (call, ct) => api.GetBalanceAsync(call, ct),
            (bytes, _) => EnvelopeParsing.EntityOrRoot(bytes, Json.EntityEnvelopeAccountBalance, Json.AccountBalance),
            null,
            cancellationToken);

    public Task<InstasentResponse<IReadOnlyList<PriceProfile>>> GetPricingAsync(PriceProfileKind kind, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var options = (InstasentSmsApiOptions)executor.Family.SelectOptions(executor.Options);
        var path = (kind switch
        {
            PriceProfileKind.Sms => options.SmsPriceProfilePath,
            PriceProfileKind.Lookup => options.LookupPriceProfilePath,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown price profile kind."),
        }).Trim('/');
        return executor.SendAsync(
            executor.CreateContext(getPricing, requestOptions),
            (call, ct) => api.GetPricingAsync(path, call, ct),
            (bytes, _) => ReadPriceProfile(bytes),
            null,
            cancellationToken);
    }

    private static IReadOnlyList<PriceProfile> ReadPriceProfile(ReadOnlyMemory<byte> body)
    {
        // Undocumented shape: a bare array, {"entities": [...]}, or {"entity": {...}} holding one profile.
        var first = EnvelopeParsing.FirstSignificantByte(body.Span);
        if (first == (byte)'[')
        {
            return EnvelopeParsing.EntitiesOrArray(body, Json.EntitiesEnvelopePriceProfile, Json.IReadOnlyListPriceProfile);
        }

        var list = EnvelopeParsing.EntitiesOrArray(body, Json.EntitiesEnvelopePriceProfile, Json.IReadOnlyListPriceProfile);
        return list.Count > 0 ? list : [EnvelopeParsing.EntityOrRoot(body, Json.EntityEnvelopePriceProfile, Json.PriceProfile)];
    }

    private async Task<IReadOnlyList<BatchItemOutcome<SmsMessage>>> SendBatchAsync(IReadOnlyList<SmsRequest> batch, InstasentRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var body = JsonRequestContent.Create(batch, Json.IReadOnlyListSmsRequest);
        // Mapped while the response is read, so an answer the mapper cannot make sense of is a typed format failure
        // with the response's details, like any other unreadable answer.
        return await executor.SendForValueAsync(
            executor.CreateContext(sendBulk, requestOptions).WithSentText([.. batch.Select(m => m.Text)]),
            (call, ct) => api.SendBulkSmsAsync(body, call, ct),
            (bytes, _) => BulkSmsOutcomeMapper.Map(batch, InstasentOperationExecutor.Deserialize(bytes, Json.BulkSmsResponse)),
            null,
            cancellationToken).ConfigureAwait(false);
    }

    private PagedSequence<T> List<T>(
        InstasentOperation operation,
        Func<int, int, InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> getPage,
        JsonTypeInfo<EntitiesEnvelope<T>> envelope,
        JsonTypeInfo<IReadOnlyList<T>> array,
        Func<T, string?> identity,
        InstasentRequestOptions? requestOptions,
        CancellationToken cancellationToken) =>
        // The list answers are {"entities": [...]} with no total and no "last page": nothing but an empty page says
        // the list is over, so a list costs one request more than its full pages. Instasent documents per_page with a
        // default of 10 and no maximum; 100 keeps a request's answer small and is what the SDK has always asked for.
        PagedSequence.ByPageNumber(
            operation,
            new PageSize(MaxPageSize, MaxPageSize),
            async (page, pageSize, ct) => new ListPage<T>(await executor.SendAsync(
                executor.CreateContext(operation, requestOptions),
                (call, c) => getPage(page, pageSize, call, c),
                (bytes, _) => EnvelopeParsing.EntitiesOrArray(bytes, envelope, array),
                null,
                ct).ConfigureAwait(false)),
            identity,
            cancellationToken);
}
