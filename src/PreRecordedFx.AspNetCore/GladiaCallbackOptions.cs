namespace PreRecordedFx.AspNetCore;

/// <summary>How the endpoint mapped by <see cref="GladiaCallbackEndpoints.MapGladiaCallbacks"/> receives events.</summary>
public sealed class GladiaCallbackOptions
{
    /// <summary>The default <see cref="MaxBodyBytes"/>: 32 MiB, room for the result of hours of audio with every word.</summary>
    public const long DefaultMaxBodyBytes = 32L * 1024 * 1024;

    /// <summary>The default <see cref="SecretTokenParameter"/>.</summary>
    public const string DefaultSecretTokenParameter = "token";

    /// <summary>The largest body read; a larger one is answered 413 without being read further.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>
    /// When set, a request must carry this value in the query parameter named by <see cref="SecretTokenParameter"/>
    /// (put it in <c>callback_config.url</c>), or it is answered 401 before its body is read. Gladia signs no
    /// callback, so this is what tells its calls from anyone else's. Compared in constant time; never logged.
    /// </summary>
    public string? SecretToken { get; set; }

    /// <summary>The query parameter that carries <see cref="SecretToken"/>; <c>token</c> by default.</summary>
    public string SecretTokenParameter { get; set; } = DefaultSecretTokenParameter;
}
