using LanguageExt;

namespace PreRecordedFx;

/// <summary>What the headers of a file download say of the audio.</summary>
/// <param name="ContentType">The media type, e.g. <c>audio/wav</c>.</param>
/// <param name="ContentLength">The size in bytes, when sent.</param>
/// <param name="FileName">The file's name from <c>Content-Disposition</c>, when sent.</param>
public sealed record AudioFileInfo(string ContentType, Option<long> ContentLength, Option<string> FileName);
