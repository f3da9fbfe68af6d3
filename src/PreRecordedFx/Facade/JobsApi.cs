using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// One of an account's two job collections — pre-recorded jobs (<see cref="PreRecordedJobs"/>) or live sessions
/// (<see cref="LiveSessions"/>) — with the calls that do not depend on the kind: envelope listings and walks, the
/// audio file in its three forms, delete and bulk delete. Code that manages both kinds alike (a retention rule, a
/// deletion request) takes a <see cref="JobsApi"/>: <c>JobsApi[] both = [client.PreRecorded(), client.Live()]</c>.
/// The typed calls (get, list, walk and wait with whole jobs) are on <see cref="JobsApi{TJob, TPage}"/>. Each call
/// returns <c>Either</c> — a value on the right, a <see cref="PreRecordedError"/> on the left — so HTTP failures are
/// data, not exceptions; only the caller's cancellation throws (<see cref="OperationCanceledException"/>). Every
/// member is virtual so tests can fake it.
/// </summary>
/// <example><code>
/// JobsApi[] both = [client.PreRecorded(), client.Live()];
/// foreach (var jobs in both)
/// {
///     await foreach (var outcome in jobs.DeleteAllAsync(JobQuery.Default.WithCustomMetadata("userId", "u-42")))
///     {
///         Console.WriteLine(outcome);
///     }
/// }
/// </code></example>
public abstract partial class JobsApi
{
    private const string InMemory = "memory";

    private protected readonly OperationRunner runner;
    private protected readonly GladiaClientOptions options;

    // The public class's name, for ToString: a mocking framework's subclass prints as what it fakes.
    private readonly string name;

    private protected JobsApi(string name, JobKind kind)
    {
        this.name = name;
        Kind = kind;
        runner = null!;
        options = null!;
    }

    private protected JobsApi(string name, JobKind kind, OperationRunner runner, GladiaClientOptions options)
    {
        this.name = name;
        Kind = kind;
        this.runner = runner;
        this.options = options;
    }

    /// <summary>The collection this API manages: <c>/v2/pre-recorded</c> or <c>/v2/live</c>.</summary>
    public JobKind Kind { get; }

    /// <summary>
    /// Gets one page of jobs (<c>GET /v2/pre-recorded</c> or <c>/v2/live</c>), newest first, as envelopes: each job's id, status, dates,
    /// metadata and audio duration, its result and creation options skipped unread. For a walk that does not read
    /// transcripts.
    /// </summary>
    /// <param name="query">Paging and filters, e.g. <c>JobQuery.Default.WithStatus(JobStatus.Done)</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, or why not (an invalid query is rejected before anything is sent).</returns>
    public virtual Task<Either<PreRecordedError, JobEnvelopePage>> ListEnvelopesAsync(JobQuery query, CancellationToken cancellationToken = default)
    {
        // Stryker disable once Statement: without it Requests.ListJobs throws the same ArgumentNullException, a step later.
        ArgumentNullException.ThrowIfNull(query);
        return runner.RunAsync("list", options.ListTimeout, Requests.ListJobs(query, Kind), ReadJson(Responses.ParseEnvelopePage), cancellationToken);
    }

    /// <summary>The page of envelopes after <paramref name="page"/>, as <see cref="JobsApi{TJob, TPage}.NextPageAsync(TPage, CancellationToken)"/> gets whole jobs.</summary>
    /// <param name="page">A page from <see cref="ListEnvelopesAsync"/> or from this method.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next page, <c>None</c> after the last page, or why not.</returns>
    public virtual Task<Either<PreRecordedError, Option<JobEnvelopePage>>> NextPageAsync(JobEnvelopePage page, CancellationToken cancellationToken = default) =>
        NextAsync<JobEnvelopePage, JobEnvelope>(page, Responses.ParseEnvelopePage, cancellationToken);

