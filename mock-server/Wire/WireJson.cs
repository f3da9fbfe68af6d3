using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PreRecordedFx.MockServer.Wire;

/// <summary>
/// The core's <see cref="GladiaJsonContext"/> (which already writes instants as production does,
/// <c>2026-09-10T10:38:12.431Z</c>) with raw UTF-8 text, as production sends it, instead of escaped non-ASCII,
/// and with the members Gladia documents as optional left out when they have no value (see <see cref="OptionalMembers"/>).
/// </summary>
internal static class WireJson
{
    /// <summary>
    /// Members Gladia's OpenAPI document declares optional and not nullable, which production leaves out when
    /// there is nothing to say: add-ons not asked for, the speaker without diarization, subtitles and sentences not
    /// asked for, options not given. The core writes every member (null or empty) so that a job round-trips; the mock
    /// speaks the documented shape instead. Nullable members (<c>completed_at</c>, <c>error_code</c>, <c>file</c>,
    /// <c>request_params</c>, <c>result</c>, <c>custom_metadata</c>) stay, written as <c>null</c>, as production does.
    /// Declared first: <see cref="Options"/> reads it while the class initialises.
    /// </summary>
    public static IReadOnlyDictionary<Type, string[]> OptionalMembers { get; } = new Dictionary<Type, string[]>
    {
        [typeof(Job)] = ["post_session_metadata"],
        [typeof(LiveSession)] = ["post_session_metadata"],
        [typeof(JobResult)] = ["transcription", .. AddOnNames.All],
        [typeof(LiveResult)] = ["transcription", "messages", .. AddOnNames.All],
        [typeof(Transcription)] = ["sentences", "subtitles"],
        [typeof(Utterance)] = ["speaker"],
        [typeof(RequestParams)] =
        [
            "model", "language_config", "diarization", "subtitles", "subtitles_config", "translation", "summarization", "sentences",
        ],
        [typeof(LiveRequestParams)] =
        [
            "encoding", "bit_depth", "sample_rate", "channels", "model", "endpointing", "maximum_duration_without_endpointing",
            "language_config", "callback",
        ],
    };

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonTypeInfo<Job> Job { get; } = (JsonTypeInfo<Job>)Options.GetTypeInfo(typeof(Job));

    public static JsonTypeInfo<LiveSession> LiveSession { get; } = (JsonTypeInfo<LiveSession>)Options.GetTypeInfo(typeof(LiveSession));

    public static JsonTypeInfo<IReadOnlyList<Utterance>> Utterances { get; } =
        (JsonTypeInfo<IReadOnlyList<Utterance>>)Options.GetTypeInfo(typeof(IReadOnlyList<Utterance>));

    public static JsonTypeInfo<GladiaErrorBody> ErrorBody { get; } =
        (JsonTypeInfo<GladiaErrorBody>)Options.GetTypeInfo(typeof(GladiaErrorBody));

    /// <summary>An instant as the wire writes it: UTC with exactly three fractional digits.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(WireFormat.Instant, CultureInfo.InvariantCulture);

    /// <summary>A detached <see cref="JsonElement"/> for a node built in code (add-on results, metadata).</summary>
    public static JsonElement Element(JsonNode? node)
    {
        using var document = JsonDocument.Parse(node is null ? "null" : node.ToJsonString());
        return document.RootElement.Clone();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(GladiaJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = GladiaJsonContext.Default.WithAddedModifier(LeaveOutAbsentOptionalMembers),
        };
        options.MakeReadOnly();
        return options;
    }

    private static void LeaveOutAbsentOptionalMembers(JsonTypeInfo type)
    {
        if (!OptionalMembers.TryGetValue(type.Type, out var names))
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => names.Contains(p.Name, StringComparer.Ordinal)))
        {
            property.ShouldSerialize = static (_, value) => HasValue(value);
        }
    }

    // Null, or an empty list (the core's models keep "not asked for" as an empty list).
    private static bool HasValue(object? value) => value switch
    {
        null => false,
        IEnumerable<object> items => items.Any(),
        _ => true,
    };
}
