using System.Reflection;
using System.Text.Json;
using LanguageExt;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>
/// <c>with</c> on the generated models: a copy with the fields named changed, written to the wire as such, the original
/// untouched; and every public field of every model can be set that way.
/// </summary>
public class WithTests
{
    [Fact]
    public void A_done_job_with_a_new_state_is_written_with_it_and_the_original_keeps_its_own()
    {
        var done = Right(Responses.ParseJob(FixtureExchange(200, "job-done.json")));

        var failed = done with { Status = JobStatus.Error, ErrorCode = 500, Result = Option<JobResult>.None };

        var wire = JsonDocument.Parse(JsonSerializer.Serialize(failed, GladiaJsonContext.Default.Job)).RootElement;
        Assert.Equal("error", wire.GetProperty("status").GetString());
        Assert.Equal(500, wire.GetProperty("error_code").GetInt32());
        Assert.True(!wire.TryGetProperty("result", out var result) || result.ValueKind == JsonValueKind.Null);
        Assert.Equal(done.Id, wire.GetProperty("id").GetString());
        Assert.Equal(JobStatus.Done, done.Status);
        Assert.True(done.Result.IsSome);
        var reread = Right(Responses.ParseJob(Json(200, wire.GetRawText())));
        Assert.Equal(wire.GetRawText(), JsonSerializer.Serialize(reread, GladiaJsonContext.Default.Job));
    }

    [Fact]
    public void A_live_session_an_envelope_and_nested_models_take_with_too()
    {
        var session = Right(Responses.ParseLiveSession(FixtureExchange(200, "live-done.json")));
        var transcription = Some(Some(session.Result).Transcription);

        var renamed = session with
        {
            CustomMetadata = Option<IReadOnlyDictionary<string, JsonElement>>.None,
            File = Some(session.File) with { Filename = "renamed.wav" },
            Result = Some(session.Result) with { Transcription = transcription with { FullTranscript = "changed" }, Messages = [] },
        };

        Assert.Equal("renamed.wav", Some(Some(renamed.File).Filename));
        Assert.Equal("changed", Some(Some(renamed.Result).Transcription).FullTranscript);
        Assert.Empty(Some(renamed.Result).Messages);
        Assert.True(renamed.CustomMetadata.IsNone);
        Assert.NotEqual(session, renamed);
        Assert.Equal(session.ToEnvelope() with { AudioDuration = 1.5 }, renamed.ToEnvelope() with { CustomMetadata = session.CustomMetadata, AudioDuration = 1.5 });
    }

    [Fact]
    public void Every_public_field_of_every_model_can_be_set_with_with()
    {
        var models = typeof(Job).Assembly.GetTypes().Where(t => t.GetCustomAttribute<WireModelAttribute>() is not null).ToList();
        Assert.Contains(typeof(LiveSession), models);
        Assert.True(models.Count >= 20, $"only {models.Count} models found");

        var getOnly = models
            .SelectMany(model => model.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.Name != "EqualityContract" && p.SetMethod is null && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null)
                .Select(p => $"{model.Name}.{p.Name}"))
            .ToList();

        Assert.Empty(getOnly);
    }
}