    /// <summary>
    /// Every job matching <paramref name="query"/> as an envelope (id, status, dates, metadata, duration), its result and
    /// creation options skipped unread: what list, prune and retention scripts need, at a fraction of the time and
    /// memory of <see cref="JobsApi{TJob, TPage}.ListAllAsync"/>. Failures and stopping early behave as there. The whole job is one
    /// <see cref="JobsApi{TJob, TPage}.GetAsync"/> away.
    /// </summary>
    /// <param name="query">Filters and the first page's offset and size.</param>
    /// <param name="cancellationToken">Cancels the enumeration (also honoured via <c>WithCancellation</c>).</param>
    /// <returns>The envelopes, then at most one error.</returns>
    /// <example><code>
    /// await foreach (var item in jobs.ListAllEnvelopesAsync(JobQuery.Default.WithStatus(JobStatus.Error)))
    /// {
    ///     item.Match(Right: job => Console.WriteLine($"{job.Id} {job.ErrorCode}"), Left: error => Console.WriteLine(error.Message));
    /// }
    /// </code></example>
    public virtual IAsyncEnumerable<Either<PreRecordedError, JobEnvelope>> ListAllEnvelopesAsync(JobQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return WalkAsync<JobEnvelopePage, JobEnvelope>(token => ListEnvelopesAsync(query, token), Responses.ParseEnvelopePage, cancellationToken);
    }

    /// <summary>Downloads a job's audio into memory (<c>GET /v2/pre-recorded/:id/file</c> or <c>/v2/live/:id/file</c>), as Gladia's SDKs do.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The bytes, or why not. A file whose declared length is more than one array holds is refused before its body is
    /// read, as a <see cref="PreRecordedError.DestinationFailure"/> naming <c>memory</c>: use
    /// <see cref="DownloadFileAsync"/> or <see cref="OpenFileAsync"/> for large files.
    /// </returns>
    public virtual async Task<Either<PreRecordedError, byte[]>> GetFileAsync(string jobId, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var written = await DownloadCoreAsync(jobId, buffer, InMemory, Array.MaxLength, progress: null, cancellationToken).ConfigureAwait(false);
        return written.Map(_ => buffer.ToArray());
    }

    /// <summary>
    /// Opens a job's audio as a stream. The time budget (<see cref="GladiaClientOptions.FileTimeout"/>) covers the
    /// request up to the response headers; you read the body at your own pace.
    /// </summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open download (dispose it to release the connection), or why not.</returns>
    public virtual Task<Either<PreRecordedError, AudioDownload>> OpenFileAsync(string jobId, CancellationToken cancellationToken = default) =>
        OpenFileFromAsync(jobId, 0, cancellationToken);

