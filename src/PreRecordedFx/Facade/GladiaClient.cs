using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Refit;

namespace PreRecordedFx;

/// <summary>
/// The entry point to Gladia's API, as in Gladia's own SDKs: <c>client.PreRecorded().GetAsync(id)</c>. Thread-safe;
/// create one and reuse it (or register it with <c>services.AddPreRecordedFx(…)</c>).
/// </summary>
/// <example><code>
/// using var client = new GladiaClient(new GladiaClientOptions { ApiKey = "gladia-mock-key", BaseUrl = new Uri("http://localhost:5089") });
/// var page = await client.PreRecorded().ListAsync(JobQuery.Default.WithLimit(5));
/// </code></example>
public class GladiaClient : IDisposable
{
    private readonly PreRecordedJobs? jobs;
    private readonly LiveSessions? live;
    private readonly HttpClient? ownedHttpClient;
    private readonly OperationRunner? ownedRunner;
    private readonly Uri? baseUrl;

    /// <summary>Connects to the API described by <paramref name="options"/>.</summary>
    /// <param name="options">The settings; checked now (<see cref="GladiaClientOptions.Validate"/>) and copied.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid.</exception>
    public GladiaClient(GladiaClientOptions options)
        : this(options, PrimaryHandler.Create(), NullLoggerFactory.Instance, TimeProvider.System)
    {
    }

    /// <summary>
    /// Connects through a given innermost handler (a test server's, an in-memory one). The client still adds its
    /// own key, redirect, retry and logging handlers on top. The handler is not disposed with the client.
    /// </summary>
    /// <param name="options">The settings; checked now and copied.</param>
    /// <param name="handler">The transport, e.g. <c>mock.Server.CreateHandler()</c>. It must not follow redirects itself.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid.</exception>
    public GladiaClient(GladiaClientOptions options, HttpMessageHandler handler)
        : this(options, new BorrowedHandler(handler ?? throw new ArgumentNullException(nameof(handler))), NullLoggerFactory.Instance, TimeProvider.System)
    {
    }

    /// <summary>
    /// Connects like <see cref="GladiaClient(GladiaClientOptions)"/>, logging each HTTP attempt (method, path, status,
    /// duration; never the key or headers) to <paramref name="loggerFactory"/>: logging without dependency injection.
    /// </summary>
    /// <param name="options">The settings; checked now and copied.</param>
    /// <param name="loggerFactory">Where the logs go, under the category <see cref="PreRecordedFxDiagnostics.LoggerCategory"/>.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid.</exception>
    public GladiaClient(GladiaClientOptions options, ILoggerFactory loggerFactory)
        : this(options, PrimaryHandler.Create(), loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory)), TimeProvider.System)
    {
    }

    /// <summary>Connects through a given innermost handler, as <see cref="GladiaClient(GladiaClientOptions, HttpMessageHandler)"/>, with logging.</summary>
    /// <param name="options">The settings; checked now and copied.</param>
    /// <param name="handler">The transport. It must not follow redirects itself; it is not disposed with the client.</param>
    /// <param name="loggerFactory">Where the logs go, under the category <see cref="PreRecordedFxDiagnostics.LoggerCategory"/>.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid.</exception>
    public GladiaClient(GladiaClientOptions options, HttpMessageHandler handler, ILoggerFactory loggerFactory)
        : this(
            options,
            new BorrowedHandler(handler ?? throw new ArgumentNullException(nameof(handler))),
            loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory)),
            TimeProvider.System)
    {
    }

    /// <summary>For mocking frameworks only: the instance it makes has no connection.</summary>
    protected GladiaClient()
    {
    }

    internal GladiaClient(GladiaClientOptions options, HttpMessageHandler transport, ILoggerFactory loggerFactory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var settings = options.Snapshot();
        var logger = loggerFactory.CreateLogger(PreRecordedFxDiagnostics.LoggerCategory);
        ownedHttpClient = new HttpClient(HandlerChain.Build(settings, transport, logger, time), disposeHandler: true)
        {
            BaseAddress = settings.BaseUrl,
            Timeout = Timeout.InfiniteTimeSpan, // each operation has its own budget
        };
        var api = RestService.For<IGladiaApi>(ownedHttpClient);
        ownedRunner = new OperationRunner(() => api, settings.ApiKey!, time);
        jobs = new PreRecordedJobs(ownedRunner, settings);
        live = new LiveSessions(ownedRunner, settings);
        baseUrl = settings.BaseUrl;
    }

    internal GladiaClient(PreRecordedJobs jobs, LiveSessions live, Uri baseUrl)
    {
        this.jobs = jobs;
        this.live = live;
        this.baseUrl = baseUrl;
    }

    /// <summary>The pre-recorded jobs API.</summary>
    /// <returns>The jobs API of this client (the same instance each time).</returns>
    public virtual PreRecordedJobs PreRecorded() =>
        jobs ?? throw new InvalidOperationException("This GladiaClient was made by the parameterless constructor, for mocking; override PreRecorded().");

    /// <summary>The live sessions API: the same calls as <see cref="PreRecorded"/> has for managing jobs, on <c>/v2/live</c>.</summary>
    /// <returns>The live sessions API of this client (the same instance each time).</returns>
    public virtual LiveSessions Live() =>
        live ?? throw new InvalidOperationException("This GladiaClient was made by the parameterless constructor, for mocking; override Live().");

    /// <inheritdoc />
    public override string ToString() => $"GladiaClient({baseUrl})";

    /// <summary>
    /// Releases the connections this client opened. A call made afterwards, or one still in flight, throws
    /// <see cref="ObjectDisposedException"/>. (A client from dependency injection is the container's: disposing it does nothing.)
    /// </summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the connections this client opened.</summary>
    /// <param name="disposing">Whether this is called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            ownedRunner?.Close();
            ownedHttpClient?.Dispose();
        }
    }
}
