namespace PreRecordedFx;

/// <summary>
/// A job's audio as an open stream, from <see cref="PreRecordedJobs.OpenFileAsync"/>. Read <see cref="Content"/>
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

    internal AudioDownload(Stream content, AudioFileInfo info, HttpResponseMessage response)
        : this(content, info) => this.response = response;

    /// <summary>The audio bytes, read from the network as you read them.</summary>
    public Stream Content { get; }

    /// <summary>What the headers said: content type, length, file name.</summary>
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
