using System.Buffers;

namespace Instasent.Sdk.Http;

/// <summary>
/// A response body the pipeline already read in full, inside the attempt's timeout; the bytes are reused, not copied
/// again. A pooled body lives in a rented array that goes back to the pool when the content (the response) is
/// disposed: only for calls that keep nothing of the body once parsed.
/// </summary>
internal sealed class BufferedBodyContent : ByteArrayContent
{
    private byte[]? rented;

    private BufferedBodyContent(byte[] body, int length, bool pooled)
        : base(body, 0, length)
    {
        Body = new ReadOnlyMemory<byte>(body, 0, length);
        rented = pooled ? body : null;
    }

    public ReadOnlyMemory<byte> Body { get; }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref rented, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Reads the body of <paramref name="response"/> into memory, up to <paramref name="maxBytes"/>, and swaps the content
    /// for the buffered copy. Done inside the attempt so that a stalled or cut body is an attempt failure the retry
    /// policy can judge, rather than an error after the pipeline has finished.
    /// </summary>
    public static async Task BufferAsync(HttpResponseMessage response, int maxBytes, bool pooled, CancellationToken cancellationToken)
    {
        var original = response.Content;
        if (original is null or BufferedBodyContent)
        {
            return;
        }

        var declared = original.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw new ResponseTooLargeException(maxBytes);
        }

        var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            byte[] body;
            var length = 0;
            if (declared == 0)
            {
                body = [];
            }
            else if (declared is { } known)
            {
                // Known length: read straight into an array of that size, so nothing is copied afterwards.
                body = pooled ? ArrayPool<byte>.Shared.Rent((int)known) : new byte[(int)known];
                try
                {
                    while (length < known)
                    {
                        var read = await stream.ReadAsync(body.AsMemory(length, (int)known - length), cancellationToken).ConfigureAwait(false);
                        if (read == 0)
                        {
                            break;
                        }

                        length += read;
                    }
                }
                catch when (pooled)
                {
                    ArrayPool<byte>.Shared.Return(body);
                    throw;
                }
            }
            else
            {
                (body, length) = await ReadUnknownLengthAsync(stream, maxBytes, pooled, cancellationToken).ConfigureAwait(false);
            }

            var buffered = new BufferedBodyContent(body, length, pooled && body.Length > 0);
            // NonValidated: copying the raw header strings avoids parsing every content header into typed values.
            foreach (var header in original.Headers.NonValidated)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    if (header.Value.Count == 1)
                    {
                        buffered.Headers.TryAddWithoutValidation(header.Key, header.Value.ToString());
                    }
                    else
                    {
                        buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
                }
            }

            response.Content = buffered;
            original.Dispose();
        }
    }

    // Chunked responses (no Content-Length) are read into pooled buffers and, unless the body itself may be pooled,
    // copied once into an array of the exact size: a fresh 4 KiB array per call cost more than the whole body of most responses.
    private static async Task<(byte[] Body, int Length)> ReadUnknownLengthAsync(Stream stream, int maxBytes, bool pooled, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(4096, Math.Max(maxBytes, 1)));
        var handedOver = false;
        try
        {
            var length = 0;
            while (true)
            {
                // A rented array can be larger than the cap, so the cap bounds every read as well.
                if (length == Math.Min(buffer.Length, maxBytes))
                {
                    if (length >= maxBytes)
                    {
                        // One more byte would pass the cap.
                        var probe = new byte[1];
                        if (await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0)
                        {
                            break;
                        }

                        throw new ResponseTooLargeException(maxBytes);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxBytes));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, maxBytes) - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (pooled)
            {
                // The rented buffer itself becomes the body, returned when the content is disposed.
                handedOver = true;
                return (buffer, length);
            }

            return (buffer.AsSpan(0, length).ToArray(), length);
        }
        finally
        {
            if (!handedOver)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
