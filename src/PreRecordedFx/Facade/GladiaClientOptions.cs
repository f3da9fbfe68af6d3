using System.Text;

namespace PreRecordedFx;

/// <summary>
/// Settings for <see cref="GladiaClient"/>. Defaults follow Gladia's SDKs; <see cref="ApiKey"/> and
/// <see cref="BaseUrl"/> start from the <c>GLADIA_API_KEY</c> and <c>GLADIA_API_URL</c> environment variables.
/// Bindable from configuration (section <c>Gladia</c>). <see cref="ToString"/> never shows the key.
/// </summary>
/// <example><code>
/// var options = new GladiaClientOptions { ApiKey = "gladia-mock-key", BaseUrl = new Uri("http://localhost:5089") };
/// </code></example>
public sealed record GladiaClientOptions
{
    /// <summary>The production API.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.gladia.io");

    /// <summary>The environment variable <see cref="ApiKey"/> defaults to.</summary>
    public const string ApiKeyVariable = "GLADIA_API_KEY";

    /// <summary>The environment variable <see cref="BaseUrl"/> defaults to.</summary>
    public const string BaseUrlVariable = "GLADIA_API_URL";

    /// <summary>The API key, sent as <c>x-gladia-key</c> to <see cref="BaseUrl"/>'s origin only. Required. Default: <c>GLADIA_API_KEY</c>.</summary>
    public string? ApiKey { get; set; } = Environment.GetEnvironmentVariable(ApiKeyVariable);

    /// <summary>The API's absolute http(s) URL. Default: <c>GLADIA_API_URL</c>, else <c>https://api.gladia.io</c>.</summary>
    public Uri BaseUrl { get; set; } = BaseUrlFromEnvironment();

    /// <summary>The whole budget of a get, retries included. Default 10 s.</summary>
    public TimeSpan GetTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The whole budget of one page of a list. Default 10 s.</summary>
    public TimeSpan ListTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The whole budget of a delete. Default 60 s.</summary>
    public TimeSpan DeleteTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The whole budget of a file download, body included (for <see cref="JobsApi.OpenFileAsync"/>, up to the
    /// response headers: the caller reads the stream at its own pace). Default 300 s.
    /// </summary>
    public TimeSpan FileTimeout { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>The whole budget of an upload, the file's bytes included. Default 600 s.</summary>
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromSeconds(600);

    /// <summary>
    /// The whole budget of a job's creation. When it runs out after the request went, the answer is a
    /// <see cref="PreRecordedError.CreationUnconfirmed"/>: the job may exist. Default 30 s.
    /// </summary>
    public TimeSpan CreateTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retry settings.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>The <c>x-gladia-version</c> header. Default <c>SdkDotnet/</c> and this library's version.</summary>
    public string VersionHeader { get; set; } = "SdkDotnet/" + ClientVersion.Informational;

    /// <summary>
    /// The largest JSON or error body read; a larger one is refused as <see cref="PreRecordedError.MalformedResponse"/>
    /// without being buffered. Audio files are streamed and not limited by this. Default 32 MiB.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>The most redirects followed for one download; more, or a loop, is a transport failure. Default 5.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Checks every setting and throws one <see cref="ArgumentException"/> listing what is wrong.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid GladiaClientOptions: " + string.Join("; ", problems) + ".");
        }
    }

    /// <summary>Every problem with these settings, as sentences; empty when they are valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            problems.Add($"ApiKey is missing (set it, or the {ApiKeyVariable} environment variable)");
        }

        if (BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"BaseUrl must be an absolute http or https URL, was '{BaseUrl}'");
        }
        else if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            problems.Add($"BaseUrl must not have a query or fragment, was '{BaseUrl}'");
        }

        Positive(problems, nameof(GetTimeout), GetTimeout);
        Positive(problems, nameof(ListTimeout), ListTimeout);
        Positive(problems, nameof(DeleteTimeout), DeleteTimeout);
        Positive(problems, nameof(FileTimeout), FileTimeout);
        Positive(problems, nameof(UploadTimeout), UploadTimeout);
        Positive(problems, nameof(CreateTimeout), CreateTimeout);
        if (Retry is null)
        {
            problems.Add("Retry must not be null");
        }
        else
        {
            if (Retry.MaxRetries is < 0 or > 100)
            {
                problems.Add($"Retry.MaxRetries must be between 0 and 100, was {Retry.MaxRetries}");
            }

            Positive(problems, "Retry.BaseDelay", Retry.BaseDelay);
            Positive(problems, "Retry.MaxDelay", Retry.MaxDelay);
        }

        if (string.IsNullOrWhiteSpace(VersionHeader) || VersionHeader.Any(char.IsControl))
        {
            problems.Add("VersionHeader must be non-empty printable text");
        }

        if (MaxResponseBytes < 1)
        {
            problems.Add($"MaxResponseBytes must be positive, was {MaxResponseBytes}");
        }

        if (MaxRedirects < 0)
        {
            problems.Add($"MaxRedirects must be 0 or more, was {MaxRedirects}");
        }

        return problems;
    }

    /// <summary>A deep copy, so a client is not changed by later edits to the options it was given.</summary>
    internal GladiaClientOptions Snapshot() => this with { Retry = Retry with { } };

    private bool PrintMembers(StringBuilder builder)
    {
        // Written out by hand so that the key can never be printed: only whether one is set.
        builder.Append("ApiKey = ").Append(string.IsNullOrEmpty(ApiKey) ? "(missing)" : "***")
            .Append(", BaseUrl = ").Append(BaseUrl)
            .Append(", GetTimeout = ").Append(GetTimeout)
            .Append(", ListTimeout = ").Append(ListTimeout)
            .Append(", DeleteTimeout = ").Append(DeleteTimeout)
            .Append(", FileTimeout = ").Append(FileTimeout)
            .Append(", UploadTimeout = ").Append(UploadTimeout)
            .Append(", CreateTimeout = ").Append(CreateTimeout)
            .Append(", Retry = ").Append(Retry)
            .Append(", VersionHeader = ").Append(VersionHeader)
            .Append(", MaxResponseBytes = ").Append(MaxResponseBytes)
            .Append(", MaxRedirects = ").Append(MaxRedirects);
        return true;
    }

    private static readonly TimeSpan MaxTimeSpan = TimeSpan.FromDays(1);

    private static void Positive(List<string> problems, string name, TimeSpan value)
    {
        // A day is far beyond any sane call and well inside what a CancellationTokenSource accepts.
        if (value <= TimeSpan.Zero || value > MaxTimeSpan)
        {
            problems.Add($"{name} must be positive and at most a day, was {value}");
        }
    }

    private static Uri BaseUrlFromEnvironment() =>
        Environment.GetEnvironmentVariable(BaseUrlVariable) is { Length: > 0 } text
            && Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var url)
            ? url
            : DefaultBaseUrl;
}
