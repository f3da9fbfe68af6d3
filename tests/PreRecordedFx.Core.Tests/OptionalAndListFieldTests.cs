using System.Text.Json;
using LanguageExt;

namespace PreRecordedFx.Tests;

/// <summary>
/// How optional fields become <c>Option</c>s and lists stay null-free, read through fresh options so each test sees
/// the serializer's own answers rather than what the shared context cached.
/// </summary>
public sealed class OptionalAndListFieldTests
{
    private static JsonSerializerOptions Fresh() => new(GladiaJsonContext.Default.Options);

    [Fact]
    public void JSON_null_and_a_missing_member_read_as_None()
    {
        var file = JsonSerializer.Deserialize<JobFile>("""{"id":"f","filename":null,"audio_duration":null}""", Fresh())!;

        Assert.Equal(Option<string>.None, file.Filename);
        Assert.Equal(Option<double>.None, file.AudioDuration);
        Assert.Equal(Option<int>.None, file.NumberOfChannels);
        Assert.Equal(Option<string>.None, file.Source);
    }

    [Fact]
    public void JSON_values_read_as_Some()
    {
        var file = JsonSerializer.Deserialize<JobFile>("""{"id":"f","filename":"a.wav","source":"s","audio_duration":1.5,"number_of_channels":2}""", Fresh())!;

        Assert.Equal(new JobFile("f", "a.wav", "s", 1.5, 2), file);
    }

    [Fact]
    public void None_writes_null_and_Some_writes_its_value()
    {
        var json = JsonSerializer.Serialize(new JobFile("f", Filename: "a.wav", NumberOfChannels: 2), Fresh());

        Assert.Equal("""{"id":"f","filename":"a.wav","source":null,"audio_duration":null,"number_of_channels":2}""", json);
    }

    [Fact]
    public void Raw_JSON_that_holds_no_value_is_written_as_null()
    {
        var result = new AddOnResult(true, false, 0.5, Results: Option<JsonElement>.Some(default));

        Assert.Equal(Option<JsonElement>.None, result.Results);
        Assert.Contains("\"results\":null", JsonSerializer.Serialize(result, Fresh()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"full_transcript":"","languages":["en",null],"utterances":[]}""")]
    [InlineData("""{"full_transcript":"","languages":[],"utterances":[null]}""")]
    [InlineData("""{"full_transcript":"","languages":[],"utterances":[],"subtitles":[null]}""")]
    public void A_model_list_with_a_null_element_is_refused(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Transcription>(json, Fresh()));

        Assert.Contains("a list must not hold null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_list_is_taken_over_and_compares_by_content()
    {
        var read = new List<string> { "b", "a" };

        var adopted = ValueList<string>.Adopt(read);

        Assert.Equal(["b", "a"], adopted);
        Assert.Equal(ValueList<string>.From(["b", "a"]), adopted);
        Assert.Same(ValueList<string>.Empty, ValueList<string>.Adopt(null));
        Assert.Same(adopted, ValueList<string>.Adopt(adopted));
    }

    [Fact]
    public void A_model_list_reads_and_writes_its_elements_in_order()
    {
        var transcription = JsonSerializer.Deserialize<Transcription>("""{"full_transcript":"","languages":["b","a"],"utterances":[]}""", Fresh())!;

        Assert.Equal(["b", "a"], transcription.Languages);
        Assert.Contains("\"languages\":[\"b\",\"a\"]", JsonSerializer.Serialize(transcription, Fresh()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2026-09-10T10:38:12.431Z\"")]
    [InlineData("\"2026-09-10T12:38:12.431+02:00\"")]
    public void Optional_instants_read_any_ISO_8601_offset(string json)
    {
        var expected = new DateTimeOffset(2026, 9, 10, 10, 38, 12, 431, TimeSpan.Zero);

        Assert.Equal(Option<DateTimeOffset>.Some(expected), JsonSerializer.Deserialize(JobWith("completed_at", json), GladiaJsonContext.Default.Job)!.CompletedAt);
    }

    [Fact]
    public void Optional_raw_JSON_keeps_the_value_as_sent()
    {
        var job = JsonSerializer.Deserialize(JobWith("post_session_metadata", """{"a":[1,"x"]}"""), GladiaJsonContext.Default.Job)!;

        Assert.Equal("""{"a":[1,"x"]}""", job.PostSessionMetadata.Map(e => e.GetRawText()).IfNone(""));
    }

    [Theory]
    [InlineData("\"https://api.gladia.io/v2/pre-recorded?offset=20\"", true)]
    [InlineData("\"/v2/pre-recorded?offset=20\"", false)]
    public void Optional_links_read_absolute_and_relative(string json, bool absolute)
    {
        var link = JsonSerializer.Deserialize(PageWith(json), GladiaJsonContext.Default.JobPage)!.Next;

        Assert.Equal(absolute, link.Map(uri => uri.IsAbsoluteUri).IfNone(!absolute));
        Assert.True(link.IsSome);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"http://[::1\"")]
    public void A_next_link_that_is_not_a_URI_string_names_the_path(string next)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(PageWith(next), GladiaJsonContext.Default.JobPage));

        Assert.Contains("Path: $.next", error.Message, StringComparison.Ordinal);
    }

    private static string JobWith(string field, string value) =>
        $$"""{"id":"j","request_id":"G-j","version":2,"status":"error","created_at":"2026-09-10T10:38:12.431Z","{{field}}":{{value}}}""";

    private static string PageWith(string next) =>
        $$"""{"first":"https://a/v2/pre-recorded","current":"https://a/v2/pre-recorded","next":{{next}},"items":[]}""";
}
