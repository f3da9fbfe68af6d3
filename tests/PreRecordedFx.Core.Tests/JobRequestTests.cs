using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>Get, file and delete put a checked id into the path; an id that could reach another endpoint is refused.</summary>
public sealed class JobRequestTests
{
    private const string Id = "45463597-20b7-4af7-b3b3-f5fb778203ab";

    [Fact]
    public void Get_job_is_a_GET_of_the_job_path_with_no_query()
    {
        var request = Right(Requests.GetJob(Id));

        Assert.Equal(RequestMethod.Get, request.Method);
        Assert.Equal("/v2/pre-recorded/" + Id, request.Path);
        Assert.Empty(request.Query);
        Assert.Equal("/v2/pre-recorded/" + Id, request.PathAndQuery);
    }

    [Fact]
    public void Get_file_is_a_GET_of_the_job_file_path()
    {
        var request = Right(Requests.GetFile(Id));

        Assert.Equal(RequestMethod.Get, request.Method);
        Assert.Equal("/v2/pre-recorded/" + Id + "/file", request.Path);
        Assert.Empty(request.Query);
    }

    [Fact]
    public void Delete_job_is_a_DELETE_of_the_job_path()
    {
        var request = Right(Requests.DeleteJob(Id));

        Assert.Equal(RequestMethod.Delete, request.Method);
        Assert.Equal("/v2/pre-recorded/" + Id, request.Path);
        Assert.Empty(request.Query);
    }

    [Fact]
    public void Request_URL_goes_under_the_base_URL()
    {
        Assert.Equal(new Uri("https://api.gladia.io/v2/pre-recorded/" + Id), Right(Requests.GetJob(Id)).ToUri(new Uri("https://api.gladia.io")));
    }

    [Fact]
    public void Request_URL_keeps_a_base_path_prefix_with_or_without_trailing_slash()
    {
        var request = Right(Requests.GetJob(Id));

        Assert.Equal(new Uri("http://localhost:5080/gladia/v2/pre-recorded/" + Id), request.ToUri(new Uri("http://localhost:5080/gladia/")));
        Assert.Equal(new Uri("http://localhost:5080/gladia/v2/pre-recorded/" + Id), request.ToUri(new Uri("http://localhost:5080/gladia")));
    }

    [Fact]
    public void Id_with_unicode_letters_is_accepted_and_percent_encoded_in_the_path()
    {
        Assert.Equal("/v2/pre-recorded/caf%C3%A9%F0%9F%98%80", Right(Requests.GetJob("café😀")).Path);
    }

    [Fact]
    public void Id_of_exactly_128_characters_is_accepted()
    {
        var id = new string('a', JobIds.MaxLength);

        Assert.Equal(id, Right(JobIds.Validate(id)));
    }

    [Fact]
    public void Id_with_single_dots_inside_is_accepted()
    {
        Assert.Equal("/v2/pre-recorded/a.b.c", Right(Requests.GetJob("a.b.c")).Path);
    }

    [Theory]
    [InlineData(null, "must not be empty or blank")]
    [InlineData("", "must not be empty or blank")]
    [InlineData("   ", "must not be empty or blank")]
    [InlineData("\t\n", "must not be empty or blank")]
    [InlineData("a/b", "must not contain '/', '\\', '?', '#' or '%'")]
    [InlineData("/etc", "must not contain '/', '\\', '?', '#' or '%'")]
    [InlineData("a\\b", "must not contain '/', '\\', '?', '#' or '%'")]
    [InlineData("a?b=1", "must not contain '/', '\\', '?', '#' or '%'")]
    [InlineData("a#frag", "must not contain '/', '\\', '?', '#' or '%'")]
    [InlineData("a%2Fb", "must not contain '/', '\\', '?', '#' or '%'")]
    [InlineData("..", "must not be '.' or contain '..'")]
    [InlineData(".", "must not be '.' or contain '..'")]
    [InlineData("a..b", "must not be '.' or contain '..'")]
    [InlineData("a b", "must not contain whitespace or control characters")]
    [InlineData("ab\u00A0", "must not contain whitespace or control characters")]
    [InlineData("a\u2028b", "must not contain whitespace or control characters")]
    [InlineData("a\u0000b", "must not contain whitespace or control characters")]
    [InlineData("a\u007Fb", "must not contain whitespace or control characters")]
    [InlineData("a\u0085b", "must not contain whitespace or control characters")]
    public void Hostile_id_is_refused_naming_jobId_and_why(string? id, string reason)
    {
        var error = LeftOf<PreRecordedError.InvalidArgument, string>(JobIds.Validate(id));

        Assert.Equal(new PreRecordedError.InvalidArgument("jobId", reason), error);
        Assert.Equal($"Invalid jobId: {reason}", error.Message);
        Assert.Equal(400, error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void Id_with_a_lone_surrogate_is_refused_as_invalid_Unicode()
    {
        // Built here, not in [InlineData]: the test runner's serialisation would turn lone surrogates into U+FFFD.
        string[] ids = ["a\uD800b", "a\uD800", "a\uDC00b", "\uDC00\uD800", "\uD83D\uD83D\uDE00"];

        Assert.All(ids, id => Assert.Equal(new PreRecordedError.InvalidArgument("jobId", "must be valid Unicode text"), Left(JobIds.Validate(id))));
    }

    [Fact]
    public void Id_longer_than_128_characters_is_refused_with_its_length()
    {
        var error = Left(JobIds.Validate(new string('a', JobIds.MaxLength + 1)));

        Assert.Equal(new PreRecordedError.InvalidArgument("jobId", "must be at most 128 characters, was 129"), error);
    }

    [Fact]
    public void Every_builder_refuses_a_bad_id_before_building()
    {
        Assert.IsType<PreRecordedError.InvalidArgument>(Left(Requests.GetJob("../v1")));
        Assert.IsType<PreRecordedError.InvalidArgument>(Left(Requests.GetFile("../v1")));
        Assert.IsType<PreRecordedError.InvalidArgument>(Left(Requests.DeleteJob("../v1")));
    }
}
