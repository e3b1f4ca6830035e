using System.Runtime.CompilerServices;

namespace Instasent.Sdk;

/// <summary>
/// A list of any family, read lazily: <c>await foreach</c> over it yields every item, fetching page after page as you
/// go; <see cref="AsPages"/> yields the pages themselves, with their continuation tokens and responses, and resumes from
/// a stored token. Every <c>List…Async</c> method of every family returns one (Azure's <c>AsyncPageable&lt;T&gt;</c> is
/// the model).
/// </summary>
/// <remarks>
/// Nothing is fetched until you enumerate, and every enumeration starts again from the first page (or from the token).
/// Where a list ends is decided by one paging core for every family: never on a short page (servers may cap the page
/// size), only on an empty page or an explicit end signal; a page repeated twice, or a cursor handed out twice, ends the
/// listing with <see cref="Errors.InstasentPagingException"/> instead of returning items twice or looping.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
public abstract class InstasentPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Initializes a new instance (for mocking and for <see cref="FromPages"/>).</summary>
    protected InstasentPageable()
    {
    }

    /// <summary>Reads the list page by page.</summary>
    /// <param name="continuationToken">
    /// A <see cref="InstasentPage{T}.ContinuationToken"/> handed out by an earlier listing of the same list (same
    /// method, same filters) to resume after that page; <see langword="null"/> to start at the first page.
    /// </param>
    /// <param name="pageSizeHint">The number of items to ask for per page, instead of the method's default; the server may send fewer.</param>
    /// <returns>The pages, fetched lazily.</returns>
    public abstract IAsyncEnumerable<InstasentPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <summary>Enumerates every item of the list, page after page.</summary>
    /// <param name="cancellationToken">Cancels the enumeration (as does the token given to the <c>List…Async</c> method).</param>
    /// <returns>The enumerator.</returns>
    public virtual IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => ItemsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    /// <summary>Creates a pageable over pages that are already known, for tests and mocks of the family interfaces.</summary>
    /// <param name="pages">The pages, in order.</param>
    /// <returns>
    /// The pageable. Like a real list, <see cref="AsPages"/> with the <see cref="InstasentPage{T}.ContinuationToken"/> of one
    /// of the pages resumes after that page, refuses a token none of them carries and a <c>pageSizeHint</c> below 1; the
    /// hint does not change the pages.
    /// </returns>
    public static InstasentPageable<T> FromPages(IEnumerable<InstasentPage<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new StaticPageable([.. pages]);
    }

    private async IAsyncEnumerable<T> ItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    private sealed class StaticPageable(IReadOnlyList<InstasentPage<T>> pages) : InstasentPageable<T>
    {
        public override IAsyncEnumerable<InstasentPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            // Checked now, as the paging core does, so code tested against a mock fails the same way against a real list.
            if (pageSizeHint is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "pageSizeHint must be at least 1.");
            }

            var first = 0;
            if (continuationToken is not null)
            {
                var after = -1;
                for (var i = 0; i < pages.Count && after < 0; i++)
                {
                    after = pages[i].ContinuationToken == continuationToken ? i : -1;
                }

                first = after >= 0
                    ? after + 1
                    : throw new ArgumentException("The continuation token was not handed out by this list.", nameof(continuationToken));
            }

            return PagesAsync(first);
        }

        private async IAsyncEnumerable<InstasentPage<T>> PagesAsync(int first)
        {
            for (var i = first; i < pages.Count; i++)
            {
                // Asynchronous like a real list, without resuming on the caller's synchronization context.
                await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
                yield return pages[i];
            }
        }
    }
}
