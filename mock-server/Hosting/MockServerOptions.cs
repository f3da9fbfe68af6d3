using PreRecordedFx.MockServer.Callbacks;

namespace PreRecordedFx.MockServer;

/// <summary>
/// How the mock behaves: which jobs it invents, the key it accepts, and the faults it injects.
/// Bound from the <c>Mock</c> configuration section (<c>--seed 7</c>, <c>Mock__Seed=7</c>), or passed to
/// <see cref="MockServerFactory"/> in tests. Every fault is off by default.
/// </summary>
/// <example><code>
/// await using var mock = new MockServerFactory(new MockServerOptions { Seed = 7, Jobs = 50 });
/// using var http = mock.CreateClient();
/// http.DefaultRequestHeaders.Add("x-gladia-key", MockServerOptions.DefaultApiKey);
/// </code></example>
public sealed class MockServerOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Mock";

    /// <summary>The API key the mock accepts unless told otherwise; printed in the start banner.</summary>
    public const string DefaultApiKey = "gladia-mock-key";

    /// <summary>The URL the mock listens on when no <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) is given.</summary>
    public const string DefaultUrl = "http://localhost:5089";

    /// <summary>The largest page the list endpoint returns; a larger <c>limit</c> is capped to it.</summary>
    public const int DefaultMaxLimit = 100;

    /// <summary>The fixed "now" the data is generated against, so that no wall clock reaches the data.</summary>
    public static readonly DateTimeOffset DefaultReferenceTime = new(2026, 9, 30, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The seed of the fake data: the same seed gives byte-identical jobs. Default 42.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>How many jobs to invent (0 to 100 000). Default 200.</summary>
    public int Jobs { get; set; } = 200;

    /// <summary>
    /// How many live sessions to invent (0 to 100 000), beside the jobs. Default 20: a tenth of the default job count,
    /// enough for every status and for the metadata filters to match some of both kinds on the first page.
    /// </summary>
    public int LiveSessions { get; set; } = 20;

    /// <summary>The key callers must send in <c>x-gladia-key</c>. Default <see cref="DefaultApiKey"/>.</summary>
    public string ApiKey { get; set; } = DefaultApiKey;

    /// <summary>The instant jobs are dated against: they are created in the ~90 days before it.</summary>
    public DateTimeOffset ReferenceTime { get; set; } = DefaultReferenceTime;

    /// <summary>
    /// The faults in force at start and after a reset, one-shot faults included (armed from the first request). The
    /// seven properties below (<see cref="LatencyMs"/> … <see cref="RedirectFiles"/>) read and set its members, so the
    /// switches and the <c>Mock</c> section keep their flat names. None by default.
    /// </summary>
    public FaultSettings Faults { get; set; } = new();

    /// <summary>Latency added to every API answer, in milliseconds: <see cref="FaultSettings.LatencyMs"/> of <see cref="Faults"/>.</summary>
    public int LatencyMs { get => Faults.LatencyMs; set => Faults = Faults with { LatencyMs = value }; }

    /// <summary>Requests admitted per rate-limit window, 0 for no limit: <see cref="FaultSettings.RateLimit"/> of <see cref="Faults"/>.</summary>
    public int RateLimit { get => Faults.RateLimit; set => Faults = Faults with { RateLimit = value }; }

    /// <summary>The rate-limit window, in seconds: <see cref="FaultSettings.RateLimitWindowSeconds"/> of <see cref="Faults"/>.</summary>
    public int RateLimitWindowSeconds { get => Faults.RateLimitWindowSeconds; set => Faults = Faults with { RateLimitWindowSeconds = value }; }

    /// <summary>The <c>Retry-After</c> sent with a 429: <see cref="FaultSettings.RetryAfter"/> of <see cref="Faults"/>.</summary>
    public int RetryAfter { get => Faults.RetryAfter; set => Faults = Faults with { RetryAfter = value }; }

    /// <summary>The share of API requests answered with a 5xx: <see cref="FaultSettings.ErrorRate"/> of <see cref="Faults"/>.</summary>
    public double ErrorRate { get => Faults.ErrorRate; set => Faults = Faults with { ErrorRate = value }; }

    /// <summary>The share of answers cut in half: <see cref="FaultSettings.TruncateRate"/> of <see cref="Faults"/>.</summary>
    public double TruncateRate { get => Faults.TruncateRate; set => Faults = Faults with { TruncateRate = value }; }

    /// <summary>
    /// Production-like file downloads (<c>GET …/file</c> answers 302 to a short-lived signed link on the mock that needs
    /// no API key): <see cref="FaultSettings.RedirectFiles"/> of <see cref="Faults"/>.
    /// </summary>
    public bool RedirectFiles { get => Faults.RedirectFiles; set => Faults = Faults with { RedirectFiles = value }; }

    /// <summary>How long a signed storage URL stays valid, in seconds. Default 60.</summary>
    public int SignedUrlLifetimeSeconds { get; set; } = 60;

    /// <summary>The largest page size served; a larger <c>limit</c> is capped. Default <see cref="DefaultMaxLimit"/>.</summary>
    public int MaxLimit { get; set; } = DefaultMaxLimit;

    /// <summary>
    /// The key callers of the admin API (<c>/__admin/…</c>) must send in <c>x-admin-key</c>; <c>null</c> (the default)
    /// leaves the admin API open, which suits a mock on localhost.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>How many requests the journal (<c>GET /__admin/requests</c>) keeps, the oldest dropped first; 0 turns it off. Default 1000.</summary>
    public int JournalSize { get; set; } = 1000;

    /// <summary>
    /// Jobs move: queued and processing jobs (seeded or created) advance on the mock's clock to done or error.
    /// Off by default, so every answer stays fixed for a seed.
    /// </summary>
    public bool Lifecycle { get; set; }

    /// <summary>With <see cref="Lifecycle"/>: how long a job stays queued, in seconds. Default 2.</summary>
    public double QueuedSeconds { get; set; } = 2;

    /// <summary>With <see cref="Lifecycle"/>: how long a job stays processing, in seconds. Default 3.</summary>
    public double ProcessingSeconds { get; set; } = 3;

    /// <summary>The largest audio file <c>POST /v2/upload</c> accepts, in bytes. Default 100 MB.</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>
    /// Where the account webhooks go (<c>transcription.created</c>, <c>.success</c>, <c>.error</c>, for jobs created
    /// through the API), as Gladia's dashboard setting does; <c>null</c> (the default) sends none.
    /// </summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Whether callbacks and webhooks may go to any host. Off by default: only loopback targets (<c>localhost</c>,
    /// <c>127.0.0.1</c>, <c>[::1]</c>) are called, and a job created with another is refused with a 400.
    /// </summary>
    public bool AllowRemoteCallbacks { get; set; }

    /// <summary>How many times a callback or webhook is tried before it is journaled as failed (1 to 10). Default 4.</summary>
    public int CallbackAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry of a failed delivery, doubled for each next one, in milliseconds. Default 1000 (1, 2, 4 s).</summary>
    public int CallbackRetryDelayMs { get; set; } = 1000;

    /// <summary>Copies every setting onto another instance (used to apply a test's options over configuration).</summary>
    /// <param name="target">The instance to overwrite.</param>
    public void CopyTo(MockServerOptions target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Seed = Seed;
        target.Jobs = Jobs;
        target.LiveSessions = LiveSessions;
        target.ApiKey = ApiKey;
        target.ReferenceTime = ReferenceTime;
        target.Faults = Faults;
        target.SignedUrlLifetimeSeconds = SignedUrlLifetimeSeconds;
        target.MaxLimit = MaxLimit;
        target.AdminKey = AdminKey;
        target.JournalSize = JournalSize;
        target.Lifecycle = Lifecycle;
        target.QueuedSeconds = QueuedSeconds;
        target.ProcessingSeconds = ProcessingSeconds;
        target.MaxUploadBytes = MaxUploadBytes;
        target.WebhookUrl = WebhookUrl;
        target.AllowRemoteCallbacks = AllowRemoteCallbacks;
        target.CallbackAttempts = CallbackAttempts;
        target.CallbackRetryDelayMs = CallbackRetryDelayMs;
    }

    /// <summary>The reasons these options cannot run, empty when they can.</summary>
    /// <returns>One message per invalid setting.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(Jobs is >= 0 and <= 100_000, "Jobs must be between 0 and 100000");
        Check(LiveSessions is >= 0 and <= 100_000, "LiveSessions must be between 0 and 100000");
        Check(!string.IsNullOrEmpty(ApiKey), "ApiKey must not be empty");
        if (Faults is null)
        {
            problems.Add("Faults must not be null");
        }
        else
        {
            problems.AddRange(Faults.Problems());
        }

        Check(SignedUrlLifetimeSeconds >= 1, "SignedUrlLifetimeSeconds must be 1 or more");
        Check(MaxLimit >= 1, "MaxLimit must be 1 or more");
        Check(AdminKey is null || AdminKey.Length > 0, "AdminKey must not be empty (leave it unset for an open admin API)");
        Check(JournalSize is >= 0 and <= 1_000_000, "JournalSize must be between 0 and 1000000");
        Check(QueuedSeconds is >= 0 and <= 86_400, "QueuedSeconds must be between 0 and 86400");
        Check(ProcessingSeconds is >= 0 and <= 86_400, "ProcessingSeconds must be between 0 and 86400");
        Check(MaxUploadBytes is >= 1 and <= 1L << 30, "MaxUploadBytes must be between 1 and 1073741824");
        if (WebhookUrl is not null && CallbackTarget.Problem("WebhookUrl", WebhookUrl, AllowRemoteCallbacks) is { } webhookProblem)
        {
            problems.Add(webhookProblem);
        }

        Check(CallbackAttempts is >= 1 and <= 10, "CallbackAttempts must be between 1 and 10");
        Check(CallbackRetryDelayMs is >= 0 and <= 60_000, "CallbackRetryDelayMs must be between 0 and 60000");
        return problems;

        void Check(bool ok, string message)
        {
            if (!ok)
            {
                problems.Add(message);
            }
        }
    }

    /// <summary>A one-line description of the faults for the start banner (never includes the key).</summary>
    /// <returns>The enabled faults, or "none".</returns>
    public string DescribeFaults() => Faults.Describe();
}
