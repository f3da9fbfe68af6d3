using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>A null where the API takes none is a programming error: it throws at once, naming the parameter.</summary>
public sealed class NullArgumentTests
{
    private static readonly Uri Base = new("https://api.gladia.io");

    public static TheoryData<string, Action> Calls => new()
    {
        { "exchange", () => Responses.ParseJob(null!) },
        { "exchange", () => Responses.ParsePage(null!) },
        { "exchange", () => Responses.ParseDeleted(null!) },
        { "exchange", () => Responses.ParseFileHead(null!) },
        { "exchange", () => Responses.Failure(null!, deleting: false) },
        { "exchange", () => RetryAfter.Parse(null!) },
        { "value", () => RetryAfter.Parse(null!, ReceivedAt) },
        { "next", () => Requests.FromNextLink(null!, Base) },
        { "baseUrl", () => Requests.FromNextLink(Base, null!) },
        { "baseUrl", () => Right(Requests.GetJob("abc")).ToUri(null!) },
        { "a", () => Origins.SameOrigin(null!, Base) },
        { "b", () => Origins.SameOrigin(Base, null!) },
        { "query", () => Requests.ListJobs(null!) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void Public_entry_point_refuses_null_naming_the_parameter(string parameter, Action call)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(call).ParamName);
    }
}
