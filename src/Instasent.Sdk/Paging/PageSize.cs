namespace Instasent.Sdk.Paging;

/// <summary>
/// The page sizes of one list: what is asked for without a hint, and the most the API serves. The paging core resolves
/// a caller's <c>pageSizeHint</c> against it, so every family clamps the same way: a hint above the maximum is cut to it
/// (a hint, as in Azure; servers may send fewer anyway).
/// </summary>
/// <param name="Default">The size asked for without a hint.</param>
/// <param name="Max">The documented maximum.</param>
internal readonly record struct PageSize(int Default, int Max)
{
    /// <summary>A list whose requests carry no page size (answered in one request).</summary>
    public static PageSize None => new(1, 1);

    /// <summary>The size to ask for: the hint, or the default, never above the maximum.</summary>
    public int Resolve(int? hint) => Math.Min(hint ?? Default, Max);
}
