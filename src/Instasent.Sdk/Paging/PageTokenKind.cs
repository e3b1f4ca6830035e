namespace Instasent.Sdk.Paging;

/// <summary>What a continuation token of a <see cref="PagedSequence{T}"/> stands for.</summary>
internal enum PageTokenKind
{
    /// <summary>The 1-based number of the next page (<c>page</c>).</summary>
    PageNumber,

    /// <summary>The 0-based offset of the next item (<c>_start</c>).</summary>
    Offset,

    /// <summary>An opaque cursor the server handed out.</summary>
    Cursor,
}
