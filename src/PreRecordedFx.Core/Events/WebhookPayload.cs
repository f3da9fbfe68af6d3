using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>What an account webhook carries: only the job's id (Gladia's <c>PreRecordedEventPayload</c>).</summary>
internal sealed class WebhookPayload : IJsonOnDeserialized
{
    [JsonInclude]
    public string Id { get; internal set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => RequiredMembers.Check(Id is not null, "webhook payload", "id");
}
