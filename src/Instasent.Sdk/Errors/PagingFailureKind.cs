namespace Instasent.Sdk.Errors;

/// <summary>Why a list was stopped instead of being read on.</summary>
public enum PagingFailureKind
{
    /// <summary>
    /// A page held the same items as the page before it: the server ignores the page or offset parameter, or the list
    /// changed under the reader so much that reading on would only repeat items.
    /// </summary>
    RepeatedPage,

    /// <summary>The server handed out a cursor it had already handed out in this listing: following it would loop for ever.</summary>
    CursorCycle,
}
