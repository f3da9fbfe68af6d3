using System.Text.Json;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>Words are read by hand for speed; they must still follow the contract exactly.</summary>
public class WordConverterTests
{
    [Fact]
    public void A_word_reads_its_four_fields_and_skips_unknown_ones()
    {
        var word = Read("""{"extra":{"nested":[1,2]},"word":" hi","start":1.5,"end":2.25,"confidence":0.5,"more":true}""");

        Assert.Equal(new Word(" hi", 1.5, 2.25, 0.5), word);
    }

    [Theory]
    [InlineData("""{"start":1,"end":2,"confidence":1}""", "a word needs word, start, end and confidence")]
    [InlineData("""{"word":"a","end":2,"confidence":1}""", "a word needs word, start, end and confidence")]
    [InlineData("""{"word":"a","start":1,"confidence":1}""", "a word needs word, start, end and confidence")]
    [InlineData("""{"word":"a","start":1,"end":2}""", "a word needs word, start, end and confidence")]
    [InlineData("""{"word":1,"start":1,"end":2,"confidence":1}""", "word.word must be a string")]
    [InlineData("""{"word":null,"start":1,"end":2,"confidence":1}""", "word.word must be a string")]
    [InlineData("""{"word":"a","start":"1","end":2,"confidence":1}""", "word times and confidence must be numbers")]
    [InlineData("""{"word":"a","start":1,"end":null,"confidence":1}""", "word times and confidence must be numbers")]
    [InlineData("""["a",1,2,1]""", "a word must be an object, got StartArray")]
    public void A_word_missing_a_field_or_with_a_wrong_type_is_refused_saying_why(string json, string reason) =>
        Assert.StartsWith(reason, Assert.Throws<JsonException>(() => Read(json)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_word_is_written_with_the_wire_names()
    {
        var json = JsonSerializer.Serialize(new Word("hi", 1.5, 2, 0.75), GladiaJsonContext.Default.Options);

        Assert.Equal("""{"word":"hi","start":1.5,"end":2,"confidence":0.75}""", json);
    }

    [Fact]
    public void A_null_word_in_an_utterance_makes_the_job_malformed()
    {
        var json = Fixture("job-done.json").Replace("\"words\": [", "\"words\": [null, ", StringComparison.Ordinal);

        Assert.IsType<PreRecordedError.MalformedResponse>(Left(Responses.ParseJob(Json(200, json))));
    }

    private static Word? Read(string json) => JsonSerializer.Deserialize<Word>(json, GladiaJsonContext.Default.Options);
}
