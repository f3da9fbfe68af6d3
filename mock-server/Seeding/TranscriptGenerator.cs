using System.Globalization;
using Bogus;

namespace PreRecordedFx.MockServer.Seeding;

/// <summary>
/// Invents a transcription that holds together: utterances in time order within the audio, words in time order
/// within their utterance, and a full transcript that is the utterances' text joined in order.
/// All times are whole milliseconds, so they survive rounding and JSON exactly.
/// </summary>
internal static class TranscriptGenerator
{
    private const int MaxUtterances = 24;
    private const int MaxWordsPerUtterance = 12;

    /// <summary>What a speech segment is spoken in and by whom.</summary>
    public sealed record Voice(IReadOnlyList<string> Languages, int Channels, bool Diarization);

    public static IReadOnlyList<Utterance> Utterances(Faker faker, long durationMs, Voice voice)
    {
        var count = (int)Math.Clamp(durationMs / 6_000, 1, MaxUtterances);
        var slotMs = durationMs / count;
        var speakers = voice.Diarization ? faker.Random.Int(1, 3) : 1;
        var utterances = new List<Utterance>(count);
        for (var i = 0; i < count; i++)
        {
            var slotStart = i * slotMs;
            var slotEnd = i == count - 1 ? durationMs : slotStart + slotMs;
            var speaker = voice.Diarization ? faker.Random.Int(0, speakers - 1) : i;
            var channel = voice.Channels > 1 ? speaker % voice.Channels : 0;
            var language = voice.Languages.Count == 1 || faker.Random.Bool(0.7f)
                ? voice.Languages[0]
                : voice.Languages[faker.Random.Int(1, voice.Languages.Count - 1)];
            utterances.Add(Utterance(faker, slotStart, slotEnd, language, channel, voice.Diarization ? speaker : null));
        }

        return utterances;
    }

    /// <summary>The transcript Gladia sends: the utterances' text, in order, separated by spaces.</summary>
    public static string FullTranscript(IEnumerable<Utterance> utterances) => string.Join(" ", utterances.Select(u => u.Text));

    /// <summary>The languages spoken, most spoken first.</summary>
    public static IReadOnlyList<string> LanguagesByUse(IEnumerable<Utterance> utterances) =>
        [.. utterances.GroupBy(u => u.Language).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];

    public static double Seconds(long milliseconds) => milliseconds / 1000.0;

    private static Utterance Utterance(Faker faker, long slotStart, long slotEnd, string language, int channel, int? speaker)
    {
        var pool = Phrases.Words(language);
        var target = faker.Random.Int(3, MaxWordsPerUtterance);
        var cursor = slotStart + faker.Random.Long(0, Math.Min(800, (slotEnd - slotStart) / 5));
        var words = new List<Word>(target);
        for (var w = 0; w < target; w++)
        {
            var wordEnd = cursor + faker.Random.Long(180, 550);
            if (wordEnd > slotEnd - 20)
            {
                if (words.Count > 0)
                {
                    break;
                }

                // The slot is too short for a whole word: squeeze the first one in, never past the slot.
                wordEnd = Math.Max(cursor + 1, slotEnd - 1);
            }

            var text = pool[faker.Random.Int(0, pool.Count - 1)];
            words.Add(new Word(text, Seconds(cursor), Seconds(wordEnd), Confidence(faker)));
            cursor = wordEnd + faker.Random.Long(20, 150);
        }

        var spelled = Spell(words, faker.Random.Bool(0.2f) ? "?" : ".");
        var confidence = Math.Round(spelled.Average(w => w.Confidence), 3);
        var utteranceText = string.Concat(spelled.Select(w => w.Text));
        return new Utterance(
            spelled[0].Start,
            spelled[^1].End,
            confidence,
            channel,
            spelled,
            utteranceText,
            language,
            speaker is { } s ? s : LanguageExt.Option<int>.None);
    }

    // Gladia's words carry their leading space (" there."), so concatenating them gives the utterance text.
    private static List<Word> Spell(List<Word> words, string punctuation)
    {
        var spelled = new List<Word>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text;
            if (i == 0)
            {
                text = char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
            }
            else
            {
                text = " " + text;
            }

            if (i == words.Count - 1)
            {
                text += punctuation;
            }

            spelled.Add(words[i] with { Text = text });
        }

        return spelled;
    }

    private static double Confidence(Faker faker) => Math.Round(faker.Random.Double(0.72, 0.999), 3);
}
