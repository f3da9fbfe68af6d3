using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PreRecordedFx;

/// <summary>
/// Checks a <see cref="TranscriptionRequest"/> as a whole and writes it as Gladia's JSON: every problem is named
/// (by its wire path) before anything is sent, and a feature's switch is written next to its config.
/// </summary>
internal static class TranscriptionBody
{
    public static IReadOnlyList<string> Problems(TranscriptionRequest request)
    {
        var problems = new List<string>();
        void Check(bool fine, string problem)
        {
            if (!fine)
            {
                problems.Add(problem);
            }
        }

        Check(request.AudioUrl is not null, "audio_url is required (a file's is set by uploading it)");
        Check(request.AudioUrl is null || IsWebUrl(request.AudioUrl), "audio_url must be an absolute http(s) URL");
        if (request.Language is { } language)
        {
            Check(language.Languages.All(IsCode), "language_config.languages may not hold a blank code");
        }

        if (request.Diarization is { } diarization)
        {
            Check(diarization.NumberOfSpeakers is null or >= 1, "diarization_config.number_of_speakers must be 1 or more");
            Check(diarization.MinSpeakers is null or >= 0, "diarization_config.min_speakers must be 0 or more");
            Check(diarization.MaxSpeakers is null or >= 0, "diarization_config.max_speakers must be 0 or more");
            Check(!(diarization.MinSpeakers > diarization.MaxSpeakers), "diarization_config.min_speakers may not exceed max_speakers");
        }

        if (request.Subtitles is { } subtitles)
        {
            Check(subtitles.Formats.Count > 0 && subtitles.Formats.All(IsCode), "subtitles_config.formats must name at least one format, none blank");
            Check(subtitles.MinimumDuration is null or >= 0, "subtitles_config.minimum_duration must be 0 or more");
            Check(subtitles.MaximumDuration is null or (>= 1 and <= 30), "subtitles_config.maximum_duration must be 1 to 30");
            Check(subtitles.MaximumCharactersPerRow is null or >= 1, "subtitles_config.maximum_characters_per_row must be 1 or more");
            Check(subtitles.MaximumRowsPerCaption is null or (>= 1 and <= 5), "subtitles_config.maximum_rows_per_caption must be 1 to 5");
        }

        if (request.Translation is { } translation)
        {
            Check(translation.TargetLanguages is { Count: > 0 } targets && targets.All(IsCode), "translation_config.target_languages must name at least one language, none blank");
        }

        if (request.CustomVocabulary is { } vocabulary)
        {
            Check(vocabulary.Vocabulary is { Count: > 0 } words && words.All(IsCode), "custom_vocabulary_config.vocabulary must hold at least one word, none blank");
            Check(vocabulary.DefaultIntensity is null or (>= 0 and <= 1), "custom_vocabulary_config.default_intensity must be 0 to 1");
        }

        if (request.CustomSpelling is { } spelling)
        {
            Check(spelling.SpellingDictionary is { Count: > 0 }, "custom_spelling_config.spelling_dictionary must hold at least one spelling");
        }

        if (request.AudioToLlm is { } prompts)
        {
            Check(prompts.Prompts is { Count: > 0 } list && list.All(IsCode), "audio_to_llm_config.prompts must hold at least one prompt, none blank");
        }

        if (request.Callback is { } callback)
        {
            Check(IsWebUrl(callback.Url), "callback_config.url must be an absolute http(s) URL");
        }

        Check(request.CustomMetadata is null || IsObject(request.CustomMetadata), "custom_metadata must be a JSON object");
        Check(request.Model is null || IsCode(request.Model), "model may not be blank");
        if (!request.ExtraOptions.IsEmpty)
        {
            // An extra option may name a member the request models (a switch the caller has no property for at hand, as
            // the command line's --option), but not one the request already writes: the body would say it twice.
            var written = WrittenNames(request with { ExtraOptions = request.ExtraOptions.Clear() });
            foreach (var (name, json) in request.ExtraOptions)
            {
                Check(!written.Contains(name), $"{name} is set twice: by the request's own property and by WithOption");
                Check(IsJson(json), $"{name} must be given as JSON text");
            }
        }

        return problems;
    }

