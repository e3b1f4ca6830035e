namespace Instasent.Sdk.LynSms;

/// <summary>One page of a LynSMS list.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of the page.</param>
/// <param name="Page">The 1-based page number that was asked for.</param>
/// <param name="HasMore">Whether the server says more pages follow; <see langword="null"/> when it did not say (then a full page means "maybe").</param>
public sealed record LynSmsPage<T>(IReadOnlyList<T> Items, int Page, bool? HasMore);
