namespace PreRecordedFx.Tests;

/// <summary>What the model factory hands to a user's tests: timings, defaults, links and guards.</summary>
public class ModelFactoryDefaultsTests
{
    [Fact]
    public void A_done_job_spreads_its_words_evenly_over_the_audio()
    {
        var job = PreRecordedModelFactory.DoneJob(transcript: "one two three four", language: "fr", audioDuration: 8);

        var result = job.Result.IfNone(() => throw new InvalidOperationException("no result"));
        var transcription = result.Transcription.IfNone(() => throw new InvalidOperationException("no transcription"));
        var utterance = Assert.Single(transcription.Utterances);
        Assert.Equal(
            [(0d, 2d), (2d, 4d), (4d, 6d), (6d, 8d)],
            utterance.Words.Select(w => (w.Start, w.End)));
        Assert.Equal((0d, 8d, "fr"), (utterance.Start, utterance.End, utterance.Language));
        Assert.Equal(["fr"], transcription.Languages);
        Assert.Equal((8d, 1, 8d, 0.8), (result.Metadata.AudioDuration, result.Metadata.NumberOfDistinctChannels, result.Metadata.BillingTime, result.Metadata.TranscriptionTime));
    }

    [Fact]
    public void A_done_job_with_an_empty_transcript_has_no_words()
    {
        var job = PreRecordedModelFactory.DoneJob(transcript: "", audioDuration: 5);

        var utterance = job.Result.Bind(r => r.Transcription).Map(t => t.Utterances.Single()).IfNone(() => throw new InvalidOperationException());
        Assert.Empty(utterance.Words);
        Assert.Equal(5d, utterance.End);
    }

    [Fact]
    public void A_done_job_is_completed_a_minute_after_the_default_creation_time()
    {
        var job = PreRecordedModelFactory.DoneJob(id: "abc-123");

        Assert.Equal(("abc-123", "G-abc123", 2), (job.Id, job.RequestId, job.Version));
        Assert.Equal(PreRecordedModelFactory.DefaultCreatedAt, job.CreatedAt);
        Assert.Equal(PreRecordedModelFactory.DefaultCreatedAt.AddMinutes(1), job.CompletedAt);
        Assert.True(job.ErrorCode.IsNone);
    }

    [Fact]
    public void A_job_keeps_the_given_creation_time_and_error_code()
    {
        var created = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var job = PreRecordedModelFactory.Job(status: JobStatus.Error, createdAt: created, errorCode: 422);

        Assert.Equal(created, job.CreatedAt);
        Assert.Equal(created.AddMinutes(1), job.CompletedAt);
        Assert.Equal(422, job.ErrorCode);
        Assert.True(job.CustomMetadata.IsNone);
        Assert.True(job.Result.IsNone);
    }

    [Fact]
    public void A_job_names_its_file_after_its_id()
    {
        var file = PreRecordedModelFactory.Job("j-9").File.IfNone(() => throw new InvalidOperationException("no file"));

        Assert.Equal("file-j-9", file.Id);
        Assert.Equal("audio.wav", file.Filename);
        Assert.Equal("https://example.com/audio.wav", file.Source);
        Assert.Equal(12.5, file.AudioDuration);
        Assert.Equal(1, file.NumberOfChannels);
    }

    [Fact]
    public void A_page_limit_is_the_item_count_but_at_least_one()
    {
        var jobs = new[] { PreRecordedModelFactory.Job("a"), PreRecordedModelFactory.Job("b"), PreRecordedModelFactory.Job("c") };

        var full = PreRecordedModelFactory.JobPage(jobs);
        var empty = PreRecordedModelFactory.JobPage([]);

        Assert.Equal("https://api.gladia.io/v2/pre-recorded?offset=0&limit=3", full.First.AbsoluteUri);
        Assert.Equal(full.First, full.Current);
        Assert.Equal(["a", "b", "c"], full.Items.Select(j => j.Id));
        Assert.True(full.Next.IsNone);
        Assert.Equal("https://api.gladia.io/v2/pre-recorded?offset=0&limit=1", empty.Current.AbsoluteUri);
        Assert.Empty(empty.Items);
    }

    [Fact]
    public void A_page_uses_the_origin_of_a_given_base_url_and_keeps_the_next_link()
    {
        var next = new Uri("http://localhost:5089/v2/pre-recorded?offset=1&limit=1");

        var page = PreRecordedModelFactory.JobPage([PreRecordedModelFactory.Job()], next, new Uri("http://localhost:5089/ignored/path"));

        Assert.Equal("http://localhost:5089/v2/pre-recorded?offset=0&limit=1", page.First.AbsoluteUri);
        Assert.Equal(next, page.Next);
    }

    [Fact]
    public async Task A_download_serves_the_bytes_with_their_type_and_no_name_by_default()
    {
        await using var audio = PreRecordedModelFactory.AudioDownload([4, 5], contentType: "audio/mpeg");
        using var copy = new MemoryStream();

        await audio.Content.CopyToAsync(copy);

        Assert.Equal(new byte[] { 4, 5 }, copy.ToArray());
        Assert.Equal("audio/mpeg", audio.Info.ContentType);
        Assert.Equal(2L, audio.Info.ContentLength);
        Assert.True(audio.Info.FileName.IsNone);
        Assert.False(audio.Content.CanWrite);
    }

    [Fact]
    public void Null_arguments_are_rejected_with_their_names()
    {
        Assert.Equal("transcript", Assert.Throws<ArgumentNullException>(() => PreRecordedModelFactory.DoneJob(transcript: null!)).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => PreRecordedModelFactory.JobPage(null!)).ParamName);
        Assert.Equal("bytes", Assert.Throws<ArgumentNullException>(() => PreRecordedModelFactory.AudioDownload(null!)).ParamName);
    }
}
