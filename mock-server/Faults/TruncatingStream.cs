namespace PreRecordedFx.MockServer.Faults;

/// <summary>
/// Cuts a successful body in half while keeping HTTP framing valid (the <c>Content-Length</c> announces the
/// cut length), so a client sees a 2xx whose JSON or audio stops short.
/// </summary>
internal sealed class TruncatingStream(Stream inner, HttpResponse response) : Stream
{
    private long remaining = -1;

    public static async Task RunAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        context.Response.Body = new TruncatingStream(original, context.Response);
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var kept = Keep(buffer.Length);
        if (kept > 0)
        {
            inner.Write(buffer[..kept]);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var kept = Keep(buffer.Length);
        return kept > 0 ? inner.WriteAsync(buffer[..kept], cancellationToken) : ValueTask.CompletedTask;
    }

    private int Keep(int length)
    {
        // Decided at the first write: the endpoint has set its status and length by then, and nothing has been sent.
        if (remaining < 0)
        {
            remaining = long.MaxValue;
            if (response.StatusCode is >= 200 and < 300 && !response.HasStarted)
            {
                remaining = (response.ContentLength ?? 32) / 2;
                if (response.ContentLength is not null)
                {
                    response.ContentLength = remaining;
                }
            }
        }

        var kept = (int)Math.Min(length, remaining);
        remaining -= kept;
        return kept;
    }
}
