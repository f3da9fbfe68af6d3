using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>An optional field of the wrong JSON type is a malformed answer that says which value it could not read.</summary>
public class OptionalScalarTests
{
    [Theory]
    [InlineData("\"filename\": \"meeting.wav\"", "\"filename\": 42", "$.file.filename")]
    [InlineData("\"audio_duration\": 12.5", "\"audio_duration\": \"12.5\"", "$.file.audio_duration")]
    [InlineData("\"number_of_channels\": 2", "\"number_of_channels\": \"2\"", "$.file.number_of_channels")]
    [InlineData("\"diarization\": true", "\"diarization\": \"yes\"", "$.request_params.diarization")]
    [InlineData("\"completed_at\": \"2026-09-10T10:38:40.102Z\"", "\"completed_at\": 5", "$.completed_at")]
    [InlineData("\"completed_at\": \"2026-09-10T10:38:40.102Z\"", "\"completed_at\": true", "$.completed_at")]
    [InlineData("\"error_code\": null", "\"error_code\": \"500\"", "$.error_code")]
    [InlineData("\"error_code\": null", "\"error_code\": false", "$.error_code")]
    public void An_optional_scalar_of_the_wrong_type_is_malformed_and_named_by_the_serializer(string field, string wrongType, string path)
    {
        var json = Fixture("job-done.json");
        Assert.Contains(field, json, StringComparison.Ordinal);

        var error = LeftOf<PreRecordedError.MalformedResponse, Job>(Responses.ParseJob(Json(200, json.Replace(field, wrongType, StringComparison.Ordinal))));

        Assert.Contains("could not be converted", error.Reason, StringComparison.Ordinal);
        Assert.Contains("Path: " + path + " ", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_scalars_of_the_right_type_are_read()
    {
        var file = Some(Right(Responses.ParseJob(FixtureExchange(200, "job-done.json"))).File);

        Assert.Equal("meeting.wav", Some(file.Filename));
        Assert.Equal(12.5, Some(file.AudioDuration));
        Assert.Equal(2, Some(file.NumberOfChannels));
    }
}
