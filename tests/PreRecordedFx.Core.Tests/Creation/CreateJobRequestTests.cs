using System.Text.Json;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>
/// A transcription request becomes Gladia's <c>InitTranscriptionRequest</c>: each feature's switch beside its config,
/// nothing for what is left off, and every problem named before anything is sent.
/// </summary>
public sealed class CreateJobRequestTests
{
    private const string Audio = "https://files.example/call.wav";

    private static JsonElement Body(TranscriptionRequest request)
    {
        var built = Right(Requests.CreateJob(request));
        Assert.Equal(RequestMethod.Post, built.Method);
        Assert.Equal("/v2/pre-recorded", built.PathAndQuery);
        Assert.True(built.CreatesJob);
        return JsonDocument.Parse(built.JsonBody!).RootElement;
    }

    private static string Problems(TranscriptionRequest request)
    {
        var error = LeftOf<PreRecordedError.InvalidArgument, ApiRequest>(Requests.CreateJob(request));
        Assert.Equal("request", error.Parameter);
        return error.Reason;
    }

    [Fact]
    public void A_bare_request_sends_only_its_audio_url()
    {
        var body = Body(new TranscriptionRequest(Audio));

        Assert.Equal("""{"audio_url":"https://files.example/call.wav"}""", body.GetRawText());
    }

    [Fact]
    public void Every_feature_sends_its_switch_beside_its_config()
    {
        var request = new TranscriptionRequest(Audio)
        {
            Language = new() { Languages = ["en", "fr"], CodeSwitching = true },
            Diarization = new() { NumberOfSpeakers = 2, MinSpeakers = 1, MaxSpeakers = 3 },
            Subtitles = new() { Formats = ["srt", "vtt"], MinimumDuration = 1, MaximumDuration = 6.5, MaximumCharactersPerRow = 42, MaximumRowsPerCaption = 2, Style = "compliance" },
            Translation = new(["de"]) { Model = "enhanced", MatchOriginalUtterances = false, Lipsync = true, ContextAdaptation = false, Context = "a call", Informal = true },
            Summarization = new() { Type = "bullet_points" },
            CustomVocabulary = new(["Gladia"]) { DefaultIntensity = 0.4 },
            CustomSpelling = new(new Dictionary<string, IReadOnlyList<string>> { ["SQL"] = ["Sequel"] }),
            AudioToLlm = new(["Key points?"]) { Model = "openai/gpt-5.4-nano" },
            PiiRedaction = new() { EntityTypes = ["GDPR"], ProcessedTextType = "MASK" },
            Callback = new("https://hooks.example/gladia?token=s3cret") { Method = CallbackMethod.Put },
            Sentences = true,
            NamedEntityRecognition = true,
            SentimentAnalysis = true,
            PunctuationEnhanced = true,
            CustomMetadata = """{"userId":"u-42","n":7}""",
            Model = "solaria-1",
        };

        var body = Body(request);

        var expected = JsonDocument.Parse("""
            {
              "audio_url": "https://files.example/call.wav",
              "language_config": { "languages": ["en", "fr"], "code_switching": true },
              "diarization": true, "diarization_config": { "number_of_speakers": 2, "min_speakers": 1, "max_speakers": 3 },
              "subtitles": true, "subtitles_config": { "formats": ["srt", "vtt"], "minimum_duration": 1, "maximum_duration": 6.5,
                "maximum_characters_per_row": 42, "maximum_rows_per_caption": 2, "style": "compliance" },
              "translation": true, "translation_config": { "target_languages": ["de"], "model": "enhanced", "match_original_utterances": false,
                "lipsync": true, "context_adaptation": false, "context": "a call", "informal": true },
              "summarization": true, "summarization_config": { "type": "bullet_points" },
              "custom_vocabulary": true, "custom_vocabulary_config": { "vocabulary": ["Gladia"], "default_intensity": 0.4 },
              "custom_spelling": true, "custom_spelling_config": { "spelling_dictionary": { "SQL": ["Sequel"] } },
              "audio_to_llm": true, "audio_to_llm_config": { "prompts": ["Key points?"], "model": "openai/gpt-5.4-nano" },
              "pii_redaction": true, "pii_redaction_config": { "entity_types": ["GDPR"], "processed_text_type": "MASK" },
              "callback": true, "callback_config": { "url": "https://hooks.example/gladia?token=s3cret", "method": "PUT" },
              "sentences": true, "named_entity_recognition": true, "sentiment_analysis": true, "punctuation_enhanced": true,
              "custom_metadata": { "userId": "u-42", "n": 7 },
              "model": "solaria-1"
            }
            """).RootElement;
        Assert.True(JsonElement.DeepEquals(expected, body), body.GetRawText());
    }

