using Instasent.Sdk.Http;
using Instasent.Sdk.Paging;
using Instasent.Sdk.Transactional;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Paging;

/// <summary><see cref="InstasentPageable{T}"/>: the mockable <c>FromPages</c> and the paging core's handling of the page-size hint and tokens.</summary>
public sealed class PageableTests
{
    private static readonly InstasentOperation List = TransactionalFamily.Descriptor.Operation("TestList", RetrySafety.Idempotent);

    [Test]
    public async Task FromPages_yields_every_item_and_every_page_and_resumes_after_a_token()
    {
        var pageable = InstasentPageable<int>.FromPages([Page("p1", 1, 2), Page("p2", 3), Page(null, 4, 5)]);

        Assert.That(await pageable.ToListAsync(), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        var pages = await pageable.AsPages().ToListAsync();
        Assert.That(pages.Select(p => p.ContinuationToken), Is.EqualTo(new[] { "p1", "p2", null }));

        // A mock behaves like a real list: the token of a page resumes after that page.
        var resumed = await pageable.AsPages("p1").ToListAsync();
        Assert.That(resumed.SelectMany(p => p.Items), Is.EqualTo(new[] { 3, 4, 5 }));
        Assert.That((await pageable.AsPages("p2", pageSizeHint: 50).ToListAsync()).SelectMany(p => p.Items), Is.EqualTo(new[] { 4, 5 }));
        Assert.That(await InstasentPageable<int>.FromPages([]).ToListAsync(), Is.Empty);
    }

    [Test]
    public void FromPages_refuses_a_token_it_never_handed_out_and_a_bad_hint_when_asked()
    {
        var pageable = InstasentPageable<int>.FromPages([Page("p1", 1), Page(null, 2)]);

        Assert.Throws<ArgumentException>(() => pageable.AsPages("elsewhere"));
        Assert.Throws<ArgumentOutOfRangeException>(() => pageable.AsPages(pageSizeHint: 0));
        Assert.Throws<ArgumentNullException>(() => InstasentPageable<int>.FromPages(null!));
    }

    [TestCase(0)]
    [TestCase(-5)]
    public void A_page_size_hint_below_one_is_refused_where_it_is_passed(int hint)
    {
        var fetches = 0;
        var sequence = PagedSequence.ByPageNumber<int>(List, new PageSize(10, 100), (_, _, _) => { fetches++; return Task.FromResult(End()); }, i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        // Eager: AsPages throws itself, not the first MoveNextAsync.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => sequence.AsPages(pageSizeHint: hint));
        Assert.That(ex!.ParamName, Is.EqualTo("pageSizeHint"));
        Assert.That(fetches, Is.Zero);
    }

    [Test]
    public async Task The_page_size_hint_reaches_every_fetch_and_a_token_resumes_the_list()
    {
        var hints = new List<int>();
        var positions = new List<int>();
        var sequence = PagedSequence.ByPageNumber<int>(
            List,
            new PageSize(10, 100),
            (page, hint, _) =>
            {
                hints.Add(hint);
                positions.Add(page);
                return Task.FromResult(page < 3 ? Items(page * 10, (page * 10) + 1) : End());
            },
            i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CancellationToken.None);

        var pages = await sequence.AsPages(pageSizeHint: 25).ToListAsync();
        Assert.That(hints, Is.All.EqualTo(25));
        Assert.That(pages.SelectMany(p => p.Items), Is.EqualTo(new[] { 10, 11, 20, 21 }));

        hints.Clear();
        positions.Clear();
        var resumed = await sequence.AsPages(pages[0].ContinuationToken).ToListAsync();
        Assert.That(positions, Is.EqualTo(new[] { 2, 3 }));
        // Without a hint the core asks for the list's default size.
        Assert.That(hints, Is.All.EqualTo(10));
        Assert.That(resumed.SelectMany(p => p.Items), Is.EqualTo(new[] { 20, 21 }));

        // A hint above the list's maximum is clamped by the core, the same way for every family.
        hints.Clear();
        await sequence.AsPages(pageSizeHint: 500).ToListAsync();
        Assert.That(hints, Is.All.EqualTo(100));
    }

    private static InstasentPage<int> Page(string? token, params int[] items) => new(new InstasentResponse<IReadOnlyList<int>>(items), token);

    private static ListPage<int> Items(params int[] items) => new(new InstasentResponse<IReadOnlyList<int>>(items));

    private static ListPage<int> End() => new(new InstasentResponse<IReadOnlyList<int>>([])) { IsLast = true };
}
