using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace PreRecordedFx.Benchmarks.Fixtures;

/// <summary>Builds wire-format job JSON of a chosen size, deterministically, for the parsing benchmarks.</summary>
public static class JobJson
{
    private static readonly string[] Vocabulary =
        ["hello", "world", "meeting", "budget", "quarter", "customer", "roadmap", "release", "thanks", "question", "agreed", "next"];

    /// <summary>A done job with <paramref name="utterances"/> utterances of <paramref name="wordsPerUtterance"/> words.</summary>
    public static byte[] DoneJob(int utterances, int wordsPerUtterance, int seed = 42)
    {
        var random = new Random(seed);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            var texts = new List<string>(utterances);
            w.WriteStartObject();
            w.WriteString("id", "45463597-20b7-4af7-b3b3-f5fb778203ab");
            w.WriteString("request_id", "G-45463597");
            w.WriteNumber("version", 2);
            w.WriteString("status", "done");
            w.WriteString("created_at", "2026-09-10T10:38:12.431Z");
            w.WriteString("completed_at", "2026-09-10T10:40:12.431Z");
            w.WriteStartObject("custom_metadata");
            w.WriteString("userId", "abc123");
            w.WriteString("team", "sales");
            w.WriteEndObject();
            w.WriteNull("error_code");
            w.WriteString("kind", "pre-recorded");
            var duration = utterances * (wordsPerUtterance * 0.4 + 0.5);
            w.WriteStartObject("file");
            w.WriteString("id", "f2d1c8a4-5b6e-4c2d-9a1b-3e4f5a6b7c8d");
            w.WriteString("filename", "meeting.wav");
            w.WriteString("source", "https://example.com/meeting.wav");
            w.WriteNumber("audio_duration", duration);
            w.WriteNumber("number_of_channels", 1);
            w.WriteEndObject();
            w.WriteStartObject("request_params");
            w.WriteString("audio_url", "https://example.com/meeting.wav");
            w.WriteBoolean("diarization", true);
            w.WriteBoolean("summarization", true);
            w.WriteString("callback_url", "https://hooks.example.com/done");
            w.WriteEndObject();
            w.WriteStartObject("result");
            w.WriteStartObject("metadata");
            w.WriteNumber("audio_duration", duration);
            w.WriteNumber("number_of_distinct_channels", 1);
            w.WriteNumber("billing_time", duration);
            w.WriteNumber("transcription_time", duration / 20);
            w.WriteEndObject();
            w.WriteStartObject("transcription");
            var utteranceJson = new ArrayBufferWriter<byte>();
            double time = 0.25;
            using (var u = new Utf8JsonWriter(utteranceJson))
            {
                u.WriteStartArray();
                for (var i = 0; i < utterances; i++)
                {
                    var start = time;
                    var words = new List<string>(wordsPerUtterance);
                    u.WriteStartObject();
                    u.WriteNumber("start", start);
                    var wordsStart = time;
                    u.WritePropertyName("words");
                    u.WriteStartArray();
                    for (var j = 0; j < wordsPerUtterance; j++)
                    {
                        var word = (j == 0 ? string.Empty : " ") + Vocabulary[random.Next(Vocabulary.Length)];
                        words.Add(word);
                        var end = time + 0.1 + random.NextDouble() * 0.3;
                        u.WriteStartObject();
                        u.WriteString("word", word);
                        u.WriteNumber("start", Math.Round(time, 6));
                        u.WriteNumber("end", Math.Round(end, 6));
                        u.WriteNumber("confidence", Math.Round(0.7 + random.NextDouble() * 0.3, 6));
                        u.WriteEndObject();
                        time = end + 0.05;
                    }

                    u.WriteEndArray();
                    var text = string.Concat(words);
                    texts.Add(text);
                    u.WriteNumber("end", Math.Round(time, 6));
                    u.WriteNumber("confidence", 0.9);
                    u.WriteNumber("channel", 0);
                    u.WriteNumber("speaker", i % 3);
                    u.WriteString("text", text);
                    u.WriteString("language", "en");
                    u.WriteEndObject();
                    time += 0.5;
                }

                u.WriteEndArray();
            }

            w.WriteString("full_transcript", string.Join(" ", texts));
            w.WriteStartArray("languages");
            w.WriteStringValue("en");
            w.WriteEndArray();
            w.WritePropertyName("utterances");
            w.WriteRawValue(utteranceJson.WrittenSpan, skipInputValidation: true);
            w.WriteEndObject();
            w.WriteStartObject("summarization");
            w.WriteBoolean("success", true);
            w.WriteBoolean("is_empty", false);
            w.WriteNumber("exec_time", 1.25);
            w.WriteNull("error");
            w.WriteString("results", "A meeting about the " + Vocabulary[2] + ".");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Size in KiB, for the benchmark's display.</summary>
    public static string Describe(byte[] json) =>
        (json.Length / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KiB";
}
