using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PreRecordedFx.Benchmarks.Parsing;

namespace PreRecordedFx.Benchmarks.Fixtures;

/// <summary>Wire-format list pages (<c>{first, current, next, items}</c>) of small done jobs, with absolute links.</summary>
public static class PageJson
{
    /// <summary>
    /// <paramref name="pages"/> pages of <paramref name="pageSize"/> jobs each; page <c>i</c> is served for
    /// <c>offset = i × pageSize</c> and links to the next one on <paramref name="origin"/>, the last one to none.
    /// </summary>
    public static byte[][] Pages(Uri origin, int pages, int pageSize)
    {
        var root = origin.GetLeftPart(UriPartial.Authority) + "/v2/pre-recorded";
        string Link(int offset) => FormattableString.Invariant($"{root}?offset={offset}&limit={pageSize}");
        var result = new byte[pages][];
        for (var p = 0; p < pages; p++)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                w.WriteString("first", Link(0));
                w.WriteString("current", Link(p * pageSize));
                if (p + 1 < pages)
                {
                    w.WriteString("next", Link((p + 1) * pageSize));
                }
                else
                {
                    w.WriteNull("next");
                }

                w.WriteStartArray("items");
                for (var i = 0; i < pageSize; i++)
                {
                    SmallJob(w, (p * pageSize) + i);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            result[p] = buffer.WrittenSpan.ToArray();
        }

        return result;
    }

    // A done job as a list shows it, about 700 bytes: metadata, file, options, and a one-sentence transcript.
    private static void SmallJob(Utf8JsonWriter w, int n)
    {
        var id = new Guid(n, 0x20b7, 0x4af7, 0xb3, 0xb3, 0xf5, 0xfb, 0x77, 0x82, 0x03, 0xab).ToString();
        var created = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(-n * 37);
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("request_id", "G-" + id[..8]);
        w.WriteNumber("version", 2);
        w.WriteString("status", "done");
        w.WriteString("created_at", created.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        w.WriteString("completed_at", created.AddSeconds(30).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        w.WriteStartObject("custom_metadata");
        w.WriteString("userId", "u-100" + (n % 6).ToString(CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteNull("error_code");
        w.WriteString("kind", "pre-recorded");
        w.WriteStartObject("file");
        w.WriteString("id", id);
        w.WriteString("filename", "call.wav");
        w.WriteString("source", "https://example.com/call.wav");
        w.WriteNumber("audio_duration", 4.5);
        w.WriteNumber("number_of_channels", 1);
        w.WriteEndObject();
        w.WriteStartObject("request_params");
        w.WriteString("audio_url", "https://example.com/call.wav");
        w.WriteBoolean("diarization", false);
        w.WriteEndObject();
        w.WriteStartObject("result");
        w.WriteStartObject("metadata");
        w.WriteNumber("audio_duration", 4.5);
        w.WriteNumber("number_of_distinct_channels", 1);
        w.WriteNumber("billing_time", 4.5);
        w.WriteNumber("transcription_time", 0.8);
        w.WriteEndObject();
        w.WriteStartObject("transcription");
        w.WriteString("full_transcript", "Thanks for calling.");
        w.WriteStartArray("languages");
        w.WriteStringValue("en");
        w.WriteEndArray();
        w.WriteStartArray("utterances");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}

#pragma warning disable CA1002, CA2227 // plain DTOs, on purpose, like Parsing/PlainDtos.cs

/// <summary>A list page as a hand-written client would declare it.</summary>
public sealed class PageDto
{
    public string First { get; set; } = "";
    public string Current { get; set; } = "";
    public string? Next { get; set; }
    public List<JobDto> Items { get; set; } = [];
}

#pragma warning restore CA1002, CA2227

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PageDto))]
public sealed partial class PageDtoContext : JsonSerializerContext;
