using System.Diagnostics.Contracts;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// The pure parser for what Gladia sends to a callback URL (<c>callback_config.url</c>) or an account webhook: a
/// body in, a <see cref="GladiaEvent"/> or a <see cref="PreRecordedError"/> out. No exception escapes. A body that
/// breaks the contract is a <see cref="PreRecordedError.MalformedResponse"/> naming the member (its status is 200:
/// the body arrived whole, it is its content that is wrong); an event this library does not know is a
/// <see cref="GladiaEvent.UnknownEvent"/>, not an error.
/// </summary>
/// <example><code>
/// GladiaEvents.Parse(body).Match(
///     Right: e => e switch
///     {
///         GladiaEvent.JobSucceeded done => Console.WriteLine(done.Result.Transcription),
///         GladiaEvent.JobFailed failed => Console.WriteLine(failed.Error.Message),
///         _ => Console.WriteLine(e.Name),
///     },
///     Left: error => Console.WriteLine(error.Message));
/// </code></example>
public static class GladiaEvents
{
    /// <summary>
    /// Reads one event. A <c>transcription.success</c> or <c>transcription.error</c> with an <c>id</c> at the top
    /// is a callback (<see cref="GladiaEvent.JobSucceeded"/>, <see cref="GladiaEvent.JobFailed"/>); without one it
    /// is an account webhook, whose <c>payload</c> holds the id.
    /// </summary>
    /// <param name="body">The request's body, UTF-8 JSON.</param>
    /// <returns>The event, or why the body is not one.</returns>
    [Pure]
    public static Either<PreRecordedError, GladiaEvent> Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var envelope = EventEnvelope.Read(body);
            return Read(ref envelope, body);
        }
        catch (JsonException e)
        {
            return Malformed(body, e.Message);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or NotSupportedException or OverflowException)
        {
            // A value of the right JSON type but out of range for its field.
            return Malformed(body, e.Message);
        }
    }

    private static GladiaEvent Read(ref EventEnvelope envelope, ReadOnlySpan<byte> body)
    {
        RequiredMembers.Check(envelope.Name is not null, "event", "event");
        var name = envelope.Name!;
        if (envelope.Id is { } id && name is GladiaEventNames.Success or GladiaEventNames.Error)
        {
            var metadata = envelope.HasCustomMetadata
                ? Member(ref envelope.CustomMetadata, "custom_metadata", GladiaJsonContext.Default.IReadOnlyDictionaryStringJsonElement)
                : null;
            return name == GladiaEventNames.Success
                ? new GladiaEvent.JobSucceeded(id, Required(ref envelope.Payload, envelope.HasPayload, $"{name} callback", "payload", GladiaJsonContext.Default.JobResult), Prelude.Optional(metadata))
                : new GladiaEvent.JobFailed(id, Required(ref envelope.Error, envelope.HasError, $"{name} callback", "error", EventJsonContext.Default.JobFailure), Prelude.Optional(metadata));
        }

        return name switch
        {
            GladiaEventNames.Created => new GladiaEvent.JobCreatedWebhook(WebhookJobId(ref envelope, name)),
            GladiaEventNames.Success => new GladiaEvent.JobSucceededWebhook(WebhookJobId(ref envelope, name)),
            GladiaEventNames.Error => new GladiaEvent.JobFailedWebhook(WebhookJobId(ref envelope, name)),
            _ => new GladiaEvent.UnknownEvent(name, Whole(body)),
        };
    }

    private static string WebhookJobId(ref EventEnvelope envelope, string name) =>
        Required(ref envelope.Payload, envelope.HasPayload, $"{name} webhook", "payload", EventJsonContext.Default.WebhookPayload).Id;

    private static T Required<T>(ref Utf8JsonReader at, bool present, string model, string member, JsonTypeInfo<T> typeInfo)
    {
        RequiredMembers.Check(present, model, member);
        return Member(ref at, member, typeInfo);
    }

    // The serializer's path starts at the member's value; the reason names the path from the top of the body.
    private static T Member<T>(ref Utf8JsonReader at, string member, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            // A JSON null was marked absent before, so the serializer returns a value here.
            return JsonSerializer.Deserialize(ref at, typeInfo)!;
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" Path: ", 2)[0];
            throw new JsonException($"{reason} Path: $.{member}{e.Path?[1..]}", e);
        }
    }

    private static JsonElement Whole(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        return JsonElement.ParseValue(ref reader);
    }

    private static PreRecordedError.MalformedResponse Malformed(ReadOnlySpan<byte> body, string reason) =>
        new(200, reason, Excerpts.Of(body));
}
