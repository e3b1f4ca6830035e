using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Paging;
using Instasent.Sdk.Transactional;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Paging;

/// <summary>
/// The paging core against lists that change while they are read, the way a busy account's newest-first offset list
/// does, and against a server that ignores the page parameter. No HTTP: the question is only where the core ends.
/// </summary>
public sealed class PagedSequenceTests
{
    private const int PageSize = 10;

    [Test]
    public async Task A_page_of_new_items_at_the_head_between_two_requests_loses_nothing_and_fails_nothing()
    {
        // Newest first: index 0 is the newest. 30 items exist when the listing starts.
        var list = Enumerable.Range(0, 30).Select(i => $"old{29 - i:D2}").ToList();
        var requests = 0;
        var sequence = PagedSequence.ByPageNumber(
            TransactionalFamily.Descriptor.Operation("ListSms", RetrySafety.Idempotent),
            new PageSize(10, 100),
            (page, _, _) =>
            {
                requests++;
                if (requests == 2)
                {
                    // Exactly one page's worth of new items arrives before page 2 is read: page 2 now shows page 1 again.
                    list.InsertRange(0, Enumerable.Range(0, PageSize).Select(i => $"new{i:D2}"));
                }

                return Task.FromResult(Page(list.Skip((page - 1) * PageSize).Take(PageSize).ToList()));
            },
            item => item,
            CancellationToken.None);

        var read = await sequence.Take(1000).ToListAsync();

        Assert.That(read.Where(i => i.StartsWith("old", StringComparison.Ordinal)), Is.EquivalentTo(Enumerable.Range(0, 30).Select(i => $"old{i:D2}")), "every item that existed when the listing started, once");
        Assert.That(read, Is.Unique);
        Assert.That(requests, Is.EqualTo(5), "page 1, the repeat of page 1, pages 3 and 4, then the empty page 5");
    }

    [Test]
    public void A_server_that_repeats_page_one_ends_the_listing_at_the_second_repeat()
    {
        var list = Enumerable.Range(0, 30).Select(i => $"item{i:D2}").ToList();
        var requests = 0;
        var sequence = PagedSequence.ByPageNumber(
            TransactionalFamily.Descriptor.Operation("ListSms", RetrySafety.Idempotent),
            new PageSize(10, 100),
            (_, _, _) =>
            {
                requests++;
                return Task.FromResult(Page(list.Take(PageSize).ToList()));
            },
            item => item,
            CancellationToken.None);
        var read = new List<string>();

        var ex = Assert.ThrowsAsync<InstasentPagingException>(async () =>
        {
            await foreach (var item in sequence.Take(1000))
            {
                read.Add(item);
            }
        });

        Assert.That(ex!.Kind, Is.EqualTo(PagingFailureKind.RepeatedPage));
        Assert.That(ex.PageNumber, Is.EqualTo(3));
        Assert.That(requests, Is.EqualTo(3));
        Assert.That(read, Is.EqualTo(list.Take(PageSize)), "page 1 once; the repeats are never handed out");
    }

    private static ListPage<string> Page(IReadOnlyList<string> items) => new(new InstasentResponse<IReadOnlyList<string>>(items));
}