    [Fact]
    public void Empty_settings_send_the_switch_and_an_empty_config_and_a_post_callback()
    {
        var body = Body(new TranscriptionRequest(Audio)
        {
            Diarization = new(),
            Summarization = new(),
            PiiRedaction = new(),
            Subtitles = new(),
            Callback = new("http://127.0.0.1:5000/cb"),
        });

        var expected = JsonDocument.Parse("""
            {
              "audio_url": "https://files.example/call.wav",
              "diarization": true, "diarization_config": {},
              "subtitles": true, "subtitles_config": { "formats": ["srt"] },
              "summarization": true, "summarization_config": {},
              "pii_redaction": true, "pii_redaction_config": {},
              "callback": true, "callback_config": { "url": "http://127.0.0.1:5000/cb", "method": "POST" }
            }
            """).RootElement;
        Assert.True(JsonElement.DeepEquals(expected, body), body.GetRawText());
    }

    [Fact]
    public void Options_the_library_does_not_model_are_sent_by_name_as_given()
    {
        var body = Body(new TranscriptionRequest(Audio).WithOption("display_mode", "true").WithOption("future", """{"a":[1]}""").WithOption("nothing", "null"));

        Assert.True(body.GetProperty("display_mode").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("nothing").ValueKind);
        Assert.Equal("""{"a":[1]}""", body.GetProperty("future").GetRawText());
    }

    [Fact]
    public void An_option_the_request_models_but_does_not_write_may_be_given_by_name()
    {
        var body = Body(new TranscriptionRequest(Audio).WithOption("sentences", "true").WithOption("summarization_config", """{"type":"concise"}"""));

        Assert.True(body.GetProperty("sentences").GetBoolean());
        Assert.Equal("concise", body.GetProperty("summarization_config").GetProperty("type").GetString());
        Assert.Equal(
            "sentences is set twice: by the request's own property and by WithOption",
            Problems(new TranscriptionRequest(Audio) { Sentences = true }.WithOption("sentences", "false")));
    }

    [Fact]
    public void WithMetadata_builds_the_object_one_member_at_a_time()
    {
        var request = new TranscriptionRequest(Audio).WithMetadata("userId", "u-42").WithMetadata("team", "legal").WithMetadata("userId", "u-43");

        Assert.Equal("""{"userId":"u-43","team":"legal"}""", request.CustomMetadata);
        Assert.Equal("""{"userId":"u-43","team":"legal"}""", Body(request).GetProperty("custom_metadata").GetRawText());
    }

    [Fact]
    public void WithMetadata_leaves_metadata_that_is_not_an_object_for_the_check_to_refuse()
    {
        var request = new TranscriptionRequest(Audio) { CustomMetadata = "[1]" }.WithMetadata("userId", "u-42");

        Assert.Equal("[1]", request.CustomMetadata);
        Assert.Equal("custom_metadata must be a JSON object", Problems(request));
    }

    [Fact]
    public void Every_problem_is_named_at_once()
    {
        var request = new TranscriptionRequest("ftp://files.example/a.wav")
        {
            Language = new() { Languages = [" "] },
            Diarization = new() { NumberOfSpeakers = 0, MinSpeakers = -1, MaxSpeakers = -2 },
            Subtitles = new() { Formats = [], MinimumDuration = -1, MaximumDuration = 31, MaximumCharactersPerRow = 0, MaximumRowsPerCaption = 6 },
            Translation = new([]),
            CustomVocabulary = new([]) { DefaultIntensity = 1.5 },
            CustomSpelling = new(new Dictionary<string, IReadOnlyList<string>>()),
            AudioToLlm = new([""]),
            Callback = new("/relative"),
            CustomMetadata = "\"u-42\"",
            Model = " ",
        }.WithOption("callback", "true").WithOption("future", "{broken");

        Assert.Equal(
            string.Join("; ",
                "audio_url must be an absolute http(s) URL",
                "language_config.languages may not hold a blank code",
                "diarization_config.number_of_speakers must be 1 or more",
                "diarization_config.min_speakers must be 0 or more",
                "diarization_config.max_speakers must be 0 or more",
                "diarization_config.min_speakers may not exceed max_speakers",
                "subtitles_config.formats must name at least one format, none blank",
                "subtitles_config.minimum_duration must be 0 or more",
                "subtitles_config.maximum_duration must be 1 to 30",
                "subtitles_config.maximum_characters_per_row must be 1 or more",
                "subtitles_config.maximum_rows_per_caption must be 1 to 5",
                "translation_config.target_languages must name at least one language, none blank",
                "custom_vocabulary_config.vocabulary must hold at least one word, none blank",
                "custom_vocabulary_config.default_intensity must be 0 to 1",
                "custom_spelling_config.spelling_dictionary must hold at least one spelling",
                "audio_to_llm_config.prompts must hold at least one prompt, none blank",
                "callback_config.url must be an absolute http(s) URL",
                "custom_metadata must be a JSON object",
                "model may not be blank",
                "callback is set twice: by the request's own property and by WithOption",
                "future must be given as JSON text"),
            Problems(request));
    }

