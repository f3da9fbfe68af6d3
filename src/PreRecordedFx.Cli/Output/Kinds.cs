namespace PreRecordedFx.Cli;

/// <summary>
/// How output names jobs' kinds. Pre-recorded alone (the default) reads as it always has; once live sessions are in
/// play, lines and tables name each job's kind, and JSON reports always carry a <c>kinds</c> map (id to kind).
/// </summary>
internal static class Kinds
{
    /// <summary>Whether lines and tables name each job's kind: when anything but pre-recorded jobs alone may be shown.</summary>
    public static bool Shown(IReadOnlyList<JobCollection> collections) =>
        collections.Count != 1 || collections[0].Kind != JobKinds.PreRecorded;

    /// <summary><c>" (live)"</c> after a job's id on a line, when kinds are <paramref name="shown"/>.</summary>
    public static string Tag(bool shown, string kind) => shown ? $" ({kind})" : string.Empty;

    /// <summary><c>" of kind pre-recorded or live"</c> for a prompt or a notice, when kinds are shown.</summary>
    public static string Phrase(IReadOnlyList<JobCollection> collections) =>
        Shown(collections) ? " of kind " + string.Join(" or ", collections.Select(c => c.Kind)) : string.Empty;

    /// <summary>Each id's kind, for a JSON report.</summary>
    public static IReadOnlyDictionary<string, string> Map(IEnumerable<(string Id, string Kind)> jobs)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, kind) in jobs)
        {
            map[id] = kind;
        }

        return map;
    }
}
