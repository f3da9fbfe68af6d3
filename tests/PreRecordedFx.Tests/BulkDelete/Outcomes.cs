namespace PreRecordedFx.Tests;

/// <summary>Runs a bulk delete to the end and reads the mock's state through the API.</summary>
internal static class Outcomes
{
    public static async Task<List<DeleteOutcome>> AllAsync(IAsyncEnumerable<DeleteOutcome> outcomes)
    {
        var all = new List<DeleteOutcome>();
        await foreach (var outcome in outcomes)
        {
            all.Add(outcome);
        }

        return all;
    }

    public static async Task<List<Job>> ListedAsync(GladiaClient client, JobQuery query)
    {
        var all = new List<Job>();
        await foreach (var item in client.PreRecorded().ListAllAsync(query.WithLimit(100)))
        {
            all.Add(Results.RightOf(item));
        }

        return all;
    }

    public static HashSet<string> Ids<T>(IEnumerable<DeleteOutcome> outcomes)
        where T : DeleteOutcome =>
        [.. outcomes.OfType<T>().Select(IdOf)];

    public static string IdOf(DeleteOutcome outcome) => outcome.Match(
        deleted: d => d.Job.Id,
        wouldDelete: w => w.Job.Id,
        skipped: s => s.Job.Id,
        failed: f => f.Job.Id,
        listingFailed: _ => "(listing)");
}
