using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// The events' own small models, with <see cref="GladiaJsonContext"/>'s options. A job's result and its metadata are
/// read with <see cref="GladiaJsonContext"/> itself, so a callback's result is the same model a job's is.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(JobFailure))]
[JsonSerializable(typeof(WebhookPayload))]
internal sealed partial class EventJsonContext : JsonSerializerContext
{
}
