using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>The live collection's requests: the same validation of ids and queries, on <c>/v2/live</c>.</summary>
public sealed class LiveRequestTests
{
    private const string Id = "7c1e4b2a-0d3f-4e5a-8b9c-1d2e3f4a5b6c";
    private static readonly Uri Gladia = new("https://api.gladia.io");

    [Fact]
    public void Get_file_and_delete_go_to_the_live_collection()
    {
        Assert.Equal((RequestMethod.Get, "/v2/live/" + Id), Describe(Requests.GetJob(Id, JobKind.Live)));
        Assert.Equal((RequestMethod.Get, "/v2/live/" + Id + "/file"), Describe(Requests.GetFile(Id, JobKind.Live)));
        Assert.Equal((RequestMethod.Delete, "/v2/live/" + Id), Describe(Requests.DeleteJob(Id, JobKind.Live)));
        Assert.Equal((RequestMethod.Get, "/v2/pre-recorded/" + Id), Describe(Requests.GetJob(Id, JobKind.PreRecorded)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../pre-recorded")]
    [InlineData("not a uuid")]
    public void A_bad_session_id_is_refused_as_a_job_id_is(string id)
    {
        Assert.Equal(Left(Requests.GetJob(id)), Left(Requests.GetJob(id, JobKind.Live)));
        Assert.Equal(Left(Requests.DeleteJob(id)), Left(Requests.DeleteJob(id, JobKind.Live)));
        Assert.Equal(Left(Requests.GetFile(id)), Left(Requests.GetFile(id, JobKind.Live)));
    }

    [Fact]
    public void A_live_list_takes_the_same_filters_and_a_bad_query_is_refused_alike()
    {
        var query = JobQuery.Default.WithStatus(JobStatus.Done).WithCustomMetadata("userId", "u-42");

        var live = Right(Requests.ListJobs(query, JobKind.Live));

        Assert.Equal("/v2/live", live.Path);
        Assert.Equal(Right(Requests.ListJobs(query)).Query, live.Query);
        var bad = JobQuery.Default with { Limit = 0 };
        Assert.Equal(Left(Requests.ListJobs(bad)), Left(Requests.ListJobs(bad, JobKind.Live)));
    }

    [Fact]
    public void A_live_next_link_is_followed_on_the_live_list_only()
    {
        var request = Right(Requests.FromNextLink(new Uri("https://api.gladia.io/v2/live?offset=20&limit=20"), Gladia, JobKind.Live));

        Assert.Equal("/v2/live", request.Path);
        Assert.Equal([new("offset", "20"), new QueryParameter("limit", "20")], request.Query);
        Assert.IsType<PreRecordedError.InvalidArgument>(Left(Requests.FromNextLink(new Uri("https://api.gladia.io/v2/live?offset=20"), Gladia)));
        Assert.IsType<PreRecordedError.InvalidArgument>(Left(Requests.FromNextLink(new Uri("https://api.gladia.io/v2/pre-recorded?offset=20"), Gladia, JobKind.Live)));
    }

    [Fact]
    public void The_collection_paths_are_the_documented_ones_and_an_undefined_kind_is_refused()
    {
        Assert.Equal("/v2/pre-recorded", Requests.CollectionPath(JobKind.PreRecorded));
        Assert.Equal("/v2/live", Requests.CollectionPath(JobKind.Live));
        Assert.Throws<ArgumentOutOfRangeException>(() => Requests.CollectionPath((JobKind)2));
    }

    private static (RequestMethod, string) Describe(LanguageExt.Either<PreRecordedError, ApiRequest> request) =>
        (Right(request).Method, Right(request).Path);
}
