using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>The captured pages parse to their links and their jobs.</summary>
public sealed class GoldenPageTests
{
    [Fact]
    public void Page_parses_its_three_links_and_both_jobs_in_order()
    {
        var page = Right(Responses.ParsePage(FixtureExchange(200, "page.json")));

        Assert.Equal(new Uri("https://api.gladia.io/v2/pre-recorded?offset=0&limit=2&status=done"), page.First);
        Assert.Equal(new Uri("https://api.gladia.io/v2/pre-recorded?offset=2&limit=2&status=done"), page.Current);
        Assert.Equal(new Uri("https://api.gladia.io/v2/pre-recorded?offset=4&limit=2&status=done"), Some(page.Next));
        Assert.Equal(["45463597-20b7-4af7-b3b3-f5fb778203ab", "8b0c2f4e-1d3a-4e5b-9c6d-7e8f9a0b1c2d"], page.Items.Select(j => j.Id));
        Assert.Equal([JobStatus.Done, JobStatus.Queued], page.Items.Select(j => j.Status));
    }

    [Fact]
    public void Page_items_are_full_jobs()
    {
        var page = Right(Responses.ParsePage(FixtureExchange(200, "page.json")));

        var done = page.Items[0];
        Assert.Equal("Hello there. General Kenobi.", Some(Some(done.Result).Transcription).FullTranscript);
        Assert.Equal("https://hooks.example.com/queued", Some(page.Items[1].RequestParams).Other["callback_url"].GetString());
    }

    [Fact]
    public void Last_page_has_no_next_link()
    {
        var page = Right(Responses.ParsePage(FixtureExchange(200, "page-last.json")));

        Assert.True(page.Next.IsNone);
        Assert.Equal(new Uri("https://api.gladia.io/v2/pre-recorded?offset=4&limit=2&status=done"), page.Current);
        var job = Assert.Single(page.Items);
        Assert.Equal(JobStatusKind.Error, job.Status.Kind);
    }

    [Fact]
    public void Page_with_no_jobs_parses_to_an_empty_list()
    {
        const string body = """{"first":"https://api.gladia.io/v2/pre-recorded?offset=0&limit=2","current":"https://api.gladia.io/v2/pre-recorded?offset=0&limit=2","next":null,"items":[]}""";

        var page = Right(Responses.ParsePage(Json(200, body)));

        Assert.Empty(page.Items);
    }
}
