namespace PreRecordedFx.MockServer;

/// <summary>Maps the short command-line switches (<c>--seed 7</c>) onto the <c>Mock</c> section.</summary>
internal static class CommandLineSwitches
{
    public static IDictionary<string, string> Mappings { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["--seed"] = Key(nameof(MockServerOptions.Seed)),
        ["--jobs"] = Key(nameof(MockServerOptions.Jobs)),
        ["--api-key"] = Key(nameof(MockServerOptions.ApiKey)),
        ["--reference-time"] = Key(nameof(MockServerOptions.ReferenceTime)),
        ["--latency-ms"] = Key(nameof(MockServerOptions.LatencyMs)),
        ["--rate-limit"] = Key(nameof(MockServerOptions.RateLimit)),
        ["--rate-limit-window"] = Key(nameof(MockServerOptions.RateLimitWindowSeconds)),
        ["--retry-after"] = Key(nameof(MockServerOptions.RetryAfter)),
        ["--error-rate"] = Key(nameof(MockServerOptions.ErrorRate)),
        ["--truncate-rate"] = Key(nameof(MockServerOptions.TruncateRate)),
        ["--redirect-files"] = Key(nameof(MockServerOptions.RedirectFiles)),
        ["--signed-url-lifetime"] = Key(nameof(MockServerOptions.SignedUrlLifetimeSeconds)),
        ["--max-limit"] = Key(nameof(MockServerOptions.MaxLimit)),
        ["--admin-key"] = Key(nameof(MockServerOptions.AdminKey)),
        ["--journal-size"] = Key(nameof(MockServerOptions.JournalSize)),
        ["--lifecycle"] = Key(nameof(MockServerOptions.Lifecycle)),
        ["--queued-seconds"] = Key(nameof(MockServerOptions.QueuedSeconds)),
        ["--processing-seconds"] = Key(nameof(MockServerOptions.ProcessingSeconds)),
        ["--max-upload-bytes"] = Key(nameof(MockServerOptions.MaxUploadBytes)),
    };

    // Switches that may stand alone as flags.
    private static readonly string[] Flags = ["--redirect-files", "--lifecycle"];

    /// <summary>
    /// Lets <c>--redirect-files</c> and <c>--lifecycle</c> stand alone as a flag: the configuration reader would otherwise take the
    /// next switch as its value.
    /// </summary>
    public static string[] ExpandFlags(string[] args)
    {
        var expanded = new List<string>(args.Length + 1);
        for (var i = 0; i < args.Length; i++)
        {
            expanded.Add(args[i]);
            var isBareFlag = Flags.Contains(args[i], StringComparer.OrdinalIgnoreCase)
                && (i + 1 == args.Length || args[i + 1].StartsWith('-'));
            if (isBareFlag)
            {
                expanded.Add("true");
            }
        }

        return [.. expanded];
    }

    private static string Key(string property) => MockServerOptions.SectionName + ":" + property;
}
