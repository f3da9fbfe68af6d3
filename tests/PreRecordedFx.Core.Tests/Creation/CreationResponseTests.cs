using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>The answers to an upload and to a job's creation, in Gladia's documented shapes, and what breaks them.</summary>
public sealed class CreationResponseTests
{
    private const string Uploaded = """
        {"audio_url":"https://api.gladia.io/file/6c09400e-23d2-4bd2-be55-96a5ececfa3b",
         "audio_metadata":{"id":"6c09400e-23d2-4bd2-be55-96a5ececfa3b","filename":"call.wav","source":"upload","extension":"wav",
                           "size":99515383,"audio_duration":4146.468542,"number_of_channels":2}}
        """;

    private const string Created = """{"id":"45463597-20b7-4af7-b3b3-f5fb778203ab","result_url":"https://api.gladia.io/v2/pre-recorded/45463597-20b7-4af7-b3b3-f5fb778203ab"}""";

    [Fact]
    public void An_upload_answer_gives_the_link_and_what_Gladia_read_of_the_file()
    {
        var audio = Right(Responses.ParseUpload(Json(200, Uploaded)));

        Assert.Equal(new Uri("https://api.gladia.io/file/6c09400e-23d2-4bd2-be55-96a5ececfa3b"), audio.AudioUrl);
        Assert.Equal(new UploadedAudioMetadata("6c09400e-23d2-4bd2-be55-96a5ececfa3b", "call.wav", "wav", 99515383, 4146.468542, 2), audio.AudioMetadata);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public void Both_success_statuses_carry_an_upload_and_a_creation(int status)
    {
        Assert.True(Responses.ParseUpload(Json(status, Uploaded)).IsRight);
        Assert.True(Responses.ParseCreated(Json(status, Created)).IsRight);
    }

    [Fact]
    public void A_creation_answer_gives_the_job_id_and_its_link()
    {
        var job = Right(Responses.ParseCreated(Json(201, Created)));

        Assert.Equal(new CreatedJob("45463597-20b7-4af7-b3b3-f5fb778203ab", new Uri("https://api.gladia.io/v2/pre-recorded/45463597-20b7-4af7-b3b3-f5fb778203ab")), job);
    }

    [Theory]
    [InlineData("""{"result_url":"https://api.gladia.io/v2/pre-recorded/x"}""", "id")]
    [InlineData("""{"id":"x"}""", "result_url")]
    [InlineData("""{"id":null,"result_url":"https://api.gladia.io/v2/pre-recorded/x"}""", "id")]
    public void A_creation_answer_without_a_required_member_is_malformed_naming_it(string body, string member)
    {
        var error = LeftOf<PreRecordedError.MalformedResponse, CreatedJob>(Responses.ParseCreated(Json(201, body)));

        Assert.Contains(member, error.Reason, StringComparison.Ordinal);
        Assert.Equal(201, error.StatusCode);
    }

    [Theory]
    [InlineData("""{"audio_url":"https://api.gladia.io/file/x"}""", "audio_metadata")]
    [InlineData("""{"audio_url":"https://api.gladia.io/file/x","audio_metadata":{"id":"x","filename":"a.wav","extension":"wav","size":1,"audio_duration":1}}""", "number_of_channels")]
    [InlineData("""{"audio_url":"https://api.gladia.io/file/x","audio_metadata":{"id":"x","filename":"a.wav","extension":"wav","size":"big","audio_duration":1,"number_of_channels":1}}""", "size")]
    [InlineData("""{"audio_url":"https://api.gla""", "")]
    public void A_broken_upload_answer_is_malformed(string body, string member)
    {
        var error = LeftOf<PreRecordedError.MalformedResponse, UploadedAudio>(Responses.ParseUpload(Json(200, body)));

        Assert.Contains(member, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_400_lists_what_Gladia_refused()
    {
        var body = """{"timestamp":"2026-12-04T03:00:00.000Z","path":"/v2/pre-recorded","request_id":"G-1","statusCode":400,"message":"Bad request: invalid parameters","validation_errors":["Field \"audio_url\" is required"]}""";

        var error = LeftOf<PreRecordedError.ServiceError, CreatedJob>(Responses.ParseCreated(Json(400, body)));

        Assert.Equal(["Field \"audio_url\" is required"], error.Detail.ValidationErrors);
    }

    [Fact]
    public void A_413_upload_is_a_service_error_and_an_html_page_is_malformed()
    {
        Assert.Equal(413, LeftOf<PreRecordedError.ServiceError, UploadedAudio>(Responses.ParseUpload(Json(413, """{"statusCode":413,"message":"File too large"}"""))).StatusCode);
        LeftOf<PreRecordedError.MalformedResponse, UploadedAudio>(Responses.ParseUpload(Exchange(200, "<html>"u8.ToArray(), ("Content-Type", "text/html"))));
    }

    [Fact]
    public void An_unconfirmed_creation_says_how_to_find_the_job_and_is_not_transient()
    {
        var withMetadata = new PreRecordedError.CreationUnconfirmed("Timeout: create took longer than 30 s", """{"userId":"u-42"}""");
        var without = new PreRecordedError.CreationUnconfirmed("reset", LanguageExt.Option<string>.None);

        Assert.Equal(
            """Creation unconfirmed: Timeout: create took longer than 30 s; a job may exist. Look for it by its custom_metadata {"userId":"u-42"} (list jobs filtered on it) before creating it again.""",
            withMetadata.Message);
        Assert.StartsWith("Creation unconfirmed: reset; a job may exist. Look for it among the newest jobs", without.Message, StringComparison.Ordinal);
        Assert.False(withMetadata.IsTransient);
        Assert.Equal(504, without.Code);
    }
}
