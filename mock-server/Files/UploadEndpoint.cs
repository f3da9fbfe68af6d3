using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Admin;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Files;

/// <summary>
/// <c>POST /v2/upload</c>: multipart form data with the file in <c>audio</c>, answered with
/// <c>{audio_url, audio_metadata}</c>; the <c>audio_url</c> is what <c>POST /v2/pre-recorded</c> takes.
/// </summary>
internal static class UploadEndpoint
{
    public const string Path = "/v2/upload";

    public static async Task<IResult> Handle(HttpRequest request, UploadStore uploads, IOptions<MockServerOptions> options)
    {
        if (!request.HasFormContentType)
        {
            return GladiaErrors.Result(StatusCodes.Status400BadRequest, "Content-Type is missing Multipart Boundary.", ["Field \"audio\" is required"]);
        }

        var maximum = options.Value.MaxUploadBytes;
        if (request.ContentLength > maximum)
        {
            return TooLarge(maximum);
        }

        // The upload limit is the mock's option, not the server's 30 MB default nor the form reader's 128 MB.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maximum + (1024 * 1024);
        }

        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = maximum + (1024 * 1024) }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException e)
        {
            return GladiaErrors.Result(StatusCodes.Status400BadRequest, "Bad request: invalid multipart body", [e.Message]);
        }
        catch (BadHttpRequestException e)
        {
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maximum)
                : GladiaErrors.Result(StatusCodes.Status400BadRequest, "Bad request: invalid multipart body", [e.Message]);
        }

        if (form.Files.GetFile("audio") is not { } file)
        {
            return GladiaErrors.Result(StatusCodes.Status400BadRequest, "Bad request: no audio file", ["Field \"audio\" is required"]);
        }

        if (file.Length > maximum)
        {
            return TooLarge(maximum);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var filename = string.IsNullOrWhiteSpace(file.FileName) ? "audio" : System.IO.Path.GetFileName(file.FileName);
        var contentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType;
        var audio = uploads.Add(filename, contentType, buffer.ToArray());
        var extension = System.IO.Path.GetExtension(filename).TrimStart('.');
        return new JsonBytesResult(JsonSerializer.SerializeToUtf8Bytes(
            new UploadAnswer(
                Links.Origin(request) + UploadStore.FilePath + audio.Id,
                new UploadMetadata(audio.Id, audio.Filename, extension.Length > 0 ? extension : "bin", audio.Bytes.LongLength, audio.Duration, audio.Channels)),
            AdminJson.Options));
    }

    private static IResult TooLarge(long maximum) =>
        GladiaErrors.Result(StatusCodes.Status413PayloadTooLarge, $"File too large: the mock accepts at most {maximum} bytes");

    /// <summary>The answer to an upload, as Gladia documents it (<c>AudioUploadResponse</c>).</summary>
    internal sealed record UploadAnswer(string AudioUrl, UploadMetadata AudioMetadata);

    /// <summary>What the mock read from the upload (<c>AudioUploadMetadataDTO</c>).</summary>
    internal sealed record UploadMetadata(
        string Id,
        string Filename,
        string Extension,
        long Size,
        double AudioDuration,
        int NumberOfChannels);
}
