using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// Source-generated (de)serialisation for the wire format: snake_case names, unknown members ignored,
/// required members and non-null annotations enforced so that a missing field is an error, not a null
/// (lists included: a <c>null</c> element is an error too).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(WireInstantJsonConverter)])]
[JsonSerializable(typeof(Job))]
[JsonSerializable(typeof(JobPage))]
[JsonSerializable(typeof(JobEnvelope))]
[JsonSerializable(typeof(JobEnvelopePage))]
[JsonSerializable(typeof(LiveSession))]
[JsonSerializable(typeof(LiveSessionPage))]
[JsonSerializable(typeof(LiveRequestParams))]
[JsonSerializable(typeof(LiveResult))]
[JsonSerializable(typeof(GladiaErrorBody))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(Uri))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, JsonElement>))]
[JsonSerializable(typeof(JobFile))]
[JsonSerializable(typeof(RequestParams))]
[JsonSerializable(typeof(LanguageConfig))]
[JsonSerializable(typeof(JobResult))]
[JsonSerializable(typeof(Transcription))]
[JsonSerializable(typeof(AddOnResult))]
[JsonSerializable(typeof(AddOnError))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(UploadedAudio))]
[JsonSerializable(typeof(CreatedJob))]
public sealed partial class GladiaJsonContext : JsonSerializerContext
{
}
