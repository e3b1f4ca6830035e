namespace Instasent.Sdk.Http;

/// <summary>A response body the pipeline already read in full, inside the attempt's timeout; the bytes are reused, not copied again.</summary>
internal sealed class BufferedBodyContent : ByteArrayContent
{
    public BufferedBodyContent(byte[] body, int length)
        : base(body, 0, length)
    {
        Body = new ReadOnlyMemory<byte>(body, 0, length);
    }

    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// Reads the body of <paramref name="response"/> into memory, up to <paramref name="maxBytes"/>, and swaps the content
    /// for the buffered copy. Done inside the attempt so that a stalled or cut body is an attempt failure the retry
    /// policy can judge, rather than an error after the pipeline has finished.
    /// </summary>
    public static async Task BufferAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
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
            var buffer = new byte[declared is { } known and > 0 ? (int)known : 4096];
            var length = 0;
            while (true)
            {
                if (length == declared)
                {
                    // All declared bytes are in: without this the full buffer would be doubled (a copy of the whole
                    // body) just to read the end of the stream.
                    break;
                }

                if (length == buffer.Length)
                {
                    if (buffer.Length >= maxBytes)
                    {
                        // One more byte would pass the cap.
                        var probe = new byte[1];
                        if (await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0)
                        {
                            break;
                        }

                        throw new ResponseTooLargeException(maxBytes);
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxBytes));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            var buffered = new BufferedBodyContent(buffer, length);
            foreach (var header in original.Headers)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            response.Content = buffered;
            original.Dispose();
        }
    }
}
