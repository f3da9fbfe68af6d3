namespace PreRecordedFx;

/// <summary>A redirect the edge will not follow (a loop, too many hops, a scheme change); a transport failure, never retried.</summary>
internal sealed class RedirectRefusedException : HttpRequestException
{
    public RedirectRefusedException(string message)
        : base(message)
    {
    }

    public RedirectRefusedException()
    {
    }

    public RedirectRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
