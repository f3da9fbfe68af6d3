using System.Text;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>A 200 whose body breaks the contract is a MalformedResponse with a short excerpt, never an exception.</summary>
public sealed class MalformedResponseTests
{
    private static PreRecordedError.MalformedResponse MalformedJob(string body) =>
        LeftOf<PreRecordedError.MalformedResponse, Job>(Responses.ParseJob(Json(200, body)));

    private static PreRecordedError.MalformedResponse MalformedPage(string body) =>
        LeftOf<PreRecordedError.MalformedResponse, JobPage>(Responses.ParsePage(Json(200, body)));

    private static string DoneWith(string from, string to) =>
        Fixture("job-done.json").Replace(from, to, StringComparison.Ordinal);

    [Fact]
    public void Broken_JSON_is_malformed_with_the_start_of_the_body()
    {
        var error = MalformedJob("{\"id\": \"abc\", ]");

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("{\"id\": \"abc\", ]", error.Excerpt);
        Assert.Equal(502, error.Code);
        Assert.False(error.IsTransient);
        Assert.StartsWith("Malformed response (HTTP 200): ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_job_is_malformed()
    {
        var body = Fixture("job-done.json");

        var error = MalformedJob(body[..(body.Length / 2)]);

        Assert.NotEmpty(error.Reason);
    }

    [Fact]
    public void Empty_body_is_malformed_with_an_empty_excerpt()
    {
        var error = MalformedJob(string.Empty);

        Assert.Equal(string.Empty, error.Excerpt);
    }

    [Fact]
    public void JSON_null_is_malformed()
    {
        var error = MalformedJob("null");

        Assert.Equal("the body is JSON null", error.Reason);
        Assert.Equal("null", error.Excerpt);
    }

    [Fact]
    public void JSON_null_page_is_malformed()
    {
        Assert.Equal("the body is JSON null", MalformedPage("null").Reason);
    }

    [Fact]
    public void Html_on_a_200_is_malformed_for_its_content_type()
    {
        var exchange = Exchange(200, Encoding.UTF8.GetBytes("<html>maintenance</html>"), ("Content-Type", "text/html; charset=utf-8"));

        var error = LeftOf<PreRecordedError.MalformedResponse, Job>(Responses.ParseJob(exchange));

        Assert.Equal("expected JSON, got content type 'text/html; charset=utf-8'", error.Reason);
        Assert.Equal("<html>maintenance</html>", error.Excerpt);
    }

    [Fact]
    public void Valid_job_with_a_text_html_content_type_is_still_malformed()
    {
        var exchange = Exchange(200, FixtureBytes("job-done.json"), ("Content-Type", "text/html"));

        Assert.IsType<PreRecordedError.MalformedResponse>(Left(Responses.ParseJob(exchange)));
    }

    [Fact]
    public void Structured_json_content_type_is_accepted()
    {
        var exchange = Exchange(200, FixtureBytes("job-done.json"), ("Content-Type", "application/problem+json"));

        Assert.Equal("G-45463597", Right(Responses.ParseJob(exchange)).RequestId);
    }

    [Fact]
    public void Missing_content_type_is_read_as_JSON()
    {
        var exchange = Exchange(200, FixtureBytes("job-done.json"));

        Assert.Equal("G-45463597", Right(Responses.ParseJob(exchange)).RequestId);
    }

    [Fact]
    public void Job_without_an_id_is_malformed()
    {
        var error = MalformedJob(DoneWith("\"id\": \"45463597-20b7-4af7-b3b3-f5fb778203ab\",", string.Empty));

        Assert.Contains("id", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Job_with_a_null_id_is_malformed()
    {
        MalformedJob(DoneWith("\"id\": \"45463597-20b7-4af7-b3b3-f5fb778203ab\"", "\"id\": null"));
    }

    [Fact]
    public void Job_without_a_created_at_is_malformed()
    {
        MalformedJob(DoneWith("\"created_at\": \"2026-09-10T10:38:12.431Z\",", string.Empty));
    }

    [Fact]
    public void Transcription_without_utterances_is_malformed()
    {
        var body = Fixture("job-done.json");
        var start = body.IndexOf("\"utterances\"", StringComparison.Ordinal);
        var end = body.IndexOf("\"subtitles\": [", start, StringComparison.Ordinal);

        var error = MalformedJob(body[..start] + body[end..]);

        Assert.Contains("utterances", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_as_a_string_is_malformed()
    {
        MalformedJob(DoneWith("\"version\": 2", "\"version\": \"2\""));
    }

    [Fact]
    public void Status_as_a_number_is_malformed()
    {
        var error = MalformedJob(DoneWith("\"status\": \"done\"", "\"status\": 3"));

        Assert.Contains("status must be a string", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Created_at_that_is_not_a_date_is_malformed()
    {
        MalformedJob(DoneWith("2026-09-10T10:38:12.431Z", "yesterday"));
    }

    [Fact]
    public void Words_as_an_object_is_malformed()
    {
        var body = Fixture("job-done.json");
        var start = body.IndexOf("\"words\": [", StringComparison.Ordinal) + "\"words\": ".Length;
        var end = body.IndexOf(']', start) + 1;

        MalformedJob(body[..start] + "{}" + body[end..]);
    }

    [Fact]
    public void Languages_as_a_string_is_malformed_naming_the_list_and_where_it_is()
    {
        var error = MalformedJob(DoneWith("\"languages\": [\"en\"]", "\"languages\": \"en\""));

        Assert.Contains("IReadOnlyList", error.Reason, StringComparison.Ordinal);
        Assert.Contains("Path: $.request_params.language_config.languages", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_metadata_with_a_repeated_key_is_malformed_or_keeps_one_value_but_never_throws()
    {
        var result = Responses.ParseJob(Json(200, DoneWith("\"custom_metadata\": { \"user\": \"John Doe\",", "\"custom_metadata\": { \"user\": \"A\", \"user\": \"B\",")));

        Assert.False(result.IsBottom);
    }

    [Fact]
    public void A_job_that_is_an_array_is_malformed()
    {
        MalformedJob("[]");
    }

    [Fact]
    public void Page_without_items_is_malformed()
    {
        var error = MalformedPage("""{"first":"https://a/v2/pre-recorded","current":"https://a/v2/pre-recorded","next":null}""");

        Assert.Contains("items", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_whose_items_hold_a_null_job_is_malformed()
    {
        var error = MalformedPage("""{"first":"https://a/v2/pre-recorded","current":"https://a/v2/pre-recorded","next":null,"items":[null]}""");

        Assert.Contains("a list must not hold null", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Transcription_with_a_null_language_is_malformed()
    {
        MalformedJob(DoneWith("\"languages\": [\"en\"]", "\"languages\": [null]"));
    }

    [Fact]
    public void Utterance_with_a_null_word_is_malformed()
    {
        MalformedJob(DoneWith("\"words\": [", "\"words\": [null, "));
    }

    [Fact]
    public void Long_body_excerpt_is_cut_at_200_characters_with_an_ellipsis()
    {
        var body = "<" + new string('x', 5000);

        var error = MalformedJob(body);

        Assert.Equal(201, error.Excerpt.Length);
        Assert.Equal(body[..200] + "…", error.Excerpt);
    }

    [Fact]
    public void Body_of_exactly_200_characters_is_quoted_whole()
    {
        var body = "<" + new string('x', 199);

        Assert.Equal(body, MalformedJob(body).Excerpt);
    }

    [Fact]
    public void Excerpt_replaces_control_characters_but_keeps_newlines()
    {
        var error = MalformedJob("<a>\r\n\t\u0001b");

        Assert.Equal("<a> \n  b", error.Excerpt);
    }

    [Fact]
    public void Excerpt_of_multibyte_text_counts_characters_not_bytes()
    {
        var body = "<" + new string('é', 300);

        var error = MalformedJob(body);

        Assert.Equal(body[..200] + "…", error.Excerpt);
    }

    [Fact]
    public void Excerpt_never_ends_in_half_a_surrogate_pair()
    {
        var body = "<" + string.Concat(Enumerable.Repeat("😀", 150));

        var excerpt = MalformedJob(body).Excerpt;

        // "<" and 99 emoji fill 199 characters; the 100th emoji would need 200 and 201, so it is left out whole.
        Assert.Equal("<" + string.Concat(Enumerable.Repeat("😀", 99)) + "…", excerpt);
    }

    [Fact]
    public void Invalid_UTF8_in_a_200_body_is_malformed()
    {
        var body = Encoding.UTF8.GetBytes(Fixture("job-done.json").Replace("meeting.wav\",", "meeting\uFFFF.wav\",", StringComparison.Ordinal));
        var marker = Array.IndexOf(body, (byte)0xEF);
        body[marker] = 0xFF;

        var error = LeftOf<PreRecordedError.MalformedResponse, Job>(Responses.ParseJob(Exchange(200, body, ("Content-Type", "application/json"))));

        Assert.Equal(200, error.StatusCode);
    }

    [Fact]
    public void Invalid_UTF8_in_an_error_body_still_gives_the_error_case()
    {
        var body = Encoding.UTF8.GetBytes("""{"timestamp":"t","path":"/","request_id":"G-1","statusCode":500,"message":"bad X"}""");
        body[Array.IndexOf(body, (byte)'X')] = 0xC3;

        var error = LeftOf<PreRecordedError.ServiceError, Job>(Responses.ParseJob(Exchange(500, body)));

        Assert.Equal(500, error.StatusCode);
    }
}
