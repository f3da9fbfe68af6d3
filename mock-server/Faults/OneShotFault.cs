using PreRecordedFx.MockServer.Faults;

namespace PreRecordedFx.MockServer;

/// <summary>
/// "The next <see cref="Count"/> requests matching <see cref="Method"/> and <see cref="Path"/> get status
/// <see cref="Status"/>": a fault aimed at particular requests, used up as it fires. Armed through
/// <c>PUT /__admin/faults</c>, <c>POST /__admin/faults/one-shots</c> or <see cref="MockServerFactory.AddOneShotFault"/>.
/// </summary>
/// <example><code>
/// mock.AddOneShotFault(new OneShotFault { Method = "GET", Path = "/v2/pre-recorded/*", Status = 429, RetryAfter = 2, Count = 2 });
/// </code></example>
public sealed record OneShotFault
{
    /// <summary>The HTTP method to match (any case), or <c>null</c> for any method.</summary>
    public string? Method { get; init; }

    /// <summary>The path to match exactly (no query), or a prefix when it ends in <c>*</c>, e.g. <c>/v2/pre-recorded/*</c>.</summary>
    public string Path { get; init; } = "*";

    /// <summary>How many matching requests get the fault (1 or more). Default 1.</summary>
    public int Count { get; init; } = 1;

    /// <summary>The status to answer, 200 to 599. Default 503. Ignored when <see cref="Truncate"/> is set.</summary>
    public int Status { get; init; } = StatusCodes.Status503ServiceUnavailable;

    /// <summary>A <c>Retry-After</c> header (seconds) to send with it, if any.</summary>
    public int? RetryAfter { get; init; }

    /// <summary>The body to send (as <c>application/json</c>) instead of Gladia's error body, if any.</summary>
    public string? Body { get; init; }

    /// <summary>Serve the real answer, cut in half, instead of <see cref="Status"/>.</summary>
    public bool Truncate { get; init; }

    /// <summary>Whether a request with this method and path is aimed at.</summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path, without query.</param>
    /// <returns><c>true</c> when it matches.</returns>
    public bool Matches(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var methodMatches = Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase);
        var pathMatches = Path.EndsWith('*')
            ? path.StartsWith(Path[..^1], StringComparison.Ordinal)
            : string.Equals(Path, path, StringComparison.Ordinal);
        return methodMatches && pathMatches;
    }

    /// <summary>Why this fault cannot be armed, empty when it can.</summary>
    /// <returns>One message per invalid member.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(Path) || (Path != "*" && !Path.StartsWith('/')))
        {
            problems.Add("Path must start with / (or be * for any path)");
        }

        if (Count < 1)
        {
            problems.Add("Count must be 1 or more");
        }

        if (Status is < 200 or > 599)
        {
            problems.Add("Status must be between 200 and 599");
        }

        if (RetryAfter is < 0)
        {
            problems.Add("RetryAfter must be 0 or more");
        }

        return problems;
    }
}
