namespace Instasent.Sdk.Errors;

/// <summary>Reads one family's error body. Must never throw: a body it cannot read yields <see cref="ApiErrorDetails.Empty"/>.</summary>
internal interface IErrorBodyReader
{
    ApiErrorDetails Read(int statusCode, ReadOnlySpan<byte> body);
}
