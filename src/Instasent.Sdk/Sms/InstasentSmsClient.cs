using System.Runtime.CompilerServices;
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
    private readonly InstasentOperation lookup;
    private readonly InstasentOperation getLookup;
    private readonly InstasentOperation listLookups;
    private readonly InstasentOperation getAccount;
    private readonly InstasentOperation getPriceProfile;

    protected InstasentSmsClient(IInstasentSmsApi api, InstasentOperationExecutor executor)
    {
        this.api = api;
        this.executor = executor;
        var family = executor.Family;
        // Instasent documents no idempotency key and no clientId de-duplication, so every POST is not idempotent.
        sendSms = family.Operation("SendSms", RetrySafety.NotIdempotent);
        sendBulk = family.Operation("SendBulkSms", RetrySafety.NotIdempotent);
        getSms = family.Operation("GetSms", RetrySafety.Idempotent);
        listSms = family.Operation("ListSms", RetrySafety.Idempotent);
        lookup = family.Operation("Lookup", RetrySafety.NotIdempotent);
        getLookup = family.Operation("GetLookup", RetrySafety.Idempotent);
        listLookups = family.Operation("ListLookups", RetrySafety.Idempotent);
        getAccount = family.Operation("GetAccount", RetrySafety.Idempotent);
        getPriceProfile = family.Operation("GetPriceProfile", RetrySafety.Idempotent);
    }

    public Task<InstasentResponse<Sms>> SendSmsAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        FieldErrors.ThrowIfAny(SmsValidation.Validate(message), nameof(message));
        var body = JsonRequestContent.Create(message, Json.SmsMessage);
        return executor.SendAsync(
            executor.CreateContext(sendSms).WithSentText(message.Text),
            (call, ct) => api.SendSmsAsync(body, call, ct),
            (bytes, _) => EnvelopeParsing.EntityOrRoot(bytes, Json.EntityEnvelopeSms, Json.Sms),
            null,
            cancellationToken);
    }

    public Task<BatchResult<Sms>> SendBulkSmsAsync(IEnumerable<SmsMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var assignClientIds = ((InstasentSmsApiOptions)executor.Family.SelectOptions(executor.Options)).AssignClientIds;
        var plan = BatchPlan<SmsMessage>.For(executor, BulkBatchSize, SmsValidation.Validate) with
        {
            Prepare = assignClientIds ? static m => string.IsNullOrEmpty(m.ClientId) ? m with { ClientId = NewClientId() } : m : null,
            Reference = static m => m?.ClientId,
        };
        return BatchRunner.RunAsync<SmsMessage, Sms>(sendBulk, BatchRunner.ToAsync(messages), plan, SendBatchAsync, cancellationToken);
    }

    // Random, so it carries nothing about the recipient or the text, and 122 random bits make a collision between any
    // two messages ever sent negligible; 36 characters fit Instasent's 40-character limit.
    private static string NewClientId() => "sdk_" + Guid.NewGuid().ToString("N");

    public Task<InstasentResponse<Sms>> GetSmsAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return executor.SendAsync(
            executor.CreateContext(getSms),
            (call, ct) => api.GetSmsAsync(id, call, ct),
            (bytes, _) => EnvelopeParsing.EntityOrRoot(bytes, Json.EntityEnvelopeSms, Json.Sms),
            null,
            cancellationToken);
    }

    public IAsyncEnumerable<Sms> ListSmsAsync(int pageSize = 100, CancellationToken cancellationToken = default)
    {
        CheckPageSize(pageSize);
        return List(listSms, GetSmsPageAsync, pageSize, static sms => sms.Id, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<Sms>>> GetSmsPageAsync(int page, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        CheckPageSize(pageSize);
        return executor.SendAsync(
            executor.CreateContext(listSms),
            (call, ct) => api.ListSmsAsync(page, pageSize, call, ct),
            (bytes, _) => EnvelopeParsing.EntitiesOrArray(bytes, Json.EntitiesEnvelopeSms, Json.IReadOnlyListSms),
            null,
            cancellationToken);
    }

    public Task<InstasentResponse<SmsLookup>> LookupAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneNumber);
        if (!PhoneNumber.IsE164(phoneNumber))
        {
            throw new ArgumentException("phoneNumber must be an E.164 number: '+' and 7 to 15 digits, such as +34600000000.", nameof(phoneNumber));
        }

        var body = JsonRequestContent.Create(new LookupRequest(phoneNumber), Json.LookupRequest);
        return executor.SendAsync(
            executor.CreateContext(lookup),
            (call, ct) => api.LookupAsync(body, call, ct),
            (bytes, _) => EnvelopeParsing.EntityOrRoot(bytes, Json.EntityEnvelopeSmsLookup, Json.SmsLookup),
            null,
            cancellationToken);
    }

    public Task<InstasentResponse<SmsLookup>> GetLookupAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return executor.SendAsync(
            executor.CreateContext(getLookup),
            (call, ct) => api.GetLookupAsync(id, call, ct),
            (bytes, _) => EnvelopeParsing.EntityOrRoot(bytes, Json.EntityEnvelopeSmsLookup, Json.SmsLookup),
            null,
            cancellationToken);
    }

    public IAsyncEnumerable<SmsLookup> ListLookupsAsync(int pageSize = 100, CancellationToken cancellationToken = default)
    {
        CheckPageSize(pageSize);
        return List(listLookups, GetLookupPageAsync, pageSize, static lookup => lookup.Id, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<SmsLookup>>> GetLookupPageAsync(int page, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        CheckPageSize(pageSize);
        return executor.SendAsync(
            executor.CreateContext(listLookups),
            (call, ct) => api.ListLookupsAsync(page, pageSize, call, ct),
            (bytes, _) => EnvelopeParsing.EntitiesOrArray(bytes, Json.EntitiesEnvelopeSmsLookup, Json.IReadOnlyListSmsLookup),
            null,
            cancellationToken);
    }

    public Task<InstasentResponse<AccountBalance>> GetAccountAsync(CancellationToken cancellationToken = default) =>
        executor.SendAsync(
            executor.CreateContext(getAccount),
            (call, ct) => api.GetAccountAsync(call, ct),
            (bytes, _) => EnvelopeParsing.EntityOrRoot(bytes, Json.EntityEnvelopeAccountBalance, Json.AccountBalance),
            null,
            cancellationToken);

    public Task<InstasentResponse<IReadOnlyList<PriceProfile>>> GetPriceProfileAsync(PriceProfileKind kind, CancellationToken cancellationToken = default)
    {
        var options = (InstasentSmsApiOptions)executor.Family.SelectOptions(executor.Options);
        var path = (kind switch
        {
            PriceProfileKind.Sms => options.SmsPriceProfilePath,
            PriceProfileKind.Lookup => options.LookupPriceProfilePath,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown price profile kind."),
        }).Trim('/');
        return executor.SendAsync(
            executor.CreateContext(getPriceProfile),
            (call, ct) => api.GetPriceProfileAsync(path, call, ct),
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

    private async Task<IReadOnlyList<BatchItemOutcome<Sms>>> SendBatchAsync(IReadOnlyList<SmsMessage> batch, int batchNumber, CancellationToken cancellationToken)
    {
        var body = JsonRequestContent.Create(batch, Json.IReadOnlyListSmsMessage);
        // Mapped while the response is read, so an answer the mapper cannot make sense of is a typed format failure
        // with the response's details, like any other unreadable answer.
        var response = await executor.SendAsync(
            executor.CreateContext(sendBulk).WithSentText([.. batch.Select(m => m.Text)]),
            (call, ct) => api.SendBulkSmsAsync(body, call, ct),
            (bytes, _) => BulkSmsOutcomeMapper.Map(batch, InstasentOperationExecutor.Deserialize(bytes, Json.BulkSmsResponse)),
            null,
            cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    private static void CheckPageSize(int pageSize, [CallerArgumentExpression(nameof(pageSize))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize, name);
    }

    private static PagedSequence<T> List<T>(
        InstasentOperation operation,
        Func<int, int, CancellationToken, Task<InstasentResponse<IReadOnlyList<T>>>> getPage,
        int pageSize,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        // The list answers are {"entities": [...]} with no total and no "last page": nothing but an empty page says
        // the list is over, so a list costs one request more than its full pages.
        PagedSequence.ByPageNumber(
            operation,
            async (page, hint, ct) => new ListPage<T>(await getPage(page, hint ?? pageSize, ct).ConfigureAwait(false)),
            identity,
            cancellationToken);
}