    /// <summary>
    /// Opens a job's audio from byte <paramref name="fromByte"/> on, to resume a download that was cut off: it sends
    /// <c>Range: bytes=N-</c>. Check <see cref="AudioDownload.Offset"/>: a server that honours ranges answers 206 and the
    /// content starts at <paramref name="fromByte"/>; one that ignores them answers 200 with the whole file (offset 0).
    /// </summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="fromByte">
    /// The first byte wanted (0: the whole file, no <c>Range</c> header). A negative value is refused before anything is
    /// sent (<see cref="PreRecordedError.InvalidArgument"/>); one at or past the end of the file is answered 416 (a
    /// <see cref="PreRecordedError.ServiceError"/>); a 206 that starts elsewhere is a <see cref="PreRecordedError.MalformedResponse"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open download (dispose it to release the connection), or why not.</returns>
    public virtual Task<Either<PreRecordedError, AudioDownload>> OpenFileFromAsync(string jobId, long fromByte, CancellationToken cancellationToken = default)
    {
        if (fromByte < 0)
        {
            return Task.FromResult(Either<PreRecordedError, AudioDownload>.Left(
                new PreRecordedError.InvalidArgument(nameof(fromByte), string.Create(CultureInfo.InvariantCulture, $"must be 0 or more, not {fromByte}"))));
        }

        var range = fromByte == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"bytes={fromByte}-");
        return runner.RunAsync("file", options.FileTimeout, Requests.GetFile(jobId, Kind), range, (response, token) => OpenAsync(response, fromByte, token), cancellationToken);
    }

    /// <summary>Downloads a job's audio into a stream in constant memory.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="destination">
    /// Where to write; left open, and possibly partly written on failure. A stream that cannot be written is refused
    /// before anything is sent (<see cref="PreRecordedError.InvalidArgument"/>); a write that fails (a full disk) ends the
    /// call as <see cref="PreRecordedError.DestinationFailure"/>.
    /// </param>
    /// <param name="progress">Told the running byte count after each chunk.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of bytes written, or why not.</returns>
    public virtual async Task<Either<PreRecordedError, long>> DownloadFileAsync(
        string jobId, Stream destination, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            return new PreRecordedError.InvalidArgument(nameof(destination), "the stream cannot be written (it is read-only or closed)");
        }

        return await DownloadCoreAsync(jobId, destination, StreamCopy.NameOf(destination), long.MaxValue, progress, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Downloads a job's audio to a file in constant memory. It is written under a temporary name in the same folder
    /// and moved into place only on success: a failure or cancellation leaves nothing behind (and an existing file
    /// at <paramref name="path"/> untouched).
    /// </summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="path">
    /// The file to create or replace. A path that names a folder (an existing one, or ending in a separator) is refused
    /// before anything is sent (<see cref="PreRecordedError.InvalidArgument"/>); a failure to write or move the file
    /// is a <see cref="PreRecordedError.DestinationFailure"/> naming it.
    /// </param>
    /// <param name="progress">Told the running byte count after each chunk.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of bytes written, or why not.</returns>
    public virtual async Task<Either<PreRecordedError, long>> DownloadFileToPathAsync(
        string jobId, string path, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Requests.GetFile(jobId, Kind).Case is PreRecordedError rejected)
        {
            return rejected; // before creating any file
        }

        if (Path.EndsInDirectorySeparator(path) || Directory.Exists(path))
        {
            return new PreRecordedError.InvalidArgument(nameof(path), $"'{path}' names a folder, not a file");
        }

        TempFile temp;
        try
        {
            temp = new TempFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new PreRecordedError.InvalidArgument(nameof(path), e.Message);
        }

        await using (temp.ConfigureAwait(false))
        {
            var written = await DownloadCoreAsync(jobId, temp.Stream, temp.Destination, long.MaxValue, progress, cancellationToken).ConfigureAwait(false);
            return written.IsRight ? await CommitAsync(temp, written).ConfigureAwait(false) : written;
        }
    }

    /// <summary>Deletes a job and its data (<c>DELETE /v2/pre-recorded/:id</c> or <c>/v2/live/:id</c>).</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>unit</c>, or why not (<see cref="PreRecordedError.NotDeletable"/> while queued or processing).</returns>
    public virtual Task<Either<PreRecordedError, Unit>> DeleteAsync(string jobId, CancellationToken cancellationToken = default) =>
        runner.RunAsync("delete", options.DeleteTimeout, Requests.DeleteJob(jobId, Kind), ReadJson(Responses.ParseDeleted), cancellationToken);

    /// <inheritdoc />
    public override string ToString() => options is null ? name : $"{name}({options.BaseUrl})";

    private protected Task<Either<PreRecordedError, TListPage>> FollowAsync<TListPage>(Uri next, Func<HttpExchange, Either<PreRecordedError, TListPage>> parse, CancellationToken cancellationToken) =>
        runner.RunAsync("next-page", options.ListTimeout, Requests.FromNextLink(next, options.BaseUrl, Kind), ReadJson(parse), cancellationToken);

    private protected async Task<Either<PreRecordedError, Option<TListPage>>> NextAsync<TListPage, TItem>(
        TListPage page, Func<HttpExchange, Either<PreRecordedError, TListPage>> parse, CancellationToken cancellationToken)
        where TListPage : ListPage<TItem>
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Next.Case is not Uri next)
        {
            return Option<TListPage>.None;
        }

        var following = await FollowAsync(next, parse, cancellationToken).ConfigureAwait(false);
        return following.Map(Option<TListPage>.Some);
    }

    // One walk for whole jobs and envelopes: the items of each page in turn, following next links. Nothing is sent
    // before the first item is asked for.
    private protected async IAsyncEnumerable<Either<PreRecordedError, TItem>> WalkAsync<TListPage, TItem>(
        Func<CancellationToken, Task<Either<PreRecordedError, TListPage>>> first,
        Func<HttpExchange, Either<PreRecordedError, TListPage>> parse,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TListPage : ListPage<TItem>
    {
        var page = await first(cancellationToken).ConfigureAwait(false);

        // A server whose next link points back at a page already read would otherwise loop for ever.
        var visited = new System.Collections.Generic.HashSet<Uri>();
        while (true)
        {
            if (page.Case is not TListPage current)
            {
                yield return (PreRecordedError)page.Case!;
                yield break;
            }

            foreach (var item in current.Items)
            {
                yield return item;
            }

            if (current.Next.Case is not Uri next)
            {
                yield break;
            }

            visited.Add(current.Current);
            if (!visited.Add(next))
            {
                yield return new PreRecordedError.MalformedResponse(200, "the next link points back to a page already read", next.GetLeftPart(UriPartial.Path));
                yield break;
            }

            // Let go of the page just walked before reading the next: held across the fetch, its hundred jobs
            // outlive a collection and get promoted, which slowed the walk down (see benchmarks/README.md).
            current = null!;
            page = default;
            page = await FollowAsync(next, parse, cancellationToken).ConfigureAwait(false);
        }
    }

    // The move into place is the last thing that can fail, after the whole body arrived: it is the destination's failure.
    private static async Task<Either<PreRecordedError, long>> CommitAsync(TempFile temp, Either<PreRecordedError, long> written)
    {
        try
        {
            await temp.CommitAsync().ConfigureAwait(false);
            return written;
        }
        catch (Exception e) when (StreamCopy.IsLocal(e))
        {
            return StreamCopy.Failed(temp.Destination, e);
        }
    }

    // capacity: the most bytes the destination can hold; a larger declared length is refused before the body is read.
    private Task<Either<PreRecordedError, long>> DownloadCoreAsync(
        string jobId,
        Stream destination,
        string destinationName,
        long capacity,
        IProgress<DownloadProgress>? progress,
        CancellationToken cancellationToken) =>
        runner.RunAsync(
            "file",
            options.FileTimeout,
            Requests.GetFile(jobId, Kind),
            async (response, token) =>
            {
                var opened = await OpenAsync(response, 0, token).ConfigureAwait(false);
                if (opened.Case is not AudioDownload audio)
                {
                    return (PreRecordedError)opened.Case!;
                }

                await using (audio.ConfigureAwait(false))
                {
                    if (audio.Info.ContentLength.Filter(length => length > capacity).Case is long tooLong)
                    {
                        return new PreRecordedError.DestinationFailure(
                            destinationName,
                            $"the file is {tooLong} bytes, more than one array holds ({capacity}); use DownloadFileAsync or OpenFileAsync");
                    }

                    return await StreamCopy.CopyAsync(audio.Content, destination, destinationName, audio.Info, progress, token).ConfigureAwait(false);
                }
            },
            cancellationToken);

    private protected Func<HttpResponseMessage, CancellationToken, Task<Either<PreRecordedError, T>>> ReadJson<T>(
        Func<HttpExchange, Either<PreRecordedError, T>> parse) =>
        async (response, token) =>
        {
            using (response)
            {
                return await ExchangeReader.ReadAsync(response, options.MaxResponseBytes, runner.Time, parse, token).ConfigureAwait(false);
            }
        };

    // fromByte: where the content must start when the server answers 206 (partial content).
    private async Task<Either<PreRecordedError, AudioDownload>> OpenAsync(HttpResponseMessage response, long fromByte, CancellationToken token)
    {
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                using (response)
                {
                    var exchange = await ExchangeReader.ReadAsync(response, options.MaxResponseBytes, runner.Time, token).ConfigureAwait(false);
                    return exchange.Bind(e => Either<PreRecordedError, AudioDownload>.Left(Responses.Failure(e, deleting: false)));
                }
            }

            var head = Responses.ParseFileHead(ExchangeReader.Head(response, runner.Time));
            if (head.Case is not AudioFileInfo info)
            {
                response.Dispose();
                return (PreRecordedError)head.Case!;
            }

            var offset = 0L;
            if (response.StatusCode == HttpStatusCode.PartialContent)
            {
                var range = response.Content.Headers.ContentRange;
                if (range is not { Unit: "bytes", From: { } from } || from != fromByte)
                {
                    response.Dispose();
                    return new PreRecordedError.MalformedResponse(206, $"the partial content does not start at byte {fromByte} (Content-Range: {range?.ToString() ?? "none"})", string.Empty);
                }

                offset = from;
            }

            var content = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            return new AudioDownload(content, info, offset, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
