using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using LanguageExt;
using Microsoft.AspNetCore.WebUtilities;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>Properties over generated inputs, checked with CsCheck (a failure prints the seed that reproduces it).</summary>
public sealed class PropertyTests
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    // Pieces of text that stress percent-encoding: reserved characters, '+', '%', non-ASCII, a surrogate pair.
    private static readonly Gen<string> Text =
        Gen.OneOf("a", "Z", "0", " ", "&", "=", "[", "]", "%", "+", "#", "?", "/", ":", "é", "日本", "😀", ".", "-", "~", "'", "\"", ";", ",", "%20", "\t")
            .Array[0, 8]
            .Select(pieces => string.Concat(pieces));

    private static readonly Gen<string> NonEmptyText = Text.Where(t => t.Length > 0);

    private static readonly Gen<DateTimeOffset> Instant =
        Gen.Select(
            Gen.Long[new DateTime(1, 1, 2).Ticks, new DateTime(9999, 12, 30).Ticks],
            Gen.Int[-14 * 60, 14 * 60],
            (ticks, minutes) => new DateTimeOffset(new DateTime(ticks, DateTimeKind.Utc)).ToOffset(TimeSpan.FromMinutes(minutes)));

    private static readonly Gen<JobQuery> ValidQuery =
        Gen.Select(
            Gen.Int[0, int.MaxValue],
            Gen.Int[1, int.MaxValue],
            Gen.DateOnly.Select(Gen.Bool, (date, keep) => keep ? Option<DateOnly>.Some(date) : Option<DateOnly>.None),
            Gen.Select(Instant, Instant, Gen.Int[0, 3]),
            Gen.OneOf(Gen.OneOf(JobStatus.Queued, JobStatus.Processing, JobStatus.Done, JobStatus.Error), NonEmptyText.Select(t => new JobStatus(t))).Array[0, 4],
            Gen.Select(NonEmptyText, Text, (k, v) => new QueryParameter(k, v)).Array[0, 5],
            (offset, limit, date, range, statuses, metadata) =>
            {
                var (x, y, sides) = range;
                var (after, before) = x < y ? (x, y) : (y, x.AddTicks(1));
                return new JobQuery(
                    offset,
                    limit,
                    date,
                    (sides & 1) == 1 ? before : Option<DateTimeOffset>.None,
                    (sides & 2) == 2 ? after : Option<DateTimeOffset>.None,
                    statuses,
                    metadata);
            });

    [Fact]
    public void Any_valid_query_decodes_with_ASP_NET_Cores_parser_to_the_same_values()
    {
        ValidQuery.Sample(
            query =>
            {
                var parsed = QueryHelpers.ParseQuery("?" + Right(Requests.ListJobs(query)).QueryString);

                Assert.Equal(query.Offset, int.Parse(parsed["offset"].ToString(), CultureInfo.InvariantCulture));
                Assert.Equal(query.Limit, int.Parse(parsed["limit"].ToString(), CultureInfo.InvariantCulture));
                Assert.Equal(query.Date.Map(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Lookup(parsed, "date"));
                Assert.Equal(query.BeforeDate.Map(ToMillisecond), Lookup(parsed, "before_date").Map(ParseInstant));
                Assert.Equal(query.AfterDate.Map(ToMillisecond), Lookup(parsed, "after_date").Map(ParseInstant));
                Assert.Equal(query.Statuses.Select(s => s.Value), parsed.TryGetValue("status", out var statuses) ? statuses.ToArray() : []);
                var expectedMetadata = query.CustomMetadata
                    .GroupBy(p => p.Name, StringComparer.Ordinal)
                    .ToDictionary(g => "custom_metadata[" + g.Key + "]", g => g.Select(p => p.Value).ToArray(), StringComparer.Ordinal);
                var actualMetadata = parsed
                    .Where(p => p.Key.StartsWith("custom_metadata[", StringComparison.Ordinal))
                    .ToDictionary(p => p.Key, p => p.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.Ordinal);
                Assert.Equal(expectedMetadata, actualMetadata);
                Assert.Equal(
                    2 + query.Date.Count() + query.BeforeDate.Count() + query.AfterDate.Count() + (query.Statuses.Count > 0 ? 1 : 0) + expectedMetadata.Count,
                    parsed.Count);
            },
            iter: 2_000);
    }

    [Fact]
    public void Any_id_the_builder_accepts_stays_one_path_segment_under_the_jobs_path()
    {
        var hostileId = Gen.OneOf(
                "a", "7", "-", "_", "~", ".", "..", "/", "\\", "%", "%2e", "%2F", "?", "#", ";", ":", "@", "!", "$", "&", "'", "(", "*", "+", ",", "=",
                "é", "日", "😀", "．", "／", "\u200B", "\uFEFF", "\u202E", " ", "\t", "\u0000", "\u00A0", "\uD800", "\uDC00")
            .Array[1, 12]
            .Select(pieces => string.Concat(pieces));
        var root = new Uri("https://api.gladia.io");
        var accepted = 0;

        hostileId.Sample(
            id =>
            {
                JobIds.Validate(id).Match(
                    Right: valid =>
                    {
                        Interlocked.Increment(ref accepted);
                        Assert.Equal(["v2", "pre-recorded", valid], Segments(new Uri(root, Right(Requests.GetJob(valid)).Path)));
                        Assert.Equal(["v2", "pre-recorded", valid], Segments(new Uri(root, Right(Requests.DeleteJob(valid)).Path)));
                        Assert.Equal(["v2", "pre-recorded", valid, "file"], Segments(new Uri(root, Right(Requests.GetFile(valid)).Path)));
                    },
                    Left: error => Assert.Equal("jobId", Assert.IsType<PreRecordedError.InvalidArgument>(error).Parameter));
            },
            iter: 3_000);

        Assert.True(accepted > 100, $"only {accepted} ids were accepted: the generator no longer exercises the path");
    }

    [Fact]
    public void Parsers_fed_random_and_mutated_bodies_return_a_value_and_never_throw()
    {
        var jobBody = FixtureBytes("job-done.json");
        var pageBody = FixtureBytes("page.json");
        var body = Gen.Frequency(
            (3, Gen.Select(Gen.Bool, Gen.Int[0, int.MaxValue], (page, at) => Truncate(page ? pageBody : jobBody, at))),
            (3, Gen.Select(Gen.Bool, Gen.Int[0, int.MaxValue], (page, at) => DeleteMember(page ? pageBody : jobBody, at))),
            (3, Gen.Select(Gen.Bool, Gen.Int[0, int.MaxValue], Gen.Int[0, 7], (page, at, kind) => SwapValue(page ? pageBody : jobBody, at, kind))),
            (2, Gen.Select(Gen.Bool, Gen.Int[0, int.MaxValue], Gen.Byte[0x80, 0xFF], (page, at, bad) => Corrupt(page ? pageBody : jobBody, at, bad))),
            (2, Gen.Byte.Array[0, 300]),
            (1, Gen.OneOf("", "null", "[]", "{}", "\"x\"", "0", "{\"items\":[null]}", "{\"id\":{}}").Select(Encoding.UTF8.GetBytes)));
        var exchange = Gen.Select(
            Gen.Frequency((8, Gen.Const(200)), (1, Gen.OneOf(202, 400, 401, 403, 404, 429, 500, 502)), (1, Gen.Int[100, 599])),
            Gen.OneOf("application/json", "application/json; charset=utf-8", "text/html", "", "application/problem+json"),
            body,
            (status, contentType, bytes) => new HttpExchange(
                status,
                contentType.Length == 0 ? [] : [KeyValuePair.Create("Content-Type", contentType), KeyValuePair.Create("Retry-After", "3")],
                bytes,
                ReceivedAt));

        var jobs = 0;
        var malformed = 0;
        exchange.Sample(
            ex =>
            {
                var job = Responses.ParseJob(ex);
                AssertValue(job, AssertNullFree);
                if (job.IsRight)
                {
                    Interlocked.Increment(ref jobs);
                }
                else if (Left(job) is PreRecordedError.MalformedResponse)
                {
                    Interlocked.Increment(ref malformed);
                }
                AssertValue(Responses.ParsePage(ex), page =>
                {
                    Assert.NotNull(page.First);
                    Assert.NotNull(page.Current);
                    Assert.All(page.Items, AssertNullFree);
                });
                AssertValue(Responses.ParseDeleted(ex), _ => { });
                AssertValue(Responses.ParseFileHead(ex), info => Assert.NotNull(info.ContentType));
            },
            iter: 10_000);

        // Both outcomes must be common, or the generator has stopped producing near-valid bodies.
        Assert.True(jobs > 300 && malformed > 3_000, $"{jobs} jobs parsed, {malformed} malformed");
    }

    [Fact]
    public void Retry_after_is_never_negative()
    {
        var value = Gen.OneOf(
            Gen.Long[0, long.MaxValue].Select(s => s.ToString(CultureInfo.InvariantCulture)),
            Gen.Select(Gen.Int[-1_000_000, 1_000_000], seconds => ReceivedAt.AddSeconds(seconds).ToString("r", CultureInfo.InvariantCulture)),
            Gen.DateTimeOffset.Select(d => d.ToString("r", CultureInfo.InvariantCulture)),
            Text);

        Gen.Select(value, Gen.DateTimeOffset).Sample(
            (text, now) => Assert.True(RetryAfter.Parse(text, now).IfNone(TimeSpan.Zero) >= TimeSpan.Zero),
            iter: 3_000);
    }

    private static Option<string> Lookup(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> parsed, string key) =>
        parsed.TryGetValue(key, out var values) ? Assert.Single(values.ToArray())! : Option<string>.None;

    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateTimeOffset ToMillisecond(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static string[] Segments(Uri uri) =>
        [.. uri.Segments.Skip(1).Select(s => Uri.UnescapeDataString(s.TrimEnd('/')))];

    private static void AssertValue<T>(Either<PreRecordedError, T> result, Action<T> check)
    {
        Assert.False(result.IsBottom);
        result.Match(
            Right: check,
            Left: error =>
            {
                Assert.NotNull(error.Message);
                if (error is PreRecordedError.MalformedResponse malformed)
                {
                    Assert.True(malformed.Excerpt.Length <= 201, malformed.Excerpt);
                }
            });
    }

    private static void AssertNullFree(Job job)
    {
        Assert.NotNull(job.Id);
        Assert.NotNull(job.RequestId);
        Assert.NotNull(job.Kind);
        job.RequestParams.IfSome(options => Assert.NotNull(options.Other));
        job.Result.Bind(r => r.Transcription).IfSome(t =>
        {
            Assert.NotNull(t.FullTranscript);
            Assert.All(t.Languages, Assert.NotNull);
            Assert.All(t.Sentences, Assert.NotNull);
            Assert.All(t.Subtitles, s => Assert.NotNull(s?.Text));
            Assert.All(t.Utterances, u =>
            {
                Assert.NotNull(u?.Text);
                Assert.All(u.Words, w => Assert.NotNull(w?.Text));
            });
        });
    }

    private static byte[] Truncate(byte[] body, int at) => body[..(at % body.Length)];

    private static byte[] Corrupt(byte[] body, int at, byte bad)
    {
        var copy = (byte[])body.Clone();
        copy[at % copy.Length] = bad;
        return copy;
    }

    private static byte[] DeleteMember(byte[] body, int at)
    {
        var root = JsonNode.Parse(body)!;
        var members = Nodes(root).Where(n => n.Parent is JsonObject).ToList();
        var victim = members[at % members.Count];
        ((JsonObject)victim.Parent!).Remove(victim.GetPropertyName());
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static byte[] SwapValue(byte[] body, int at, int kind)
    {
        var root = JsonNode.Parse(body)!;
        var nodes = Nodes(root).Where(n => n.Parent is not null).ToList();
        var victim = nodes[at % nodes.Count];
        JsonNode? replacement = kind switch
        {
            0 => null,
            1 => JsonValue.Create(-1.5e300),
            2 => JsonValue.Create("not what you expected"),
            3 => new JsonArray(),
            4 => new JsonObject(),
            5 => JsonValue.Create(true),
            6 => JsonValue.Create(int.MinValue),
            _ => new JsonArray((JsonNode?)null),
        };
        victim.ReplaceWith(replacement);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode node) =>
        node switch
        {
            JsonObject obj => obj.Where(p => p.Value is not null).SelectMany(p => Nodes(p.Value!)).Prepend(node),
            JsonArray array => array.Where(item => item is not null).SelectMany(item => Nodes(item!)).Prepend(node),
            _ => [node],
        };
}
