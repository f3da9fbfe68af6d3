using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>Options every command takes: where the API is, the key, and how much to say on failure.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = "The Gladia API key (default: the GLADIA_API_KEY environment variable). Never printed.",
        Recursive = true,
    };

    public static readonly Option<Uri?> BaseUrl = new("--base-url")
    {
        Description = "The API's address (default: GLADIA_API_URL, else https://api.gladia.io), e.g. http://localhost:5089 for the mock.",
        Recursive = true,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                return url;
            }

            result.AddError($"bad --base-url '{text}': give an http or https address such as http://localhost:5089");
            return null;
        },
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Add Gladia's request id and call id to failure lines, for support.",
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(ApiKey);
        root.Options.Add(BaseUrl);
        root.Options.Add(Verbose);
    }
}
