using System.Buffers.Binary;
using System.Collections.Concurrent;
using Bogus;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Admin;
using PreRecordedFx.MockServer.Seeding;

namespace PreRecordedFx.MockServer.Files;

/// <summary>
/// Audio received by <c>POST /v2/upload</c>, kept in memory until a reset, and found again from the
/// <c>…/file/{id}</c> link the upload answered with. Ids follow the seed and the upload count.
/// </summary>
internal sealed class UploadStore(IOptions<MockServerOptions> options) : IResettable
{
    public const string FilePath = "/file/";

    // Production's estimate for audio it cannot read is beside the point here; a steady 128 kbit/s keeps it deterministic.
    private const double UnknownBytesPerSecond = 16_000;

    private readonly ConcurrentDictionary<string, StoredUpload> uploads = new(StringComparer.Ordinal);
    private long count;

    public StoredUpload Add(string filename, string contentType, byte[] bytes)
    {
        var n = Interlocked.Increment(ref count);
        var id = Uuids.Next(new Randomizer(unchecked((int)Hashing.Mix(options.Value.Seed, n, 0x0A1D))));
        var (duration, channels) = Measure(bytes);
        var audio = new StoredUpload(id, filename, contentType, bytes, duration, channels);
        uploads[id] = audio;
        return audio;
    }

    /// <summary>The upload an <c>audio_url</c> points at (<c>…/file/{id}</c> on any host), if it is one of ours.</summary>
    public StoredUpload? Find(Uri audioUrl)
    {
        var path = audioUrl.AbsolutePath;
        return path.StartsWith(FilePath, StringComparison.Ordinal) && uploads.TryGetValue(path[FilePath.Length..], out var audio) ? audio : null;
    }

    /// <summary>Whether the URL has the shape of an upload link (so an unknown id there is a failed job, not remote audio).</summary>
    public static bool LooksLikeUpload(Uri audioUrl) => audioUrl.AbsolutePath.StartsWith(FilePath, StringComparison.Ordinal);

    public void Reset()
    {
        uploads.Clear();
        Interlocked.Exchange(ref count, 0);
    }

    /// <summary>Duration and channels read from a PCM WAV header, or estimated from the size for anything else.</summary>
    private static (double Duration, int Channels) Measure(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.Length >= 44 && span[..4].SequenceEqual("RIFF"u8) && span[8..12].SequenceEqual("WAVE"u8) && span[12..16].SequenceEqual("fmt "u8))
        {
            var channels = BinaryPrimitives.ReadUInt16LittleEndian(span[22..]);
            var byteRate = BinaryPrimitives.ReadUInt32LittleEndian(span[28..]);
            var dataLength = BinaryPrimitives.ReadUInt32LittleEndian(span[40..]);
            if (channels > 0 && byteRate > 0)
            {
                var available = Math.Min(dataLength, (uint)(span.Length - 44));
                return (Math.Round(available / (double)byteRate, 3), channels);
            }
        }

        return (Math.Round(bytes.Length / UnknownBytesPerSecond, 3), 1);
    }
}
