namespace PreRecordedFx;

/// <summary>
/// Wraps a handler the caller owns (a test server's, an in-memory one) so that disposing the client's chain
/// does not dispose it.
/// </summary>
internal sealed class BorrowedHandler : HttpMessageHandler
{
    private readonly HttpMessageInvoker invoker;

    public BorrowedHandler(HttpMessageHandler inner) => invoker = new HttpMessageInvoker(inner, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        invoker.SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            invoker.Dispose();
        }

        base.Dispose(disposing);
    }
}
