using LanguageExt;

namespace PreRecordedFx;

/// <summary>The audio file a job transcribed (the wire's <c>file</c> object).</summary>
/// <param name="Id">The file's id.</param>
/// <param name="Filename">The file's name, when known.</param>
/// <param name="Source">Where it came from (an URL or an upload), when known.</param>
/// <param name="AudioDuration">Its duration in seconds, when known.</param>
/// <param name="NumberOfChannels">Its channel count, when known.</param>
public sealed record JobFile(
    string Id,
    Option<string> Filename = default,
    Option<string> Source = default,
    Option<double> AudioDuration = default,
    Option<int> NumberOfChannels = default);
