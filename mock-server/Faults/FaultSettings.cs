namespace PreRecordedFx.MockServer;

/// <summary>
/// The rate-based faults, changeable while the mock runs (<c>PUT /__admin/faults</c>, <see cref="MockServerFactory.SetFaults"/>);
/// each member means what the <see cref="MockServerOptions"/> member of the same name means. A member left out of a
/// <c>PUT</c> body is off (or its default).
/// </summary>
public sealed record FaultSettings
{
    /// <summary>Latency added to every API answer, in milliseconds.</summary>
    public int LatencyMs { get; init; }

    /// <summary>How many API requests each rate-limit window admits; 0 turns the limit off.</summary>
    public int RateLimit { get; init; }

    /// <summary>The length of a rate-limit window, in seconds. Default 1.</summary>
    public int RateLimitWindowSeconds { get; init; } = 1;

    /// <summary>The <c>Retry-After</c> (seconds) sent with a 429. Default 1.</summary>
    public int RetryAfter { get; init; } = 1;

    /// <summary>The share (0 to 1) of API requests answered with a 5xx instead.</summary>
    public double ErrorRate { get; init; }

    /// <summary>The share (0 to 1) of successful answers whose body is cut in half.</summary>
    public double TruncateRate { get; init; }

    /// <summary>Whether file downloads answer 302 to a signed storage link.</summary>
    public bool RedirectFiles { get; init; }

    /// <summary>One-shot faults to arm (they replace those still pending); empty by default.</summary>
    public IReadOnlyList<OneShotFault> OneShots { get; init; } = [];

    /// <summary>The fault settings of these options (no one-shots).</summary>
    /// <param name="options">The mock's options.</param>
    /// <returns>The settings.</returns>
    public static FaultSettings From(MockServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new()
        {
            LatencyMs = options.LatencyMs,
            RateLimit = options.RateLimit,
            RateLimitWindowSeconds = options.RateLimitWindowSeconds,
            RetryAfter = options.RetryAfter,
            ErrorRate = options.ErrorRate,
            TruncateRate = options.TruncateRate,
            RedirectFiles = options.RedirectFiles,
        };
    }

    /// <summary>Why these settings cannot run, empty when they can (the same rules as <see cref="MockServerOptions.Problems"/>).</summary>
    /// <returns>One message per invalid setting.</returns>
    public IReadOnlyList<string> Problems()
    {
        var probe = new MockServerOptions
        {
            LatencyMs = LatencyMs,
            RateLimit = RateLimit,
            RateLimitWindowSeconds = RateLimitWindowSeconds,
            RetryAfter = RetryAfter,
            ErrorRate = ErrorRate,
            TruncateRate = TruncateRate,
        };
        var problems = probe.Problems().ToList();
        if (OneShots is null)
        {
            problems.Add("OneShots must be a list");
        }
        else
        {
            problems.AddRange(OneShots.SelectMany((fault, i) => fault is null
                ? [$"OneShots[{i}] must be an object"]
                : fault.Problems().Select(problem => $"OneShots[{i}].{problem}")));
        }

        return problems;
    }
}
