using System.Text.Json;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>Models and queries compare by content, lists included, so equal data is equal from C# and F#.</summary>
public class ValueEqualityTests
{
    [Fact]
    public void Two_transcriptions_read_from_the_same_json_are_equal_and_hash_alike()
    {
        // Raw JSON members (custom metadata, add-on results) are JsonElements, which compare by reference.
        static Transcription Read() =>
            Some(Some(Right(Responses.ParseJob(FixtureExchange(200, "job-done.json"))).Result).Transcription);

        var first = Read();
        var second = Read();

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Utterances_with_the_same_words_are_equal_and_with_other_words_are_not()
    {
        static Utterance Of(params string[] words) =>
            new(0, 1, 0.9, 0, [.. words.Select((w, i) => new Word(w, i, i + 1, 0.9))], string.Join(' ', words), "en");

        Assert.Equal(Of("hello", "there"), Of("hello", "there"));
        Assert.Equal(Of("hello", "there").GetHashCode(), Of("hello", "there").GetHashCode());
        Assert.NotEqual(Of("hello", "there"), Of("hello", "world"));
        Assert.NotEqual(Of("hello", "there"), Of("hello"));
    }

    [Fact]
    public void Queries_built_the_same_way_are_equal()
    {
        var query = JobQuery.Default.WithStatus(JobStatus.Done).WithCustomMetadata("user", "John Doe");

        Assert.Equal(query, JobQuery.Default.WithStatus(JobStatus.Done).WithCustomMetadata("user", "John Doe"));
        Assert.NotEqual(query, JobQuery.Default.WithStatus(JobStatus.Error).WithCustomMetadata("user", "John Doe"));
    }

    [Fact]
    public void Service_details_with_the_same_validation_errors_are_equal()
    {
        var detail = new ServiceDetail("Bad Request", "G-1", "call", ["limit must be positive"]);

        Assert.Equal(detail, new ServiceDetail("Bad Request", "G-1", "call", ["limit must be positive"]));
        Assert.NotEqual(detail, new ServiceDetail("Bad Request", "G-1", "call", ["offset must be positive"]));
    }

    [Fact]
    public void A_list_prints_its_elements()
    {
        var config = new LanguageConfig(["en", "fr"]);

        Assert.Contains("Languages = [en, fr]", config.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_given_to_a_model_is_copied_so_later_changes_do_not_reach_it()
    {
        var languages = new List<string> { "en" };
        var config = new LanguageConfig(languages);

        languages.Add("fr");

        Assert.Equal(["en"], config.Languages);
    }

    [Fact]
    public void An_error_body_copies_its_validation_errors_and_compares_them_by_content()
    {
        var reasons = new List<string> { "limit must not be less than 1" };
        var body = new GladiaErrorBody("t", "/v2/pre-recorded", "G-1", 400, "Bad Request", reasons);

        reasons.Add("later");

        Assert.Equal(["limit must not be less than 1"], body.ValidationErrors!);
        Assert.Equal(body, body with { ValidationErrors = ["limit must not be less than 1"] });
        Assert.Null((body with { ValidationErrors = null }).ValidationErrors);
        Assert.Null(new GladiaErrorBody("t", "/", "G-1", 404, "Not Found").ValidationErrors);
    }

    [Fact]
    public void Request_params_built_the_same_way_without_other_members_are_equal()
    {
        var one = new RequestParams(Model: "solaria-1", LanguageConfig: new LanguageConfig(["en"]), Diarization: true);
        var two = new RequestParams(Model: "solaria-1", LanguageConfig: new LanguageConfig(["en"]), Diarization: true);

        Assert.Equal(one, two);
        Assert.Empty(one.Other);
        Assert.NotEqual(one, new RequestParams(Model: "solaria-1", Diarization: true));
    }

    [Fact]
    public void A_list_enumerates_its_elements_in_order()
    {
        var config = new LanguageConfig(["en", "fr", "de"]);

        Assert.Equal(3, config.Languages.Count);
        Assert.Equal("fr", config.Languages[1]);
        Assert.Equal(["en", "fr", "de"], config.Languages.ToArray());
        Assert.Equal(["en", "fr", "de"], ((System.Collections.IEnumerable)config.Languages).Cast<string>().ToArray());
    }

    [Fact]
    public void Status_match_runs_the_function_for_its_case()
    {
        static string Name(JobStatus status) =>
            status.Match(queued: () => "q", processing: () => "p", done: () => "d", error: () => "e", unknown: text => "?" + text);

        Assert.Equal(["q", "p", "d", "e", "?archived"], [.. new[] { JobStatus.Queued, JobStatus.Processing, JobStatus.Done, JobStatus.Error, new JobStatus("archived") }.Select(Name)]);
    }

    [Fact]
    public void Instants_are_written_in_utc_with_milliseconds_and_Z()
    {
        var job = new Job("id", "G-id", 2, JobStatus.Done, new DateTimeOffset(2026, 9, 10, 12, 38, 12, 431, TimeSpan.FromHours(2)));

        var json = JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job);

        Assert.Contains("\"created_at\":\"2026-09-10T10:38:12.431Z\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_json_element_in_an_option_is_written_as_null()
    {
        var job = new Job("id", "G-id", 2, JobStatus.Done, DateTimeOffset.UnixEpoch, PostSessionMetadata: default(JsonElement));

        var json = JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job);

        Assert.Contains("\"post_session_metadata\":null", json, StringComparison.Ordinal);
    }
}
