using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>The options of <c>transcribe</c> that become the <see cref="TranscriptionRequest"/>: the common features as flags, the rest by name.</summary>
internal sealed class TranscriptionOptions
{
    public Option<string?> Language { get; } = new("--language") { Description = "The language(s) spoken, e.g. en or en,fr (default: detected)." };

    public Option<bool> Diarization { get; } = new("--diarization") { Description = "Tell the speakers apart." };

    public Option<string?> Subtitles { get; } = new("--subtitles") { Description = "Subtitles in these formats, e.g. srt,vtt." };

    public Option<string?> TranslateTo { get; } = new("--translate-to") { Description = "Translate into these languages, e.g. de,fr." };

    public Option<string[]> Metadata { get; } = new("--metadata")
    {
        Description = "Keep key=value in the job's custom metadata (to find it later with list --metadata); repeat for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> CallbackUrl { get; } = new("--callback-url") { Description = "Where Gladia posts the result when the job ends." };

    public Option<string[]> Extra { get; } = new("--option")
    {
        Description = "Any other option of Gladia's request as name=json, e.g. --option 'summarization_config={\"type\":\"concise\"}'; repeat for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public TranscriptionOptions()
    {
        Pairs.Require(Metadata, "key=value");
        Pairs.Require(Extra, "name=json");
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Language, Diarization, Subtitles, TranslateTo, Metadata, CallbackUrl, Extra })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The request the options describe, without its audio (each source gives its own).</summary>
    public TranscriptionRequest Request(ParseResult parsed)
    {
        var request = new TranscriptionRequest
        {
            Language = List(parsed.GetValue(Language)) is { } languages ? new LanguageSettings { Languages = languages } : null,
            Diarization = parsed.GetValue(Diarization) ? new DiarizationSettings() : null,
            Subtitles = List(parsed.GetValue(Subtitles)) is { } formats ? new SubtitlesSettings { Formats = formats } : null,
            Translation = List(parsed.GetValue(TranslateTo)) is { } targets ? new TranslationSettings(targets) : null,
            Callback = parsed.GetValue(CallbackUrl) is { } url ? new CallbackSettings(url) : null,
        };
        foreach (var (key, value) in Pairs.Split(parsed.GetValue(Metadata)))
        {
            request = request.WithMetadata(key, value);
        }

        foreach (var (name, json) in Pairs.Split(parsed.GetValue(Extra)))
        {
            request = request.WithOption(name, json);
        }

        return request;
    }

    // "en, fr" → [en, fr]; an empty entry stays, for the request's check to name.
    private static string[]? List(string? text) => text?.Split(',', StringSplitOptions.TrimEntries);
}
