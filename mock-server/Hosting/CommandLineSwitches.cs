namespace PreRecordedFx.MockServer;

/// <summary>
/// Every switch of the mock's command line, in the order <c>--help</c> lists them. This table is the only place a
/// switch is defined: the parser, <c>--help</c> (default, environment variable, meaning), the checks of given values
/// and of environment variables all read it. A new <see cref="MockServerOptions"/> property becomes a switch with
/// one entry here.
/// </summary>
internal static class CommandLineSwitches
{
    /// <summary>ASP.NET Core's own listening address, checked and shown like the others.</summary>
    public static MockSwitch Urls { get; } = new(
        "--urls",
        "urls",
        "ASPNETCORE_URLS",
        MockServerOptions.DefaultUrl,
        "where to listen; several addresses separated by ';'",
        "http:// or https:// addresses separated by ';'",
        value => value.Split(';', StringSplitOptions.RemoveEmptyEntries).All(IsHttpAddress) && value.Trim().Length > 0);

    /// <summary>The names <see cref="FrameworkLogLevel"/> accepts, whatever their case (not numbers, which Enum.TryParse would take).</summary>
    public static IReadOnlyDictionary<string, LogLevel> Levels { get; } =
        Enum.GetValues<LogLevel>().ToDictionary(level => level.ToString(), level => level, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The least level of the framework's own logs (ASP.NET Core, the host) that reaches the console. Warning by
    /// default, so a developer sees the banner and the mock's own messages, not the host's start-up lines.
    /// </summary>
    public static MockSwitch FrameworkLogLevel { get; } = new(
        "--log-level",
        "Logging:LogLevel:Default",
        "Logging__LogLevel__Default",
        nameof(Microsoft.Extensions.Logging.LogLevel.Warning),
        "least level of the framework's own logs (ASP.NET Core, the host) shown on the console",
        "one of trace, debug, information, warning, error, critical, none",
        value => Levels.ContainsKey(value.Trim()));

    public static IReadOnlyList<MockSwitch> All { get; } =
    [
        MockSwitch.Integer("--seed", nameof(MockServerOptions.Seed), o => o.Seed, int.MinValue, int.MaxValue,
            "seed of the fake data: the same seed gives the same jobs"),
        MockSwitch.Integer("--jobs", nameof(MockServerOptions.Jobs), o => o.Jobs, 0, 100_000, "number of jobs to invent"),
        MockSwitch.Integer("--live-sessions", nameof(MockServerOptions.LiveSessions), o => o.LiveSessions, 0, 100_000,
            "number of live sessions (/v2/live) to invent"),
        MockSwitch.Text("--api-key", nameof(MockServerOptions.ApiKey), o => o.ApiKey, "the key the x-gladia-key header must carry"),
        MockSwitch.Instant("--reference-time", nameof(MockServerOptions.ReferenceTime), o => o.ReferenceTime,
            "\"now\" for the data: jobs are created in the 90 days before it"),
        MockSwitch.Integer("--max-limit", nameof(MockServerOptions.MaxLimit), o => o.MaxLimit, 1, int.MaxValue,
            "page size cap: a larger limit is served as this many"),
        MockSwitch.Integer("--latency-ms", nameof(MockServerOptions.LatencyMs), o => o.LatencyMs, 0, 600_000,
            "latency added to every API answer, in milliseconds"),
        MockSwitch.Integer("--rate-limit", nameof(MockServerOptions.RateLimit), o => o.RateLimit, 0, int.MaxValue,
            "API requests admitted per window, the rest get 429 (0: off)"),
        MockSwitch.Integer("--rate-limit-window", nameof(MockServerOptions.RateLimitWindowSeconds), o => o.RateLimitWindowSeconds, 1, int.MaxValue,
            "rate-limit window length, in seconds"),
        MockSwitch.Integer("--retry-after", nameof(MockServerOptions.RetryAfter), o => o.RetryAfter, 0, int.MaxValue,
            "Retry-After seconds sent with a 429"),
        MockSwitch.Number("--error-rate", nameof(MockServerOptions.ErrorRate), o => o.ErrorRate, 0, 1,
            "share of API requests answered 500, 502 or 503"),
        MockSwitch.Number("--truncate-rate", nameof(MockServerOptions.TruncateRate), o => o.TruncateRate, 0, 1,
            "share of successful answers whose body is cut in half"),
        MockSwitch.Flag("--redirect-files", nameof(MockServerOptions.RedirectFiles), o => o.RedirectFiles,
            "production-like downloads: .../file answers 302 to a signed storage link"),
        MockSwitch.Integer("--signed-url-lifetime", nameof(MockServerOptions.SignedUrlLifetimeSeconds), o => o.SignedUrlLifetimeSeconds, 1, int.MaxValue,
            "how long a signed storage link stays valid, in seconds"),
        MockSwitch.Text("--admin-key", nameof(MockServerOptions.AdminKey), o => o.AdminKey ?? "none (the admin API is open)",
            "the key the x-admin-key header must carry on /__admin"),
        MockSwitch.Integer("--journal-size", nameof(MockServerOptions.JournalSize), o => o.JournalSize, 0, 1_000_000,
            "requests the journal (GET /__admin/requests) keeps (0: off)"),
        MockSwitch.Flag("--lifecycle", nameof(MockServerOptions.Lifecycle), o => o.Lifecycle,
            "jobs move: queued and processing jobs advance to done or error as time passes"),
        MockSwitch.Number("--queued-seconds", nameof(MockServerOptions.QueuedSeconds), o => o.QueuedSeconds, 0, 86_400,
            "with --lifecycle: how long a job stays queued, in seconds"),
        MockSwitch.Number("--processing-seconds", nameof(MockServerOptions.ProcessingSeconds), o => o.ProcessingSeconds, 0, 86_400,
            "with --lifecycle: how long a job stays processing, in seconds"),
        MockSwitch.Integer("--max-upload-bytes", nameof(MockServerOptions.MaxUploadBytes), o => o.MaxUploadBytes, 1, 1L << 30,
            "the largest audio file POST /v2/upload accepts, in bytes"),
        MockSwitch.Url("--webhook-url", nameof(MockServerOptions.WebhookUrl), o => o.WebhookUrl ?? "none",
            "where account webhooks go (transcription.created, .success, .error of created jobs); loopback only unless --allow-remote-callbacks"),
        MockSwitch.Flag("--allow-remote-callbacks", nameof(MockServerOptions.AllowRemoteCallbacks), o => o.AllowRemoteCallbacks,
            "callbacks and webhooks may go to any host, not only to loopback addresses"),
        MockSwitch.Integer("--callback-attempts", nameof(MockServerOptions.CallbackAttempts), o => o.CallbackAttempts, 1, 10,
            "tries of each callback or webhook before it is journaled as failed"),
        MockSwitch.Integer("--callback-retry-delay-ms", nameof(MockServerOptions.CallbackRetryDelayMs), o => o.CallbackRetryDelayMs, 0, 60_000,
            "wait before the first retry of a failed delivery, doubled for each next one, in milliseconds"),
        Urls,
        FrameworkLogLevel,
    ];

    private static bool IsHttpAddress(string address) =>
        address.Trim().StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || address.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
