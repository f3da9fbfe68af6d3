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
        var total = source.CanSeek ? source.Length - source.Position : (long?)null;
        var audio = new StreamContent(new CountingStream(source, total, progress), StreamCopy.BufferSize);
        audio.Headers.ContentType = new MediaTypeHeaderValue(ContentTypeOf(fileName));
        return new MultipartFormDataContent { { audio, "audio", fileName } };
    }

    // Gladia reads the audio itself; the type only has to be a truthful hint.
    private static string ContentTypeOf(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".WAV" => "audio/wav",
        ".MP3" => "audio/mpeg",
        ".M4A" => "audio/mp4",
        ".MP4" => "video/mp4",
        ".OGG" or ".OPUS" => "audio/ogg",
        ".FLAC" => "audio/flac",
        ".WEBM" => "audio/webm",
        _ => "application/octet-stream",
    };
}
