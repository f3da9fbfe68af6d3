using System.Globalization;

namespace PreRecordedFx.MockServer;

/// <summary>
/// The faults: latency, rate limit, shares of 5xx and truncated answers, file redirects and one-shot faults. The
/// mock starts with <see cref="MockServerOptions.Faults"/> (which the switches <c>--latency-ms</c>, <c>--rate-limit</c>,
/// <c>--error-rate</c>… set) and they can be replaced while it runs (<c>PUT /__admin/faults</c>,
/// <see cref="MockServerFactory.SetFaults"/>). A member left out of a <c>PUT</c> body is off (or its default).
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

    /// <summary>
    /// Why these settings cannot run, empty when they can. <see cref="MockServerOptions.Problems"/> reports these too:
    /// the rules of a fault live here only.
    /// </summary>
    /// <returns>One message per invalid setting.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(LatencyMs is >= 0 and <= 600_000, "LatencyMs must be between 0 and 600000");
        Check(RateLimit >= 0, "RateLimit must be 0 (off) or more");
        Check(RateLimitWindowSeconds >= 1, "RateLimitWindowSeconds must be 1 or more");
        Check(RetryAfter >= 0, "RetryAfter must be 0 or more");
        Check(ErrorRate is >= 0 and <= 1, "ErrorRate must be between 0 and 1");
        Check(TruncateRate is >= 0 and <= 1, "TruncateRate must be between 0 and 1");
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

        void Check(bool ok, string message)
        {
            if (!ok)
            {
                problems.Add(message);
            }
        }
    }

    /// <summary>A one-line description for the start banner: the faults switched on, or "none".</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        var faults = new List<string>();
        if (LatencyMs > 0)
        {
            faults.Add($"latency {LatencyMs} ms");
        }

        if (RateLimit > 0)
        {
            faults.Add($"rate limit {RateLimit}/{RateLimitWindowSeconds}s (Retry-After {RetryAfter})");
        }

        if (ErrorRate > 0)
        {
            faults.Add("5xx share " + ErrorRate.ToString(CultureInfo.InvariantCulture));
        }

        if (TruncateRate > 0)
        {
            faults.Add("truncated share " + TruncateRate.ToString(CultureInfo.InvariantCulture));
        }

        if (RedirectFiles)
        {
            faults.Add("302 file redirects");
        }

        if (OneShots is { Count: > 0 })
        {
            faults.Add($"{OneShots.Count} one-shot fault(s)");
        }

        return faults.Count == 0 ? "none" : string.Join(", ", faults);
    }
}
