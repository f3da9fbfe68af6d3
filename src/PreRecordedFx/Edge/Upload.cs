using System.Net.Http.Headers;

namespace PreRecordedFx;

/// <summary>
/// An upload's body: the source as the multipart field <c>audio</c>, streamed (never buffered) and counted into
/// <see cref="UploadProgress"/> as the transport reads it. A seekable source can be sent again after a refused attempt
/// (<see cref="Replayable"/>); any other is sent once.
/// </summary>
internal sealed class Upload(Stream source, string fileName, IProgress<UploadProgress>? progress)
{
    public bool Replayable => source.CanSeek;

    public HttpContent Content()
    {
        var audio = new StreamContent(new CountingStream(source, progress), StreamCopy.BufferSize);

        // Gladia reads the format from the audio itself, as from its own SDKs' uploads.
        audio.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { audio, "audio", fileName } };
    }
}
