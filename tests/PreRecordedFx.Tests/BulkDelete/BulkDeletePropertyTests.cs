using CsCheck;
using PreRecordedFx.MockServer;
using static PreRecordedFx.Tests.Outcomes;

namespace PreRecordedFx.Tests;

/// <summary>Bulk delete over random stores and random queries, on the in-memory mock.</summary>
public sealed class BulkDeletePropertyTests
{
    // Filters are picked from what the store holds, so that most queries match some jobs and miss others.
    private sealed record Case(int Seed, int Jobs, int StatusMask, int DateFilter, int Pivot, int MetadataPick, int PageSize, int Concurrency);

    private static readonly Gen<Case> Cases = Gen.Select(
        Gen.Int[1, 10_000],
        Gen.Int[0, 45],
        Gen.Int[0, 15],
        Gen.Int[0, 3],
        Gen.Int[0, 1000],
        Gen.Int[-1, 1000],
        Gen.Int[1, 20],
        Gen.Int[1, 6],
        (seed, jobs, mask, dateFilter, pivot, metadata, pageSize, concurrency) => new Case(seed, jobs, mask, dateFilter, pivot, metadata, pageSize, concurrency));

    [Fact]
    public async Task A_bulk_delete_deletes_every_finished_job_the_query_lists_and_touches_no_other() =>
        await Cases.SampleAsync(
            async example =>
            {
                await using var mock = new MockServer(new MockServerOptions { Seed = example.Seed, Jobs = example.Jobs });
                using var client = mock.Client();
                var before = await ListedAsync(client, JobQuery.Default);
                var query = QueryFor(example, before);
                var matching = (await ListedAsync(client, query)).Select(j => j.Id).ToHashSet();
                var pending = before.Where(j => matching.Contains(j.Id) && j.Status.IsPending).Select(j => j.Id).ToHashSet();

                var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(query, new BulkDeleteOptions { MaxConcurrency = example.Concurrency }));

                var after = (await ListedAsync(client, JobQuery.Default)).Select(j => j.Id).ToHashSet();
                var outside = before.Select(j => j.Id).Where(id => !matching.Contains(id));
                return outside.All(after.Contains)
                    && Ids<DeleteOutcome.Deleted>(outcomes).SetEquals(matching.Except(pending))
                    && Ids<DeleteOutcome.Skipped>(outcomes).SetEquals(pending)
                    && outcomes.Count == matching.Count
                    && !matching.Except(pending).Any(after.Contains)
                    && pending.All(after.Contains);
            },
            iter: 25,
            threads: 1);

    private static JobQuery QueryFor(Case example, List<Job> store)
    {
        var query = JobQuery.Default.WithLimit(example.PageSize);
        var statuses = JobStatus.Known.Where((_, i) => (example.StatusMask & (1 << i)) != 0).ToArray();
        query = query.WithStatus(statuses);
        if (store.Count == 0)
        {
            return query;
        }

        var pivot = store[example.Pivot % store.Count].CreatedAt;
        query = example.DateFilter switch
        {
            1 => query.WithDate(DateOnly.FromDateTime(pivot.UtcDateTime)),
            2 => query.WithBeforeDate(pivot),
            3 => query.WithAfterDate(pivot),
            _ => query,
        };
        if (example.MetadataPick >= 0 && store[example.MetadataPick % store.Count].CustomMetadata.Case is IReadOnlyDictionary<string, System.Text.Json.JsonElement> metadata)
        {
            var pair = metadata.First(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.String);
            query = query.WithCustomMetadata(pair.Key, pair.Value.GetString()!);
        }

        return query;
    }
}
