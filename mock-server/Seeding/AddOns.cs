using System.Text.Json;
using System.Text.Json.Nodes;
using Bogus;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Seeding;

/// <summary>Add-on results in Gladia's envelope, derived from the transcription they describe.</summary>
internal static class AddOns
{
    private static readonly string[] Sentiments = ["positive", "neutral", "negative"];
    private static readonly string[] Emotions = ["neutral", "joy", "surprise", "frustration"];

    public static AddOnResult Summary(Faker faker, IReadOnlyList<Utterance> utterances, double durationSeconds)
    {
        var minutes = Math.Max(1, (int)Math.Round(durationSeconds / 60));
        var summary = $"A {minutes}-minute recording in {Phrases.Name(utterances[0].Language)}. It opens with: \"{utterances[0].Text}\"";
        return Success(faker, JsonValue.Create(summary));
    }

    public static AddOnResult Sentiment(Faker faker, IReadOnlyList<Utterance> utterances)
    {
        var results = new JsonArray();
        foreach (var utterance in utterances.Take(5))
        {
            var item = new JsonObject
            {
                ["text"] = utterance.Text,
                ["sentiment"] = faker.PickRandom(Sentiments),
                ["emotion"] = faker.PickRandom(Emotions),
                ["start"] = utterance.Start,
                ["end"] = utterance.End,
                ["channel"] = utterance.Channel,
            };

            // Like an utterance's, the speaker is there only when diarization was on.
            if (utterance.Speaker.Case is int speaker)
            {
                item["speaker"] = speaker;
            }

            results.Add(item);
        }

        return Success(faker, results);
    }

    public static AddOnResult Translation(Faker faker, IReadOnlyList<Utterance> utterances, string targetLanguage)
    {
        // Some translations fail, as in production: the job is still done, the add-on carries its error.
        if (faker.Random.Bool(0.2f))
        {
            return new AddOnResult(
                Success: false,
                IsEmpty: true,
                ExecTime: ExecTime(faker),
                Error: new AddOnError(500, "TranslationError", "translation model unavailable"));
        }

        // One result per target language, in Gladia's TranslationResultDTO: the utterances keep their times and
        // words and take the target language.
        var translated = utterances
            .Select(u => new Utterance(u.Start, u.End, u.Confidence, u.Channel, u.Words, u.Text, targetLanguage, u.Speaker))
            .ToList();
        var results = new JsonArray
        {
            new JsonObject
            {
                ["error"] = null,
                ["full_transcript"] = "[" + targetLanguage + "] " + TranscriptGenerator.FullTranscript(utterances),
                ["languages"] = new JsonArray(targetLanguage),
                ["utterances"] = JsonSerializer.SerializeToNode(translated, WireJson.Utterances),
            },
        };
        return Success(faker, results);
    }

    public static AddOnResult NamedEntities(Faker faker, IReadOnlyList<Utterance> utterances)
    {
        var results = new JsonArray();
        var count = faker.Random.Int(1, 3);
        for (var i = 0; i < count; i++)
        {
            var utterance = utterances[i % utterances.Count];
            results.Add(new JsonObject
            {
                ["entity_type"] = i % 2 == 0 ? "PERSON" : "ORGANIZATION",
                ["text"] = i % 2 == 0 ? faker.Name.FullName() : faker.Company.CompanyName(),
                ["start"] = utterance.Start,
                ["end"] = utterance.End,
            });
        }

        return Success(faker, results);
    }

    /// <summary>The sentences add-on: Gladia documents its results as plain strings, one per sentence.</summary>
    public static AddOnResult Sentences(Faker faker, IReadOnlyList<Utterance> utterances) =>
        Success(faker, new JsonArray([.. utterances.Select(u => JsonValue.Create(u.Text))]));

    private static AddOnResult Success(Faker faker, JsonNode? results) =>
        new(Success: true, IsEmpty: false, ExecTime: ExecTime(faker), Results: WireJson.Element(results));

    private static double ExecTime(Faker faker) => Math.Round(faker.Random.Double(0.05, 4.0), 3);
}
