using System.Text.Json;
using System.Text.Json.Nodes;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Creation;

/// <summary>
/// The body of <c>POST /v2/pre-recorded</c> (Gladia's <c>InitTranscriptionRequest</c>), checked the way Gladia checks
/// it: <c>audio_url</c> required and a URL, documented members of the documented types, nothing else. Every problem
/// is collected, so a 400 lists them all.
/// </summary>
internal sealed record CreateRequest(Uri AudioUrl, JsonObject Body)
{
    private static readonly string[] Booleans =
    [
        "custom_vocabulary", "callback", "subtitles", "diarization", "translation", "summarization", "named_entity_recognition",
        "custom_spelling", "sentiment_analysis", "audio_to_llm", "pii_redaction", "sentences", "punctuation_enhanced",
    ];

    private static readonly string[] Objects =
    [
        "custom_vocabulary_config", "callback_config", "subtitles_config", "diarization_config", "translation_config",
        "summarization_config", "custom_spelling_config", "audio_to_llm_config", "pii_redaction_config", "custom_metadata",
        "language_config",
    ];

    private static readonly string[] Models = ["solaria-1", "solaria-3"];

    public static (CreateRequest? Request, IReadOnlyList<string> Problems) Parse(byte[] body)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return (null, ["Body must be valid JSON"]);
        }

        if (node is not JsonObject json)
        {
            return (null, ["Body must be a JSON object"]);
        }

        var problems = new List<string>();
        foreach (var (name, value) in json)
        {
            if (Booleans.Contains(name))
            {
                Expect(value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False, $"Field \"{name}\" must be a boolean value");
            }
            else if (Objects.Contains(name))
            {
                Expect(value is JsonObject, $"Field \"{name}\" must be an object");
            }
            else if (name == "callback_url")
            {
                Expect(IsUrl(value, out _), "Field \"callback_url\" must be a URL address");
            }
            else if (name == "model")
            {
                Expect(value?.GetValueKind() == JsonValueKind.String && Models.Contains(value.GetValue<string>()), "Field \"model\" must be one of the following values: " + string.Join(", ", Models));
            }
            else if (name != "audio_url")
            {
                problems.Add($"property {name} should not exist");
            }
        }

        if (json["language_config"] is JsonObject languageConfig)
        {
            Expect(languageConfig["languages"] is null or JsonArray, "Field \"language_config.languages\" must be an array");
            Expect(languageConfig["code_switching"]?.GetValueKind() is null or JsonValueKind.True or JsonValueKind.False, "Field \"language_config.code_switching\" must be a boolean value");
        }

        Uri? audioUrl = null;
        if (!json.ContainsKey("audio_url"))
        {
            problems.Add("Field \"audio_url\" is required");
        }
        else if (!IsUrl(json["audio_url"], out audioUrl))
        {
            problems.Add("Field \"audio_url\" must be a URL address");
        }

        return problems.Count == 0 ? (new CreateRequest(audioUrl!, json), problems) : (null, problems);

        void Expect(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }
    }

    private static bool IsUrl(JsonNode? value, out Uri? url)
    {
        url = null;
        return value?.GetValueKind() == JsonValueKind.String && Links.TryHttp(value.GetValue<string>(), out url);
    }
}
