namespace PreRecordedFx.Tests;

public class ModelFactoryTests
{
    [Fact]
    public void A_default_job_is_queued_with_a_derived_request_id()
    {
        var job = PreRecordedModelFactory.Job();

        Assert.Equal((PreRecordedModelFactory.DefaultJobId, "G-3f2b9a4e", JobStatus.Queued), (job.Id, job.RequestId, job.Status));
        Assert.True(job.CompletedAt.IsNone);
        Assert.True(job.ErrorCode.IsNone);
    }

    [Fact]
    public void An_error_job_is_completed_with_an_error_code()
    {
        var job = PreRecordedModelFactory.Job("e1", JobStatus.Error, customMetadata: new Dictionary<string, string> { ["user"] = "ann" });

        Assert.Equal(500, job.ErrorCode);
        Assert.Equal(PreRecordedModelFactory.DefaultCreatedAt.AddMinutes(1), job.CompletedAt);
        Assert.Equal("ann", job.CustomMetadata.Map(m => m["user"].GetString()).IfNone(""));
    }

    [Fact]
    public void A_done_job_carries_its_transcript_and_words()
    {
        var job = PreRecordedModelFactory.DoneJob(transcript: "one two three");

        var transcription = job.Result.Bind(r => r.Transcription).IfNone(() => throw new InvalidOperationException());
        Assert.Equal("one two three", transcription.FullTranscript);
        Assert.Equal(["one", "two", "three"], transcription.Utterances.Single().Words.Select(w => w.Text));
        Assert.Equal(JobStatus.Done, job.Status);
    }

    [Fact]
    public void A_page_and_a_download_are_built_for_tests()
    {
        var page = PreRecordedModelFactory.JobPage([PreRecordedModelFactory.Job()], next: new Uri("https://api.gladia.io/v2/pre-recorded?offset=1&limit=1"));
        using var audio = PreRecordedModelFactory.AudioDownload([1, 2, 3], fileName: "a.wav");

        Assert.Equal("https://api.gladia.io/v2/pre-recorded?offset=0&limit=1", page.Current.AbsoluteUri);
        Assert.True(page.Next.IsSome);
        Assert.Equal((3L, "a.wav"), (audio.Info.ContentLength.IfNone(0), audio.Info.FileName.IfNone("")));
    }
}
