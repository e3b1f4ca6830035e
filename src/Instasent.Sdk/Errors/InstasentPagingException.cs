using System.Globalization;

namespace Instasent.Sdk.Errors;

/// <summary>
/// A list was stopped because reading on would repeat items or never end (see <see cref="Kind"/>). The items already
/// returned were read once each; the ones after <see cref="PageNumber"/> were not read. Nothing in the message comes
/// from the items, so it holds no phone numbers or message text.
/// </summary>
public sealed class InstasentPagingException : InstasentException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="kind">Why the list was stopped.</param>
    /// <param name="pageNumber">The 1-based position, in this listing, of the page that showed the problem.</param>
    /// <param name="info">The copied details of that page's response.</param>
    public InstasentPagingException(PagingFailureKind kind, int pageNumber, InstasentErrorInfo info)
        : base(Summary(kind, pageNumber), info)
    {
        Kind = kind;
        PageNumber = pageNumber;
        Data["Instasent.PageNumber"] = pageNumber;
    }

    /// <summary>Gets why the list was stopped.</summary>
    public PagingFailureKind Kind { get; }

    /// <summary>Gets the 1-based position, in this listing, of the page that showed the problem.</summary>
    public int PageNumber { get; }

    private static string Summary(PagingFailureKind kind, int pageNumber)
    {
        var page = pageNumber.ToString(CultureInfo.InvariantCulture);
        return kind switch
        {
            PagingFailureKind.RepeatedPage => "Listing stopped: page " + page + " held the same items as page " + (pageNumber - 1).ToString(CultureInfo.InvariantCulture),
            PagingFailureKind.CursorCycle => "Listing stopped: after page " + page + " the server handed out a cursor it had already handed out",
            _ => "Listing stopped at page " + page,
        };
    }
}
