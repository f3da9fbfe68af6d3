using System.Text;
using LanguageExt;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>The head of a file download says what audio is coming; its body is never read here.</summary>
public sealed class FileHeadTests
{
    private static AudioFileInfo Head(params (string Name, string Value)[] headers) =>
        Right(Responses.ParseFileHead(Exchange(200, [], headers)));

    [Fact]
    public void Audio_head_gives_content_type_length_and_file_name()
    {
        var info = Head(("Content-Type", "audio/wav"), ("Content-Length", "1048576"), ("Content-Disposition", "attachment; filename=\"meeting.wav\""));

        Assert.Equal(new AudioFileInfo("audio/wav", 1048576L, "meeting.wav"), info);
    }

    [Fact]
    public void Head_without_headers_is_octet_stream_of_unknown_length_and_name()
    {
        Assert.Equal(new AudioFileInfo("application/octet-stream", Option<long>.None, Option<string>.None), Head());
    }

    [Theory]
    [InlineData("text/html; charset=utf-8")]
    [InlineData("TEXT/HTML")]
    [InlineData("text/plain")]
    [InlineData("application/xhtml+xml")]
    [InlineData("application/json")]
    [InlineData("application/problem+json")]
    public void A_text_html_or_json_body_is_not_audio(string contentType)
    {
        var error = Left(Responses.ParseFileHead(Exchange(200, [], ("Content-Type", contentType))));

        var malformed = Assert.IsType<PreRecordedError.MalformedResponse>(error);
        Assert.Equal($"expected audio, got content type '{contentType}'", malformed.Reason);
    }

    [Theory]
    [InlineData("audio/mpeg")]
    [InlineData("video/mp4")]
    [InlineData("application/octet-stream")]
    [InlineData("application/ogg")]
    public void Audio_video_and_binary_types_are_audio(string contentType)
    {
        Assert.Equal(contentType, Head(("Content-Type", contentType)).ContentType);
    }

    [Fact]
    public void Unquoted_file_name_is_read()
    {
        Assert.Equal("talk.mp3", Some(Head(("Content-Disposition", "attachment; filename=talk.mp3")).FileName));
    }

    [Fact]
    public void Extended_file_name_is_percent_decoded_as_UTF8()
    {
        var info = Head(("Content-Disposition", "attachment; filename*=UTF-8''r%C3%A9union%20d%27%C3%A9quipe.wav"));

        Assert.Equal("réunion d'équipe.wav", Some(info.FileName));
    }

    [Fact]
    public void Extended_file_name_wins_over_the_plain_one_whichever_comes_first()
    {
        var info = Head(("Content-Disposition", "attachment; filename=\"fallback.wav\"; filename*=UTF-8''na%C3%AFve.wav"));

        Assert.Equal("naïve.wav", Some(info.FileName));
    }

    [Fact]
    public void Extended_file_name_without_charset_is_decoded_as_is()
    {
        Assert.Equal("a b.wav", Some(Head(("Content-Disposition", "attachment; filename*=a%20b.wav")).FileName));
    }

    [Fact]
    public void Parameter_names_are_matched_without_regard_to_case()
    {
        Assert.Equal("x.wav", Some(Head(("Content-Disposition", "attachment; FileName=\"x.wav\"")).FileName));
    }

    [Fact]
    public void Disposition_without_a_file_name_gives_none()
    {
        Assert.True(Head(("Content-Disposition", "attachment")).FileName.IsNone);
    }

    [Fact]
    public void Empty_quoted_file_name_gives_none()
    {
        Assert.True(Head(("Content-Disposition", "attachment; filename=\"\"")).FileName.IsNone);
    }

    [Fact]
    public void Other_parameters_with_values_are_skipped()
    {
        var info = Head(("Content-Disposition", "attachment; size=42; filename=\"clip.ogg\"; creation-date=\"x\""));

        Assert.Equal("clip.ogg", Some(info.FileName));
    }

    [Fact]
    public void Content_length_that_is_not_a_plain_number_gives_none()
    {
        Assert.True(Head(("Content-Length", "-5")).ContentLength.IsNone);
        Assert.True(Head(("Content-Length", "12 bytes")).ContentLength.IsNone);
    }

    [Fact]
    public void Octet_stream_is_accepted_as_audio()
    {
        Assert.Equal("application/octet-stream", Head(("Content-Type", "application/octet-stream")).ContentType);
    }

    [Fact]
    public void JSON_content_type_on_a_200_is_malformed()
    {
        var exchange = Exchange(200, Encoding.UTF8.GetBytes("{\"message\":\"oops\"}"), ("Content-Type", "application/json; charset=utf-8"));

        var error = LeftOf<PreRecordedError.MalformedResponse, AudioFileInfo>(Responses.ParseFileHead(exchange));

        Assert.Equal("expected audio, got content type 'application/json; charset=utf-8'", error.Reason);
        Assert.Equal("{\"message\":\"oops\"}", error.Excerpt);
    }

    [Fact]
    public void Vendor_JSON_content_type_on_a_200_is_malformed()
    {
        Assert.IsType<PreRecordedError.MalformedResponse>(Left(Responses.ParseFileHead(Exchange(200, [], ("Content-Type", "application/vnd.api+json")))));
    }

    [Fact]
    public void File_404_is_NotFound_from_the_error_body()
    {
        var error = LeftOf<PreRecordedError.NotFound, AudioFileInfo>(Responses.ParseFileHead(FixtureExchange(404, "error-404.json")));

        Assert.Equal("G-821fe9df", Some(error.Detail.RequestId));
    }

    [Fact]
    public void File_401_is_Unauthorized()
    {
        Assert.IsType<PreRecordedError.Unauthorized>(Left(Responses.ParseFileHead(FixtureExchange(401, "error-401.json"))));
    }

    [Fact]
    public void File_403_is_a_ServiceError_not_NotDeletable()
    {
        Assert.IsType<PreRecordedError.ServiceError>(Left(Responses.ParseFileHead(FixtureExchange(403, "error-403.json"))));
    }

    [Theory]
    [InlineData("attachment; filename=\"a;b.wav\"", "a;b.wav")]
    [InlineData("attachment; filename=\"say \\\"hi\\\".wav\"; size=3", "say \"hi\".wav")]
    [InlineData("attachment; filename=\"x=1;y.wav\"", "x=1;y.wav")]
    [InlineData("attachment;filename=plain.wav;size=3", "plain.wav")]
    [InlineData("attachment; filename=\"unterminated.wav", "unterminated.wav")]
    public void A_quoted_file_name_is_read_to_its_closing_quote(string header, string expected)
    {
        Assert.Equal(expected, Some(Head(("Content-Disposition", header)).FileName));
    }

    [Theory]
    [InlineData("attachment; filename=")]
    [InlineData("attachment; filename")]
    [InlineData(";;;")]
    [InlineData("=")]
    public void A_header_without_a_file_name_value_has_none(string header)
    {
        Assert.True(Head(("Content-Disposition", header)).FileName.IsNone);
    }
}