    /// <summary>The body; sent only for a request <see cref="Problems"/> found nothing wrong with.</summary>
    public static string Write(TranscriptionRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("audio_url", request.AudioUrl);
            if (request.Language is { } language)
            {
                json.WriteStartObject("language_config");
                Strings(json, "languages", language.Languages);
                Optional(json, "code_switching", language.CodeSwitching);
                json.WriteEndObject();
            }

            if (Feature(json, "diarization", request.Diarization) is { } diarization)
            {
                Optional(json, "number_of_speakers", diarization.NumberOfSpeakers);
                Optional(json, "min_speakers", diarization.MinSpeakers);
                Optional(json, "max_speakers", diarization.MaxSpeakers);
                json.WriteEndObject();
            }

            if (Feature(json, "subtitles", request.Subtitles) is { } subtitles)
            {
                Strings(json, "formats", subtitles.Formats);
                Optional(json, "minimum_duration", subtitles.MinimumDuration);
                Optional(json, "maximum_duration", subtitles.MaximumDuration);
                Optional(json, "maximum_characters_per_row", subtitles.MaximumCharactersPerRow);
                Optional(json, "maximum_rows_per_caption", subtitles.MaximumRowsPerCaption);
                Optional(json, "style", subtitles.Style);
                json.WriteEndObject();
            }

            if (Feature(json, "translation", request.Translation) is { } translation)
            {
                Strings(json, "target_languages", translation.TargetLanguages);
                Optional(json, "model", translation.Model);
                Optional(json, "match_original_utterances", translation.MatchOriginalUtterances);
                Optional(json, "lipsync", translation.Lipsync);
                Optional(json, "context_adaptation", translation.ContextAdaptation);
                Optional(json, "context", translation.Context);
                Optional(json, "informal", translation.Informal);
                json.WriteEndObject();
            }

            if (Feature(json, "summarization", request.Summarization) is { } summarization)
            {
                Optional(json, "type", summarization.Type);
                json.WriteEndObject();
            }

            if (Feature(json, "custom_vocabulary", request.CustomVocabulary) is { } vocabulary)
            {
                Strings(json, "vocabulary", vocabulary.Vocabulary);
                Optional(json, "default_intensity", vocabulary.DefaultIntensity);
                json.WriteEndObject();
            }

            if (Feature(json, "custom_spelling", request.CustomSpelling) is { } spelling)
            {
                json.WriteStartObject("spelling_dictionary");
                foreach (var (word, replaced) in spelling.SpellingDictionary)
                {
                    Strings(json, word, replaced);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            if (Feature(json, "audio_to_llm", request.AudioToLlm) is { } audioToLlm)
            {
                json.WritePropertyName("prompts");
                json.WriteStartArray();
                foreach (var prompt in audioToLlm.Prompts)
                {
                    json.WriteStringValue(prompt);
                }

                json.WriteEndArray();
                Optional(json, "model", audioToLlm.Model);
                json.WriteEndObject();
            }

            if (Feature(json, "pii_redaction", request.PiiRedaction) is { } redaction)
            {
                if (redaction.EntityTypes is { } types)
                {
                    Strings(json, "entity_types", types);
                }

                Optional(json, "processed_text_type", redaction.ProcessedTextType);
                json.WriteEndObject();
            }

            if (Feature(json, "callback", request.Callback) is { } callback)
            {
                json.WriteString("url", callback.Url);
                json.WriteString("method", callback.Method == CallbackMethod.Put ? "PUT" : "POST");
                json.WriteEndObject();
            }

            Switch(json, "sentences", request.Sentences);
            Switch(json, "named_entity_recognition", request.NamedEntityRecognition);
            Switch(json, "sentiment_analysis", request.SentimentAnalysis);
            Switch(json, "punctuation_enhanced", request.PunctuationEnhanced);
            if (request.CustomMetadata is { } metadata)
            {
                json.WritePropertyName("custom_metadata");
                json.WriteRawValue(metadata);
            }

            Optional(json, "model", request.Model);
            foreach (var (name, value) in request.ExtraOptions)
            {
                json.WritePropertyName(name);
                json.WriteRawValue(value);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The metadata object with <paramref name="key"/> set; text that is not an object is returned as is.</summary>
    public static string AddMetadata(string? metadata, string key, string value)
    {
        var node = metadata is null ? new JsonObject() : TryParse(metadata) as JsonObject;
        if (node is null)
        {
            return metadata!;
        }

        node[key] = value;
        return node.ToJsonString();
    }

    /// <summary>A URL without its query (a callback's secret token), for text a person or a log may read.</summary>
    public static string WithoutQuery(string url) => url.Split('?', 2) is [var path, _] ? path + "?…" : url;

    // Writes "name": true and opens "name_config", or writes nothing for a feature left off.
    private static T? Feature<T>(Utf8JsonWriter json, string name, T? settings)
        where T : class
    {
        if (settings is null)
        {
            return null;
        }

        json.WriteBoolean(name, true);
        json.WriteStartObject(name + "_config");
        return settings;
    }

    private static void Switch(Utf8JsonWriter json, string name, bool on)
    {
        if (on)
        {
            json.WriteBoolean(name, true);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } flag)
        {
            json.WriteBoolean(name, flag);
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    private static HashSet<string> WrittenNames(TranscriptionRequest request)
    {
        using var written = JsonDocument.Parse(Write(request));
        return [.. written.RootElement.EnumerateObject().Select(member => member.Name)];
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsCode(string? text) => !string.IsNullOrWhiteSpace(text);

    private static bool IsObject(string text) => TryParse(text) is JsonObject;

    private static bool IsJson(string text) => text == "null" || TryParse(text) is not null;

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Stryker disable once Block: removing this block returns default, which is this very null.
            return null;
        }
    }
}
