namespace Instasent.Sdk.Testing;

/// <summary>
/// How every fake list applies the paging switches of <see cref="FakeServerVariance"/>, so that each module only says
/// what its page, offset or cursor is. The end signals a module reports (last page, has-more, next cursor) are computed
/// from what it actually served, so a capped page size still comes with honest signals.
/// </summary>
internal static class FakePaging
{
    // Separates the cursor a module issued from the earlier cursor a cycling server will hand out next. '~' is neither
    // in base64 nor in the Product "position.total" form, and needs no escaping in a query string.
    private const char CycleMark = '~';

    /// <summary>The page size actually served: what was asked, capped by <see cref="FakeServerVariance.MaxPageSize"/>.</summary>
    public static int PageSize(FakeServerVariance variance, int requested)
    {
        if (variance.MaxPageSize > 0 && requested > variance.MaxPageSize)
        {
            variance.Events.Count(FakeVarianceEvents.PageCapped);
            return variance.MaxPageSize;
        }

        return requested;
    }

    /// <summary>The 1-based page actually served: page 1 when the server ignores the page parameter.</summary>
    public static int PageNumber(FakeServerVariance variance, int requested) => Ignored(variance, requested, 1);

    /// <summary>The offset actually served (<c>_start</c>): 0 when the server ignores the offset parameter.</summary>
    public static int Offset(FakeServerVariance variance, int requested) => Ignored(variance, requested, 0);

    private static int Ignored(FakeServerVariance variance, int requested, int first)
    {
        if (!variance.IgnorePageParameter)
        {
            return requested;
        }

        if (requested != first)
        {
            variance.Events.Count(FakeVarianceEvents.PageParameterIgnored);
        }

        return first;
    }

    /// <summary>The cursor a module issued, without what <see cref="NextCursor"/> added to make cursors cycle.</summary>
    public static string? Position(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        var mark = cursor.IndexOf(CycleMark, StringComparison.Ordinal);
        return mark < 0 ? cursor : cursor[..mark];
    }

    /// <summary>
    /// The cursor to hand out after serving <paramref name="requestCursor"/>, when the module would hand out
    /// <paramref name="natural"/>. With <see cref="FakeServerVariance.CycleCursors"/> the cursors go A, B, A, B, …: the
    /// second cursor carries the first, and the page read with the second hands the first out again. Without more
    /// than two pages the list ends before the cycle shows, as a real server's would.
    /// </summary>
    public static string? NextCursor(FakeServerVariance variance, string? requestCursor, string? natural)
    {
        if (!variance.CycleCursors || string.IsNullOrEmpty(requestCursor))
        {
            return natural;
        }

        var mark = requestCursor.IndexOf(CycleMark, StringComparison.Ordinal);
        if (mark >= 0)
        {
            variance.Events.Count(FakeVarianceEvents.CursorCycled);
            return requestCursor[(mark + 1)..];
        }

        return natural is null ? null : natural + CycleMark + requestCursor;
    }
}
