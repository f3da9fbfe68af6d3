using System.Buffers;
using System.IO.Pipelines;
using LanguageExt;

namespace PreRecordedFx.AspNetCore;

/// <summary>Reads a request's body whole, up to a limit, and parses it as an event.</summary>
internal static class LimitedBody
{
    /// <summary>
    /// The parsed event, <c>None</c> when the body is larger than <paramref name="maxBytes"/> (a declared length
    /// is refused before any byte is read), or the parse error.
    /// </summary>
    public static async Task<Option<Either<PreRecordedError, GladiaEvent>>> ReadEventAsync(
        PipeReader body, long? declaredLength, long maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes)
        {
            return Option<Either<PreRecordedError, GladiaEvent>>.None;
        }

        while (true)
        {
            var read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                body.AdvanceTo(buffer.Start, buffer.End);
                return Option<Either<PreRecordedError, GladiaEvent>>.None;
            }

            if (read.IsCompleted)
            {
                var parsed = Parse(buffer);
                body.AdvanceTo(buffer.End);
                return parsed;
            }

            // Nothing consumed, all examined: the next read waits for more bytes.
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static Either<PreRecordedError, GladiaEvent> Parse(ReadOnlySequence<byte> buffer) =>
        buffer.IsSingleSegment ? GladiaEvents.Parse(buffer.FirstSpan) : GladiaEvents.Parse(buffer.ToArray());
}
