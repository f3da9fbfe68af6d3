using System.Text.Json;

namespace PreRecordedFx.Tests;

/// <summary>Live sessions and pages as Gladia sends them, for scripted servers.</summary>
public static class LiveWire
{
    public const string Id = "7c1e4b2a-0d3f-4e5a-8b9c-1d2e3f4a5b6c";

    private static readonly string[] EndMessage = ["{\"type\":\"end_session\"}"];

    public static LiveSession Session(string id = Id, JobStatus? status = null) => new(
        id,
        "G-" + id[..8],
        2,
        status ?? JobStatus.Done,
        PreRecordedModelFactory.DefaultCreatedAt,
        File: new JobFile("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", AudioDuration: 330.25, NumberOfChannels: 1),
        RequestParams: new LiveRequestParams(Encoding: "wav/pcm", SampleRate: 16000),
        Result: status is null || status == JobStatus.Done
            ? new LiveResult(new ResultMetadata(330.25, 1, 330.25, 331.5), Messages: EndMessage)
            : default);

    public static string Json(LiveSession? session = null) =>
        JsonSerializer.Serialize(session ?? Session(), GladiaJsonContext.Default.LiveSession);

    public static string PageJson(IReadOnlyList<LiveSession> items, string? next)
    {
        var first = new Uri(Wire.Api, "/v2/live?offset=0&limit=2");
        return JsonSerializer.Serialize(new LiveSessionPage(first, first, items, next is null ? default : new Uri(next)), GladiaJsonContext.Default.LiveSessionPage);
    }
}
