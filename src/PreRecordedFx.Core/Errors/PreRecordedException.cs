namespace PreRecordedFx;

/// <summary>
/// A <see cref="PreRecordedError"/> as an exception, for callers who prefer exceptions to <c>Either</c>.
/// Its message is the error's message, which never contains the API key.
/// </summary>
public sealed class PreRecordedException : Exception
{
    /// <summary>Wraps an error.</summary>
    /// <param name="error">The error.</param>
    public PreRecordedException(PreRecordedError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message) => Error = error;

    /// <summary>The error, to match on.</summary>
    public PreRecordedError Error { get; }
}
