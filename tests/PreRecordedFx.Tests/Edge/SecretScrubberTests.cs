using LanguageExt;

namespace PreRecordedFx.Tests;

/// <summary>An answer that echoes the key never brings it into an error, whichever case the error is.</summary>
public class SecretScrubberTests
{
    private const string Key = "sk-live-0123456789";

    private static readonly ServiceDetail EchoingDetail =
        new($"bad key {Key}", $"G-{Key}", $"call-{Key}", [$"x-gladia-key {Key} is invalid"]);

    public static TheoryData<PreRecordedError> EchoingErrors() =>
    [
        new PreRecordedError.InvalidArgument("jobId", $"'{Key}' is not an id"),
        new PreRecordedError.Unauthorized(EchoingDetail),
        new PreRecordedError.NotFound(EchoingDetail),
        new PreRecordedError.NotDeletable(EchoingDetail),
        new PreRecordedError.RateLimited(TimeSpan.FromSeconds(2), EchoingDetail),
        new PreRecordedError.ServiceError(502, EchoingDetail),
        new PreRecordedError.MalformedResponse(200, $"unexpected {Key}", $"{{\"key\":\"{Key}\"}}"),
        new PreRecordedError.TransportFailure($"reset after {Key}"),
        new PreRecordedError.DestinationFailure("/tmp/a.wav", $"could not write {Key}"),
    ];

    [Theory]
    [MemberData(nameof(EchoingErrors))]
    public void Every_text_of_every_error_case_loses_the_key(PreRecordedError error)
    {
        var scrubbed = SecretScrubber.Scrub(error, Key);

        Assert.Contains(Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, scrubbed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, string.Join("|", DetailTexts(scrubbed)), StringComparison.Ordinal);
        Assert.Contains(SecretScrubber.Mask, scrubbed.ToString(), StringComparison.Ordinal);
        Assert.Equal(error.GetType(), scrubbed.GetType());
        Assert.Equal(error.Code, scrubbed.Code);
    }

    [Fact]
    public void An_error_without_the_key_is_left_as_it_was()
    {
        var error = new PreRecordedError.ServiceError(503, ServiceDetail.Of("try later"));

        Assert.Equal(error, SecretScrubber.Scrub(error, Key));
    }

    [Fact]
    public void A_timeout_names_only_the_operation_and_stays_as_it_was()
    {
        var error = new PreRecordedError.Timeout("get", TimeSpan.FromSeconds(10));

        Assert.Same(error, SecretScrubber.Scrub(error, Key));
    }

    [Fact]
    public void An_empty_key_changes_nothing()
    {
        var error = new PreRecordedError.TransportFailure("reset");

        Assert.Same(error, SecretScrubber.Scrub(error, string.Empty));
        Assert.Equal("a b", SecretScrubber.Scrub("a b", string.Empty));
    }

    private static IEnumerable<string> DetailTexts(PreRecordedError error) =>
        error switch
        {
            PreRecordedError.Unauthorized e => Texts(e.Detail),
            PreRecordedError.NotFound e => Texts(e.Detail),
            PreRecordedError.NotDeletable e => Texts(e.Detail),
            PreRecordedError.RateLimited e => Texts(e.Detail),
            PreRecordedError.ServiceError e => Texts(e.Detail),
            _ => [],
        };

    private static IEnumerable<string> Texts(ServiceDetail detail) =>
        [detail.Message, detail.RequestId.IfNone(""), detail.CallId.IfNone(""), .. detail.ValidationErrors];

    [Theory]
    [InlineData(
        "Redirecting to https://storage.test/a.wav?X-Amz-Expires=300&X-Amz-Signature=abc123 (307)",
        "Redirecting to https://storage.test/a.wav?*** (307)")]
    [InlineData(
        "<a href=\"https://s3.example/b?sig=abc123#t\">here</a>",
        "<a href=\"https://s3.example/b?***#t\">here</a>")]
    [InlineData("{\"next\":\"HTTP://api.test/v2/pre-recorded?offset=2&token=abc123\"}", "{\"next\":\"HTTP://api.test/v2/pre-recorded?***\"}")]
    [InlineData(
        "Found. Redirecting to /storage/delete/a.wav?X-Amz-Algorithm=AWS4&X-Amz-Signature=abc123",
        "Found. Redirecting to /storage/delete/a.wav?***")]
    [InlineData("<a href='storage/b.wav?sig=abc123'>", "<a href='storage/b.wav?***'>")]
    [InlineData("see ?token=abc123 here", "see ?*** here")]
    [InlineData("no link here? none", "no link here? none")]
    [InlineData("done?yes", "done?yes")]
    [InlineData("https://storage.test/plain.wav", "https://storage.test/plain.wav")]
    public void The_query_of_every_link_in_an_error_text_is_masked(string text, string expected) =>
        Assert.Equal(expected, SecretScrubber.Scrub(text, Key));

    [Fact]
    public void Every_text_of_an_error_loses_a_signed_links_query()
    {
        const string Signed = "https://storage.test/a.wav?X-Amz-Signature=abc123";
        var error = new PreRecordedError.ServiceError(307, new ServiceDetail($"moved to {Signed}", $"G-{Signed}", $"c-{Signed}", [Signed]));

        var scrubbed = SecretScrubber.Scrub(error, Key);

        Assert.DoesNotContain("abc123", scrubbed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("abc123", string.Join("|", DetailTexts(scrubbed)), StringComparison.Ordinal);
    }
}
