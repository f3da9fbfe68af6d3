using System.Text.Json.Serialization;
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
    Option<int> NumberOfChannels = default) : IJsonOnDeserialized
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal JobFile()
        : this(Id: null!)
    {
    }

    /// <summary>The file's id.</summary>
    [JsonInclude]
    public string Id { get; internal set; } = Id;

    /// <summary>The file's name, when known.</summary>
    [JsonIgnore]
    public Option<string> Filename => Prelude.Optional(WireFilename);

    [JsonInclude]
    [JsonPropertyName("filename")]
    internal string? WireFilename { get; set; } = Filename.OrNull();

    /// <summary>Where it came from (an URL or an upload), when known.</summary>
    [JsonIgnore]
    public Option<string> Source => Prelude.Optional(WireSource);

    [JsonInclude]
    [JsonPropertyName("source")]
    internal string? WireSource { get; set; } = Source.OrNull();

    /// <summary>Its duration in seconds, when known.</summary>
    [JsonIgnore]
    public Option<double> AudioDuration => Prelude.Optional(WireAudioDuration);

    [JsonInclude]
    [JsonPropertyName("audio_duration")]
    internal double? WireAudioDuration { get; set; } = AudioDuration.OrNullable();

    /// <summary>Its channel count, when known.</summary>
    [JsonIgnore]
    public Option<int> NumberOfChannels => Prelude.Optional(WireNumberOfChannels);

    [JsonInclude]
    [JsonPropertyName("number_of_channels")]
    internal int? WireNumberOfChannels { get; set; } = NumberOfChannels.OrNullable();

    void IJsonOnDeserialized.OnDeserialized()
    {
        RequiredMembers.Check(Id is not null, "file", "id");
    }
}
