using System.Globalization;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests;

/// <summary>Invariants every generated job keeps, checked over the whole default data set.</summary>
public sealed class DataConsistencyTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private static readonly DateTimeOffset Reference = new(2026, 9, 30, 0, 0, 0, TimeSpan.Zero);

    private Task<List<JsonElement>> All() => mock.Client.AllJobs();

    private static string Status(JsonElement job) => job.GetProperty("status").GetString()!;

    private static bool IsNull(JsonElement job, string field) => job.GetProperty(field).ValueKind == JsonValueKind.Null;

    [Fact]
    public async Task Ids_are_unique_version_4_uuids_and_request_ids_derive_from_them()
    {
        var all = await All();
        Assert.Equal(all.Count, all.Select(j => j.Id()).Distinct().Count());
        Assert.All(all, j =>
        {
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", j.Id());
            Assert.Equal("G-" + j.Id()[..8], j.GetProperty("request_id").GetString());
        });
    }

    [Fact]
    public async Task Statuses_are_mostly_done_with_some_of_every_other_kind()
    {
        var counts = (await All()).GroupBy(Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["done", "error", "processing", "queued"], counts.Keys.Order(StringComparer.Ordinal));
        Assert.True(counts["done"] > 200 * 0.6, $"done: {counts["done"]}");
    }

    [Fact]
    public async Task Jobs_are_created_in_the_ninety_days_before_the_reference_time()
    {
        var all = await All();
        Assert.All(all, j => Assert.InRange(j.CreatedAt(), Reference.AddDays(-90), Reference));
        Assert.True(all.Min(j => j.CreatedAt()) < Reference.AddDays(-60), "dates should spread over the period");
    }

    [Fact]
    public async Task Pending_jobs_have_no_completion_no_error_and_no_result()
    {
        var pending = (await All()).Where(j => Status(j) is "queued" or "processing").ToList();
        Assert.NotEmpty(pending);
        Assert.All(pending, j =>
        {
            Assert.True(IsNull(j, "completed_at"));
            Assert.True(IsNull(j, "error_code"));
            Assert.True(IsNull(j, "result"));
        });
    }

    [Fact]
    public async Task Error_jobs_have_an_error_code_a_completion_and_no_result()
    {
        var failed = (await All()).Where(j => Status(j) == "error").ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, j =>
        {
            Assert.InRange(j.GetProperty("error_code").GetInt32(), 400, 599);
            Assert.True(Completed(j) > j.CreatedAt());
            Assert.True(IsNull(j, "result"));
        });
    }

    [Fact]
    public async Task Done_jobs_complete_after_creation_and_carry_a_result_matching_their_file()
    {
        var done = (await All()).Where(j => Status(j) == "done").ToList();
        Assert.All(done, j =>
        {
            Assert.True(Completed(j) > j.CreatedAt());
            Assert.True(IsNull(j, "error_code"));
            var file = j.GetProperty("file");
            var metadata = j.GetProperty("result").GetProperty("metadata");
            var duration = file.GetProperty("audio_duration").GetDouble();
            var channels = file.GetProperty("number_of_channels").GetInt32();
            Assert.Equal(duration, metadata.GetProperty("audio_duration").GetDouble());
            Assert.Equal(channels, metadata.GetProperty("number_of_distinct_channels").GetInt32());
            Assert.Equal(duration * channels, metadata.GetProperty("billing_time").GetDouble(), 3);
            Assert.Equal(file.GetProperty("source").GetString(), j.GetProperty("request_params").GetProperty("audio_url").GetString());
        });
    }

    [Fact]
    public async Task The_full_transcript_is_the_utterances_text_joined_in_order()
    {
        foreach (var job in (await All()).Where(j => Status(j) == "done"))
        {
            var transcription = job.GetProperty("result").GetProperty("transcription");
            var texts = transcription.GetProperty("utterances").EnumerateArray().Select(u => u.GetProperty("text").GetString());
            Assert.Equal(string.Join(" ", texts), transcription.GetProperty("full_transcript").GetString());
        }
    }

    [Fact]
    public async Task Words_and_utterances_are_in_time_order_and_inside_the_audio()
    {
        foreach (var job in (await All()).Where(j => Status(j) == "done"))
        {
            var duration = job.GetProperty("file").GetProperty("audio_duration").GetDouble();
            var channels = job.GetProperty("file").GetProperty("number_of_channels").GetInt32();
            var previousEnd = 0.0;
            foreach (var utterance in job.GetProperty("result").GetProperty("transcription").GetProperty("utterances").EnumerateArray())
            {
                var start = utterance.GetProperty("start").GetDouble();
                var end = utterance.GetProperty("end").GetDouble();
                Assert.True(previousEnd <= start && start < end && end <= duration, $"{job.Id()}: utterance {start}-{end} in {duration}");
                Assert.InRange(utterance.GetProperty("channel").GetInt32(), 0, channels - 1);
                var words = utterance.GetProperty("words").EnumerateArray().ToList();
                Assert.NotEmpty(words);
                Assert.Equal(start, words[0].GetProperty("start").GetDouble());
                Assert.Equal(end, words[^1].GetProperty("end").GetDouble());
                var cursor = start;
                foreach (var word in words)
                {
                    var wordStart = word.GetProperty("start").GetDouble();
                    var wordEnd = word.GetProperty("end").GetDouble();
                    Assert.True(cursor <= wordStart && wordStart < wordEnd && wordEnd <= end, $"{job.Id()}: word {wordStart}-{wordEnd}");
                    Assert.InRange(word.GetProperty("confidence").GetDouble(), 0, 1);
                    cursor = wordEnd;
                }

                Assert.Equal(utterance.GetProperty("text").GetString(), string.Concat(words.Select(w => w.GetProperty("word").GetString())));
                previousEnd = end;
            }
        }
    }

    [Fact]
    public async Task Transcripts_come_in_several_languages_listed_by_the_job()
    {
        var done = (await All()).Where(j => Status(j) == "done").ToList();
        var languages = new HashSet<string>();
        foreach (var job in done)
        {
            var transcription = job.GetProperty("result").GetProperty("transcription");
            var listed = transcription.GetProperty("languages").EnumerateArray().Select(l => l.GetString()!).ToList();
            var spoken = transcription.GetProperty("utterances").EnumerateArray().Select(u => u.GetProperty("language").GetString()!).ToHashSet();
            Assert.Equal(spoken.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
            languages.UnionWith(listed);
        }

        Assert.True(languages.Count >= 4, string.Join(",", languages));
    }

    [Fact]
    public async Task Subtitles_exist_exactly_when_asked_for_and_are_built_from_the_utterances()
    {
        var withSubtitles = 0;
        foreach (var job in (await All()).Where(j => Status(j) == "done"))
        {
            var requestParams = job.GetProperty("request_params");
            var transcription = job.GetProperty("result").GetProperty("transcription");
            var asked = requestParams.GetProperty("subtitles").GetBoolean();
            Assert.Equal(asked, transcription.TryGetProperty("subtitles", out var listed));
            Assert.Equal(asked, requestParams.TryGetProperty("subtitles_config", out _));
            var subtitles = asked ? listed.EnumerateArray().ToList() : [];
            if (asked)
            {
                var formats = requestParams.GetProperty("subtitles_config").GetProperty("formats").EnumerateArray().Select(f => f.GetString());
                Assert.Equal(formats, subtitles.Select(s => s.GetProperty("format").GetString()));
                withSubtitles++;
            }

            var utterances = transcription.GetProperty("utterances").EnumerateArray().ToList();
            foreach (var subtitle in subtitles)
            {
                var text = subtitle.GetProperty("subtitles").GetString()!;
                var cues = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).ToList();
                if (subtitle.GetProperty("format").GetString() == "vtt")
                {
                    Assert.Equal("WEBVTT", cues[0]);
                    cues.RemoveAt(0);
                }
                else
                {
                    Assert.All(cues.Select((cue, i) => (cue, i)), c => Assert.StartsWith((c.i + 1).ToString(CultureInfo.InvariantCulture) + "\n", c.cue, StringComparison.Ordinal));
                }

                Assert.Equal(utterances.Count, cues.Count);
                var first = cues[0].TrimEnd('\n').Split('\n');
                Assert.Equal(utterances[0].GetProperty("text").GetString(), first[^1]);
                var separator = subtitle.GetProperty("format").GetString() == "vtt" ? '.' : ',';
                Assert.Matches($@"^\d\d:\d\d:\d\d\{separator}\d\d\d --> \d\d:\d\d:\d\d\{separator}\d\d\d$", first[^2]);
            }
        }

        Assert.True(withSubtitles > 10, withSubtitles.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Add_ons_appear_exactly_when_asked_for_in_gladias_envelope()
    {
        var summaries = 0;
        foreach (var job in (await All()).Where(j => Status(j) == "done"))
        {
            var asked = job.GetProperty("request_params").GetProperty("summarization").GetBoolean();
            var result = job.GetProperty("result");
            Assert.Equal(asked, result.TryGetProperty("summarization", out var summary));
            if (asked)
            {
                summaries++;
                Assert.True(summary.GetProperty("success").GetBoolean());
                Assert.False(summary.GetProperty("is_empty").GetBoolean());
                Assert.Equal(JsonValueKind.Number, summary.GetProperty("exec_time").ValueKind);
                Assert.Equal(JsonValueKind.Null, summary.GetProperty("error").ValueKind);
                Assert.Equal(JsonValueKind.String, summary.GetProperty("results").ValueKind);
            }

            var sentimentAsked = job.GetProperty("request_params").GetProperty("sentiment_analysis").GetBoolean();
            Assert.Equal(sentimentAsked, result.TryGetProperty("sentiment_analysis", out var sentiment));
            if (sentimentAsked)
            {
                Assert.Equal(JsonValueKind.Array, sentiment.GetProperty("results").ValueKind);
            }

            // Add-ons the mock never runs are left out, not written as null.
            Assert.All(["moderation", "name_consistency", "structured_data_extraction", "audio_to_llm", "display_mode", "chapterization", "diarization"], name => Assert.False(result.TryGetProperty(name, out _), name));
        }

        Assert.True(summaries > 10, summaries.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Custom_metadata_comes_from_small_pools_or_is_null()
    {
        var all = await All();
        var withMetadata = all.Where(j => !IsNull(j, "custom_metadata")).ToList();
        Assert.InRange(withMetadata.Count, 1, all.Count - 1);
        var userIds = withMetadata.Select(j => j.GetProperty("custom_metadata").GetProperty("userId").GetString()).Distinct().ToList();
        Assert.InRange(userIds.Count, 2, 10);
        Assert.All(withMetadata, j => Assert.All(j.GetProperty("custom_metadata").EnumerateObject(), p => Assert.True(p.Name is "userId" or "team" or "env" or "priority", p.Name)));
    }

    private static DateTimeOffset Completed(JsonElement job) =>
        DateTimeOffset.Parse(job.GetProperty("completed_at").GetString()!, CultureInfo.InvariantCulture);
}
