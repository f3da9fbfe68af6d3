using System.Text.Json;
using LanguageExt;

namespace PreRecordedFx.Tests;

/// <summary>
/// The converters that make optional fields <c>Option</c> and lists null-free, read through fresh options so each
/// test sees the converters' own answers rather than what the shared context cached.
/// </summary>
public sealed class JsonConverterTests
{
    private static JsonSerializerOptions Fresh() => new(GladiaJsonContext.Default.Options);

    [Fact]
    public void Option_factory_handles_Option_types_only()
    {
        var factory = new OptionJsonConverterFactory();

        Assert.True(factory.CanConvert(typeof(Option<int>)));
        Assert.True(factory.CanConvert(typeof(Option<JobFile>)));
        Assert.False(factory.CanConvert(typeof(int)));
        Assert.False(factory.CanConvert(typeof(IReadOnlyList<int>)));
    }

    [Fact]
    public void JSON_null_reads_as_None()
    {
        Assert.Equal(Option<int>.None, JsonSerializer.Deserialize<Option<int>>("null", Fresh()));
    }

    [Fact]
    public void JSON_value_reads_as_Some()
    {
        Assert.Equal(Option<string>.Some("x"), JsonSerializer.Deserialize<Option<string>>("\"x\"", Fresh()));
    }

    [Fact]
    public void None_writes_null_and_Some_writes_its_value()
    {
        Assert.Equal("null", JsonSerializer.Serialize(Option<int>.None, Fresh()));
        Assert.Equal("7", JsonSerializer.Serialize(Option<int>.Some(7), Fresh()));
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
    public void Optional_instants_are_read_straight_from_the_reader(string json)
    {
        var expected = new DateTimeOffset(2026, 9, 10, 10, 38, 12, 431, TimeSpan.Zero);

        Assert.Equal(Option<DateTimeOffset>.Some(expected), JsonSerializer.Deserialize<Option<DateTimeOffset>>(json, Fresh()));
    }

    [Fact]
    public void Optional_raw_JSON_keeps_the_value_as_sent()
    {
        var value = JsonSerializer.Deserialize<Option<JsonElement>>("""{"a":[1,"x"]}""", Fresh());

        Assert.Equal("""{"a":[1,"x"]}""", value.Map(e => e.GetRawText()).IfNone(""));
    }

    [Theory]
    [InlineData("\"https://api.gladia.io/v2/pre-recorded?offset=20\"", true)]
    [InlineData("\"/v2/pre-recorded?offset=20\"", false)]
    public void Optional_links_read_absolute_and_relative(string json, bool absolute)
    {
        var link = JsonSerializer.Deserialize<Option<Uri>>(json, Fresh());

        Assert.Equal(absolute, link.Map(uri => uri.IsAbsoluteUri).IfNone(!absolute));
        Assert.True(link.IsSome);
    }

    [Fact]
    public void An_optional_link_that_is_not_a_URI_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Option<Uri>>("\"http://[::1\"", Fresh()));
    }

    [Fact]
    public void An_optional_object_is_not_read_by_the_converter_but_through_a_wire_property()
    {
        var converter = new OptionJsonConverter<JobFile>();

        var error = Assert.Throws<NotSupportedException>(() =>
        {
            var reader = new Utf8JsonReader("""{"id":"f"}"""u8);
            reader.Read();
            return converter.Read(ref reader, typeof(Option<JobFile>), Fresh());
        });

        Assert.Contains("WireOption", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("completed_at", "5")]
    [InlineData("completed_at", "true")]
    [InlineData("error_code", "\"500\"")]
    [InlineData("error_code", "false")]
    public void An_optional_value_of_the_wrong_json_type_names_the_type_and_the_path(string field, string value)
    {
        var json = $$"""{"id":"j","request_id":"G-j","version":2,"status":"error","created_at":"2026-09-10T10:38:12.431Z","{{field}}":{{value}}}""";

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, GladiaJsonContext.Default.Job));

        Assert.Contains("could not be converted to LanguageExt.Option", error.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $." + field, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"http://[::1\"")]
    public void A_next_link_that_is_not_a_URI_string_names_the_path(string next)
    {
        var json = $$"""{"first":"https://a/v2/pre-recorded","current":"https://a/v2/pre-recorded","next":{{next}},"items":[]}""";

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, GladiaJsonContext.Default.JobPage));

        Assert.Contains("Path: $.next", error.Message, StringComparison.Ordinal);
    }
}