    [Fact]
    public void One_blank_entry_spoils_a_list_that_has_good_ones()
    {
        var request = new TranscriptionRequest(Audio)
        {
            Language = new() { Languages = ["en", " "] },
            Subtitles = new() { Formats = ["srt", ""] },
            Translation = new(["de", " "]),
            CustomVocabulary = new(["Gladia", ""]),
            AudioToLlm = new(["Key points?", " "]),
        };

        Assert.Equal(
            string.Join("; ",
                "language_config.languages may not hold a blank code",
                "subtitles_config.formats must name at least one format, none blank",
                "translation_config.target_languages must name at least one language, none blank",
                "custom_vocabulary_config.vocabulary must hold at least one word, none blank",
                "audio_to_llm_config.prompts must hold at least one prompt, none blank"),
            Problems(request));
    }

    [Theory]
    [InlineData(null, "audio_url is required (a file's is set by uploading it)")]
    [InlineData("", "audio_url must be an absolute http(s) URL")]
    [InlineData("files.example/a.wav", "audio_url must be an absolute http(s) URL")]
    [InlineData("file:///tmp/a.wav", "audio_url must be an absolute http(s) URL")]
    public void An_audio_url_that_is_missing_or_not_web_is_refused(string? audioUrl, string problem)
    {
        Assert.Equal(problem, Problems(new TranscriptionRequest { AudioUrl = audioUrl }));
    }

    [Theory]
    [InlineData(1, 1, 1, true)]
    [InlineData(null, 0, 0, true)]
    [InlineData(null, 3, 2, false)]
    [InlineData(null, null, 0, true)]
    public void Diarization_bounds_are_checked_at_their_edges(int? exact, int? min, int? max, bool fine)
    {
        var built = Requests.CreateJob(new TranscriptionRequest(Audio) { Diarization = new() { NumberOfSpeakers = exact, MinSpeakers = min, MaxSpeakers = max } });

        Assert.Equal(fine, built.IsRight);
    }

    [Theory]
    [InlineData(0.0, 1.0, 1, 1, 0.0, true)]
    [InlineData(0.0, 30.0, 1, 5, 1.0, true)]
    [InlineData(0.0, 0.99, 1, 1, 0.0, false)]
    [InlineData(0.0, 30.01, 1, 1, 0.0, false)]
    [InlineData(0.0, 1.0, 1, 0, 0.0, false)]
    [InlineData(0.0, 1.0, 1, 1, -0.01, false)]
    [InlineData(0.0, 1.0, 1, 1, 1.01, false)]
    public void Subtitle_and_vocabulary_ranges_are_checked_at_their_edges(double minDuration, double maxDuration, int chars, int rows, double intensity, bool fine)
    {
        var built = Requests.CreateJob(new TranscriptionRequest(Audio)
        {
            Subtitles = new() { MinimumDuration = minDuration, MaximumDuration = maxDuration, MaximumCharactersPerRow = chars, MaximumRowsPerCaption = rows },
            CustomVocabulary = new(["Gladia"]) { DefaultIntensity = intensity },
        });

        Assert.Equal(fine, built.IsRight);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/cb", true)]
    [InlineData("HTTPS://hooks.example/cb", true)]
    [InlineData("ws://hooks.example/cb", false)]
    public void A_callback_must_be_an_http_or_https_url(string url, bool fine)
    {
        Assert.Equal(fine, Requests.CreateJob(new TranscriptionRequest(Audio) { Callback = new(url) }).IsRight);
    }

    [Fact]
    public void A_callback_never_shows_its_query_as_text()
    {
        var callback = new CallbackSettings("https://hooks.example/gladia?token=s3cret");

        Assert.Equal("CallbackSettings { Url = https://hooks.example/gladia?…, Method = Post }", callback.ToString());
        Assert.DoesNotContain("s3cret", new TranscriptionRequest(Audio) { Callback = callback }.ToString(), StringComparison.Ordinal);
        Assert.Equal("CallbackSettings { Url = https://hooks.example/gladia, Method = Put }", (callback with { Url = "https://hooks.example/gladia", Method = CallbackMethod.Put }).ToString());
    }

    [Fact]
    public void The_upload_request_posts_to_the_upload_path()
    {
        var upload = Requests.Upload();

        Assert.Equal(new ApiRequest(RequestMethod.Post, "/v2/upload", []) { }, upload with { Query = [] });
        Assert.Equal("/v2/upload", upload.PathAndQuery);
        Assert.False(upload.CreatesJob);
        Assert.Null(upload.JsonBody);
    }

    [Fact]
    public void A_null_request_is_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => Requests.CreateJob(null!));
    }
}
