using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Callbacks;

/// <summary>
/// The bodies Gladia sends: a job's callback (<c>CallbackTranscriptionSuccessPayload</c> with the job's <c>result</c>,
/// or <c>CallbackTranscriptionErrorPayload</c>) and an account webhook (<c>{event, payload: {id}}</c>). A callback's
/// result and metadata are copied from the finished job's wire JSON, so they are byte for byte what
/// <c>GET /v2/pre-recorded/{id}</c> serves.
/// </summary>
internal static class CallbackBodies
{
    // Non-ASCII text raw, as the wire writes it (see WireJson).
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The event a finished job's callback and webhook carry.</summary>
    public static string EventOf(IJobEnvelope finished) =>
        finished.Status.Kind == JobStatusKind.Done ? GladiaEventNames.Success : GladiaEventNames.Error;

    public static byte[] Callback(JobPhase finished)
    {
        ArgumentNullException.ThrowIfNull(finished);
        using var job = JsonDocument.Parse(finished.Json);
        var wire = job.RootElement;
        var name = EventOf(finished.Job);
        return Write(writer =>
        {
            writer.WriteString("id", finished.Job.Id);
            writer.WriteString("event", name);
            if (name == GladiaEventNames.Success)
            {
                writer.WritePropertyName("payload");
                wire.GetProperty("result").WriteTo(writer);
            }
            else
            {
                var code = finished.Job.ErrorCode.IfNone(StatusCodes.Status500InternalServerError);
                writer.WriteStartObject("error");
                writer.WriteNumber("code", code);
                writer.WriteString("message", ReasonPhrases.GetReasonPhrase(code) is { Length: > 0 } phrase ? phrase : "Transcription failed");
                writer.WriteEndObject();
            }

            writer.WritePropertyName("custom_metadata");
            if (wire.TryGetProperty("custom_metadata", out var metadata))
            {
                metadata.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        });
    }

    public static byte[] Webhook(string name, string jobId) => Write(writer =>
    {
        writer.WriteString("event", name);
        writer.WriteStartObject("payload");
        writer.WriteString("id", jobId);
        writer.WriteEndObject();
    });

    private static byte[] Write(Action<Utf8JsonWriter> members)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
