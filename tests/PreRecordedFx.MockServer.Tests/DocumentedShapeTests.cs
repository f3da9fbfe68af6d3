using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests;

/// <summary>The shapes the README promises beyond what a schema can say: what appears when, and what it holds.</summary>
public sealed class DocumentedShapeTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private async Task<List<JsonElement>> Done() =>
        [.. (await mock.Client.AllJobs()).Where(j => j.GetProperty("status").GetString() == "done")];

    [Fact]
    public async Task An_utterance_names_its_speaker_exactly_when_diarization_was_asked_for()
    {
        var done = await Done();
        Assert.Contains(done, j => j.GetProperty("request_params").GetProperty("diarization").GetBoolean());
        Assert.Contains(done, j => !j.GetProperty("request_params").GetProperty("diarization").GetBoolean());
        Assert.All(done, job =>
        {
            var diarization = job.GetProperty("request_params").GetProperty("diarization").GetBoolean();
            Assert.All(
                job.GetProperty("result").GetProperty("transcription").GetProperty("utterances").EnumerateArray(),
                u => Assert.Equal(diarization, u.TryGetProperty("speaker", out _)));
        });
    }

    [Fact]
    public async Task Sentences_results_are_strings_one_per_utterance()
    {
        var withSentences = (await Done()).Where(j => j.GetProperty("request_params").GetProperty("sentences").GetBoolean()).ToList();
        Assert.NotEmpty(withSentences);
        Assert.All(withSentences, job =>
        {
            var result = job.GetProperty("result");
            var texts = result.GetProperty("transcription").GetProperty("utterances").EnumerateArray().Select(u => u.GetProperty("text").GetString());
            Assert.Equal(texts, result.GetProperty("sentences").GetProperty("results").EnumerateArray().Select(s => s.GetString()));
            Assert.False(result.GetProperty("transcription").TryGetProperty("sentences", out _));
        });
    }

    [Fact]
    public async Task A_translation_result_carries_error_and_the_utterances_in_the_target_language()
    {
        var translations = (await Done())
            .Where(j => j.GetProperty("result").TryGetProperty("translation", out var t) && t.GetProperty("success").GetBoolean())
            .Select(j => (Job: j, Result: j.GetProperty("result").GetProperty("translation").GetProperty("results")[0]))
            .ToList();
        Assert.NotEmpty(translations);
        Assert.All(translations, t =>
        {
            Assert.Equal(JsonValueKind.Null, t.Result.GetProperty("error").ValueKind);
            var target = Assert.Single(t.Result.GetProperty("languages").EnumerateArray()).GetString();
            var original = t.Job.GetProperty("result").GetProperty("transcription").GetProperty("utterances").EnumerateArray().ToList();
            var translated = t.Result.GetProperty("utterances").EnumerateArray().ToList();
            Assert.Equal(original.Count, translated.Count);
            Assert.All(translated, u => Assert.Equal(target, u.GetProperty("language").GetString()));
            Assert.Equal(original.Select(u => u.GetProperty("start").GetDouble()), translated.Select(u => u.GetProperty("start").GetDouble()));
        });
    }

    [Fact]
    public async Task Models_are_the_two_that_gladia_documents()
    {
        var models = (await mock.Client.AllJobs())
            .Where(j => j.GetProperty("request_params").ValueKind == JsonValueKind.Object)
            .Select(j => j.GetProperty("request_params").GetProperty("model").GetString())
            .ToHashSet();

        Assert.Equal(["solaria-1", "solaria-3"], models.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Post_session_metadata_is_absent_and_file_and_request_params_are_null_only_on_error()
    {
        var all = await mock.Client.AllJobs();

        Assert.All(all, j => Assert.False(j.TryGetProperty("post_session_metadata", out _)));
        Assert.All(
            all.Where(j => j.GetProperty("file").ValueKind == JsonValueKind.Null || j.GetProperty("request_params").ValueKind == JsonValueKind.Null),
            j => Assert.Equal("error", j.GetProperty("status").GetString()));
        Assert.Contains(all, j => j.GetProperty("file").ValueKind == JsonValueKind.Null);
    }
}
