using LanguageExt;

namespace PreRecordedFx;

/// <summary>Starting jobs: upload, create, and transcribe (both, then wait).</summary>
public partial class PreRecordedJobs
{
    // Stands in for the upload's link while a file's request is checked, so a bad request fails before any byte goes up.
    private const string PendingUpload = "https://upload.pending/audio";

    /// <summary>
    /// Uploads a local file (<c>POST /v2/upload</c>, the multipart field <c>audio</c>), streamed in constant memory.
    /// Its <see cref="UploadedAudio.AudioUrl"/> is what a <see cref="TranscriptionRequest"/> takes.
    /// </summary>
    /// <param name="path">The file. One that does not exist or cannot be read is refused before anything is sent (<see cref="PreRecordedError.InvalidArgument"/>).</param>
    /// <param name="progress">Told the bytes sent as the file goes up.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The uploaded audio, or why not (e.g. <see cref="PreRecordedError.Timeout"/> after <see cref="GladiaClientOptions.UploadTimeout"/>).</returns>
    public virtual async Task<Either<PreRecordedError, UploadedAudio>> UploadFileAsync(
        string path, IProgress<UploadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FileStream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new PreRecordedError.InvalidArgument(nameof(path), e.Message);
        }

        await using (file.ConfigureAwait(false))
        {
            return await UploadAsync(file, Path.GetFileName(path), progress, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Uploads audio from a stream (<c>POST /v2/upload</c>), read once in constant memory and left open. A seekable stream
    /// is sent again from where it started after a 429 or 503; any other is sent once.
    /// </summary>
    /// <param name="audio">The audio, read from its current position to its end. A stream that cannot be read is refused before anything is sent.</param>
    /// <param name="fileName">The file name Gladia records, e.g. <c>call.wav</c>.</param>
    /// <param name="progress">Told the bytes sent as the stream goes up.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The uploaded audio, or why not.</returns>
    public virtual Task<Either<PreRecordedError, UploadedAudio>> UploadAsync(
        Stream audio, string fileName, IProgress<UploadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audio);

        // Stryker disable once Statement: without it MultipartFormDataContent throws the same ArgumentException, later.
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (!audio.CanRead)
        {
            return Task.FromResult(Either<PreRecordedError, UploadedAudio>.Left(
                new PreRecordedError.InvalidArgument(nameof(audio), "the stream cannot be read (it is write-only or closed)")));
        }

        return runner.RunAsync("upload", options.UploadTimeout, Requests.Upload(), range: null, new Upload(audio, fileName, progress), ReadJson(Responses.ParseUpload), cancellationToken);
    }

    /// <summary>
    /// Creates a job (<c>POST /v2/pre-recorded</c>); it starts queued. The request is checked first: every problem is
    /// named in one <see cref="PreRecordedError.InvalidArgument"/> and nothing is sent. A creation is never sent twice
    /// blindly: it is retried only after a 429, a 503 or a connection that was never made, and when its answer is lost
    /// after it went (a timeout, a reset) the result is a <see cref="PreRecordedError.CreationUnconfirmed"/> carrying the
    /// request's <see cref="TranscriptionRequest.CustomMetadata"/> to find the job by. Cancelling once it went may leave a job too.
    /// </summary>
    /// <param name="request">What to transcribe and how.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created job's id and link, or why not.</returns>
    public virtual async Task<Either<PreRecordedError, CreatedJob>> CreateAsync(TranscriptionRequest request, CancellationToken cancellationToken = default)
    {
        // A null request throws ArgumentNullException from Requests.CreateJob.
        var created = await runner.RunAsync("create", options.CreateTimeout, Requests.CreateJob(request), ReadJson(Responses.ParseCreated), cancellationToken)
            .ConfigureAwait(false);
        return created.MapLeft(error => error is PreRecordedError.CreationUnconfirmed unconfirmed
            ? unconfirmed with { CustomMetadata = Prelude.Optional(request.CustomMetadata) }
            : error);
    }

    /// <summary>
    /// Transcribes audio already online: creates the job (<see cref="CreateAsync"/>), then waits for it
    /// (<see cref="JobsApi{TJob, TPage}.WaitUntilFinishedAsync"/>).
    /// </summary>
    /// <param name="request">What to transcribe and how; its <see cref="TranscriptionRequest.AudioUrl"/> is required.</param>
    /// <param name="wait">Pauses and budget of the wait; the defaults when <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The finished job, done or error, as <see cref="JobsApi{TJob, TPage}.WaitUntilFinishedAsync"/> returns it; or the failing step's error.</returns>
    public virtual async Task<Either<PreRecordedError, Job>> TranscribeAsync(
        TranscriptionRequest request, WaitOptions? wait = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request); // before the wait options are looked at
        if (wait?.Problem() is { } problem)
        {
            return new PreRecordedError.InvalidArgument(nameof(wait), problem);
        }

        var created = await CreateAsync(request, cancellationToken).ConfigureAwait(false);
        return created.Case is CreatedJob job
            ? await WaitUntilFinishedAsync(job.Id, wait, cancellationToken).ConfigureAwait(false)
            : (PreRecordedError)created.Case!;
    }

    /// <summary>
    /// Transcribes a local file: uploads it (<see cref="UploadFileAsync"/>), creates the job with its link, then waits.
    /// The request is checked before the upload, so a bad one costs no bytes.
    /// </summary>
    /// <param name="path">The audio file.</param>
    /// <param name="request">How to transcribe it, without an <see cref="TranscriptionRequest.AudioUrl"/> (the upload's is used); the defaults when <c>null</c>.</param>
    /// <param name="wait">Pauses and budget of the wait; the defaults when <c>null</c>.</param>
    /// <param name="progress">Told the bytes sent as the file goes up.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The finished job, done or error; or the failing step's error.</returns>
    public virtual async Task<Either<PreRecordedError, Job>> TranscribeFileAsync(
        string path,
        TranscriptionRequest? request = null,
        WaitOptions? wait = null,
        IProgress<UploadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var settings = request ?? new TranscriptionRequest();
        if (settings.AudioUrl is not null)
        {
            return new PreRecordedError.InvalidArgument(nameof(request), "AudioUrl is set, but the file's upload provides it: leave it null");
        }

        if (Requests.CreateJob(settings with { AudioUrl = PendingUpload }).Case is PreRecordedError refused)
        {
            return refused;
        }

        if (wait?.Problem() is { } problem)
        {
            return new PreRecordedError.InvalidArgument(nameof(wait), problem);
        }

        var uploaded = await UploadFileAsync(path, progress, cancellationToken).ConfigureAwait(false);
        return uploaded.Case is UploadedAudio audio
            ? await TranscribeAsync(settings with { AudioUrl = audio.AudioUrl.AbsoluteUri }, wait, cancellationToken).ConfigureAwait(false)
            : (PreRecordedError)uploaded.Case!;
    }
}
