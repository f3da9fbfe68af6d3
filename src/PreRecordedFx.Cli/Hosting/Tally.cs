using System.Collections.Concurrent;

namespace PreRecordedFx.Cli;

/// <summary>
/// What a command has finished so far (e.g. "deleted 3 jobs, archived 3 jobs"), counted as it goes, so an
/// interrupted run can say exactly what it did before it stopped.
/// </summary>
internal sealed class Tally
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();

    /// <summary>Counts one more job that <paramref name="verb"/> (e.g. <c>deleted</c>).</summary>
    public void Add(string verb)
    {
        if (counts.AddOrUpdate(verb, 1, (_, count) => count + 1) == 1)
        {
            order.Enqueue(verb);
        }
    }

    /// <summary>How many jobs <paramref name="verb"/> so far.</summary>
    public int Count(string verb) => counts.GetValueOrDefault(verb);

    /// <summary>The work done, in the order each kind was first done, or <c>nothing changed</c>.</summary>
    public override string ToString()
    {
        var done = order.Select(verb => $"{verb} {counts[verb]} {(counts[verb] == 1 ? "job" : "jobs")}").ToList();
        return done.Count == 0 ? "nothing changed" : string.Join(", ", done);
    }
}
