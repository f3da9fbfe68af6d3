using System.Text.Json;

namespace PreRecordedFx.Cli;

/// <summary>Jobs written back in Gladia's wire format (the library's serializer keeps the wire's names and order).</summary>
internal static class JobJson
{
    public static string Line(Job job) => JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job);

    /// <summary>An envelope as the wire has it, without what it skipped (result, creation options, the file but its duration).</summary>
    public static string Line(JobEnvelope job) => JsonSerializer.Serialize(job, GladiaJsonContext.Default.JobEnvelope);

    public static string Indented(Job job) => JsonSerializer.Serialize(job, Pretty.Job);

    public static string Array(IEnumerable<Job> jobs) => "[" + string.Join(",", jobs.Select(Line)) + "]";

    public static string Array(IEnumerable<JobEnvelope> jobs) => "[" + string.Join(",", jobs.Select(Line)) + "]";

    /// <summary>The library's serializer, indented.</summary>
    internal static readonly GladiaJsonContext Pretty = new(new JsonSerializerOptions(GladiaJsonContext.Default.Options) { WriteIndented = true });
}
