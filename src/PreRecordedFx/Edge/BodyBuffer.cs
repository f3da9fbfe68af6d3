using System.Buffers;

namespace PreRecordedFx;

/// <summary>
/// Holds a body being read, up to a cap plus the one byte that proves it is over. Up to <see cref="MaxPooled"/> it
/// lives in one array rented from the shared pool (most answers: a page of 100 small jobs is about 70 KB, of 100 done
/// jobs with transcripts a megabyte or more, which a walk reads again and again). Beyond, it goes
/// into plain arrays of that size, sized so the last ends one byte past the cap: refusing a body over the cap costs
/// about one cap, never the doubling of a growing array, and no array that large is kept by the shared pool afterwards.
/// </summary>
internal sealed class BodyBuffer : IDisposable
{
    /// <summary>The largest array rented from <see cref="ArrayPool{T}.Shared"/>, and the size of each array beyond it.</summary>
    public const int MaxPooled = 1 << 22;

    private const int FirstChunk = 16 * 1024;

    private readonly long limit;
    private readonly List<byte[]> tail = [];
    private byte[] head;
    private readonly bool headPooled;
    private long capacity;
    private int tailWritten;

    /// <param name="declared">The Content-Length, when there is one (already checked against the cap).</param>
    /// <param name="maxBytes">The cap: the buffer never holds more than one byte beyond it.</param>
    public BodyBuffer(long? declared, long maxBytes)
    {
        limit = maxBytes + 1;
        // Sized from Content-Length (one spare byte to see the end without growing).
        var size = (int)Math.Min(declared is long length ? length + 1 : FirstChunk, limit);
        headPooled = size <= MaxPooled;
        head = headPooled ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);
        capacity = head.Length;
    }

    /// <summary>The bytes written so far.</summary>
    public long Written { get; private set; }

    /// <summary>Room for the next read (never empty while <see cref="Written"/> is at most the cap).</summary>
    public Memory<byte> Free()
    {
        if (Written < head.Length)
        {
            return head.AsMemory((int)Written);
        }

        // Only a pooled head is ever under MaxPooled (a declared body over it gets a plain array of its size).
        if (head.Length < MaxPooled)
        {
            Grow();
            return head.AsMemory((int)Written);
        }

        if (tail.Count == 0 || tailWritten == tail[^1].Length)
        {
            var size = (int)Math.Min(MaxPooled, limit - capacity);
            tail.Add(GC.AllocateUninitializedArray<byte>(size));
            capacity += size;
            tailWritten = 0;
        }

        return tail[^1].AsMemory(tailWritten);
    }

    /// <summary>Counts <paramref name="read"/> bytes just read into <see cref="Free"/>.</summary>
    public void Advance(int read)
    {
        if (Written >= head.Length)
        {
            tailWritten += read;
        }

        Written += read;
    }

    /// <summary>The body as one block: the head itself, or (past <see cref="MaxPooled"/>) a copy of every part.</summary>
    public ReadOnlyMemory<byte> Contents()
    {
        if (tail.Count == 0)
        {
            return head.AsMemory(0, (int)Written);
        }

        var whole = GC.AllocateUninitializedArray<byte>((int)Written);
        head.CopyTo(whole, 0);
        var offset = head.Length;
        for (var i = 0; i < tail.Count; i++)
        {
            var used = i == tail.Count - 1 ? tailWritten : tail[i].Length;
            tail[i].AsSpan(0, used).CopyTo(whole.AsSpan(offset));
            offset += used;
        }

        return whole;
    }

    public void Dispose()
    {
        if (headPooled)
        {
            Return(head, (int)Math.Min(Written, head.Length));
        }
    }

    private void Grow()
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(head.Length * 2, MaxPooled));
        head.AsSpan(0, (int)Written).CopyTo(larger);
        Return(head, (int)Written);
        head = larger;
        capacity = head.Length;
    }

    // Cleared first: the pool is shared with the whole process, and a body may hold a transcript.
    private static void Return(byte[] buffer, int written)
    {
        buffer.AsSpan(0, written).Clear();
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
