namespace PreRecordedFx;

/// <summary>
/// A job's audio as an open stream, from <see cref="JobsApi.OpenFileAsync"/>. Read <see cref="Content"/>
/// at your own pace; dispose this to release the connection (disposing only the stream works too).
/// </summary>
/// <example><code>
/// await using var audio = (await jobs.OpenFileAsync(jobId)).OrThrow();
/// Console.WriteLine($"{audio.Info.ContentType}, {audio.Info.FileName.IfNone("unnamed")}");
/// await audio.Content.CopyToAsync(destination);
/// </code></example>
public sealed class AudioDownload : IAsyncDisposable, IDisposable
{
    private readonly HttpResponseMessage? response;

    /// <summary>Wraps a stream and what the headers said of it; for tests of code that consumes downloads.</summary>
    /// <param name="content">The audio bytes; disposed with this object.</param>
    /// <param name="info">Content type, length and file name.</param>
    public AudioDownload(Stream content, AudioFileInfo info)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        Info = info ?? throw new ArgumentNullException(nameof(info));
    }

    /// <summary>Wraps part of a file from <paramref name="offset"/> on, as a resumed download gives it; for tests.</summary>
    /// <param name="content">The audio bytes from <paramref name="offset"/> on; disposed with this object.</param>
    /// <param name="info">Content type, length (of <paramref name="content"/>) and file name.</param>
    /// <param name="offset">The byte of the whole file that <paramref name="content"/> starts at (0 or more).</param>
    public AudioDownload(Stream content, AudioFileInfo info, long offset)
        : this(content, info)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        Offset = offset;
    }

    internal AudioDownload(Stream content, AudioFileInfo info, long offset, HttpResponseMessage response)
        : this(content, info, offset) => this.response = response;

    /// <summary>The audio bytes, read from the network as you read them.</summary>
    public Stream Content { get; }

    /// <summary>
    /// The byte of the whole file that <see cref="Content"/> starts at: 0 for the whole file, the offset asked of
    /// <see cref="JobsApi.OpenFileFromAsync"/> when the server honoured the range
    /// (206), and 0 again when it ignored the range and sent the whole file (200).
    /// </summary>
    public long Offset { get; }

    /// <summary>What the headers said: content type, length (of <see cref="Content"/>, from <see cref="Offset"/> on), file name.</summary>
    public AudioFileInfo Info { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        response?.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        response?.Dispose();
    }
}
