using LanguageExt;

namespace PreRecordedFx.Tests;

/// <summary>The error union: exhaustive matching, HTTP-like codes, which cases are worth retrying, readable messages.</summary>
public sealed class ErrorUnionTests
{
    private static readonly ServiceDetail Detail = ServiceDetail.Of("said the service");

    public static TheoryData<PreRecordedError, string, int, bool> Cases => new()
    {
        { new PreRecordedError.InvalidArgument("limit", "must be 1 or more, was 0"), "invalidArgument", 400, false },
        { new PreRecordedError.Unauthorized(Detail), "unauthorized", 401, false },
        { new PreRecordedError.NotFound(Detail), "notFound", 404, false },
        { new PreRecordedError.NotDeletable(Detail), "notDeletable", 403, false },
        { new PreRecordedError.RateLimited(Option<TimeSpan>.None, Detail), "rateLimited", 429, true },
        { new PreRecordedError.ServiceError(503, Detail), "serviceError", 503, true },
        { new PreRecordedError.MalformedResponse(200, "bad JSON", "{"), "malformedResponse", 502, false },
        { new PreRecordedError.TransportFailure("connection reset"), "transportFailure", 503, true },
        { new PreRecordedError.Timeout("get", TimeSpan.FromSeconds(30)), "timeout", 504, true },
        { new PreRecordedError.DestinationFailure("/data/a.wav", "No space left on device"), "destinationFailure", 507, false },
        { new PreRecordedError.CreationUnconfirmed("the connection was reset", "{\"userId\":\"u-42\"}"), "creationUnconfirmed", 504, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Match_runs_the_function_for_the_case_and_only_that_one(PreRecordedError error, string expected, int code, bool transient)
    {
        _ = (code, transient);

        var chosen = error.Match(
            invalidArgument: e => "invalidArgument",
            unauthorized: e => "unauthorized",
            notFound: e => "notFound",
            notDeletable: e => "notDeletable",
            rateLimited: e => "rateLimited",
            serviceError: e => "serviceError",
            malformedResponse: e => "malformedResponse",
            transportFailure: e => "transportFailure",
            timeout: e => "timeout",
            destinationFailure: e => "destinationFailure",
            creationUnconfirmed: e => "creationUnconfirmed");

        Assert.Equal(expected, chosen);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_has_its_HTTP_like_code(PreRecordedError error, string name, int code, bool transient)
    {
        _ = (name, transient);

        Assert.Equal(code, error.Code);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_rate_limits_5xx_transport_failures_and_timeouts_are_transient_not_a_destination_failure(PreRecordedError error, string name, int code, bool transient)
    {
        _ = (name, code);

        Assert.Equal(transient, error.IsTransient);
    }

    [Fact]
    public void Match_hands_the_case_itself_to_the_function()
    {
        var error = new PreRecordedError.Timeout("list", TimeSpan.FromSeconds(5));

        var after = error.Match(
            invalidArgument: _ => TimeSpan.Zero,
            unauthorized: _ => TimeSpan.Zero,
            notFound: _ => TimeSpan.Zero,
            notDeletable: _ => TimeSpan.Zero,
            rateLimited: _ => TimeSpan.Zero,
            serviceError: _ => TimeSpan.Zero,
            malformedResponse: _ => TimeSpan.Zero,
            transportFailure: _ => TimeSpan.Zero,
            timeout: e => e.After,
            destinationFailure: _ => TimeSpan.Zero,
            creationUnconfirmed: _ => TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(5), after);
    }

    [Fact]
    public void Match_refuses_a_missing_function_for_any_case()
    {
        Func<PreRecordedError, int> some = _ => 0;
        var error = new PreRecordedError.TransportFailure("reset");

        for (var missing = 0; missing < 11; missing++)
        {
            var m = missing;
            Assert.Throws<ArgumentNullException>(() => error.Match<int>(
                m == 0 ? null! : some,
                m == 1 ? null! : some,
                m == 2 ? null! : some,
                m == 3 ? null! : some,
                m == 4 ? null! : some,
                m == 5 ? null! : some,
                m == 6 ? null! : some,
                m == 7 ? null! : some,
                m == 8 ? null! : some,
                m == 9 ? null! : some,
                m == 10 ? null! : some));
        }
    }

    [Fact]
    public void Messages_name_the_case_and_carry_what_the_service_said()
    {
        Assert.Equal("Unauthorized: said the service", new PreRecordedError.Unauthorized(Detail).Message);
        Assert.Equal("Not deletable: said the service", new PreRecordedError.NotDeletable(Detail).Message);
        Assert.Equal("Service error 503: said the service", new PreRecordedError.ServiceError(503, Detail).Message);
        Assert.Equal("Malformed response (HTTP 200): bad JSON", new PreRecordedError.MalformedResponse(200, "bad JSON", "{").Message);
        Assert.Equal("Transport failure: connection reset", new PreRecordedError.TransportFailure("connection reset").Message);
        Assert.Equal(
            "Destination failure (/data/a.wav): No space left on device",
            new PreRecordedError.DestinationFailure("/data/a.wav", "No space left on device").Message);
    }

    [Fact]
    public void Timeout_message_says_which_operation_and_the_budget()
    {
        Assert.Equal("Timeout: get took longer than 30 s", new PreRecordedError.Timeout("get", TimeSpan.FromSeconds(30)).Message);
    }

    [Fact]
    public void Durations_in_messages_are_written_the_same_in_every_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");

            Assert.Equal("Timeout: get took longer than 1.5 s", new PreRecordedError.Timeout("get", TimeSpan.FromSeconds(1.5)).Message);
            Assert.Equal("Rate limited: retry after 2.25 s", new PreRecordedError.RateLimited(TimeSpan.FromSeconds(2.25), Detail).Message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Service_detail_of_a_message_has_no_ids_and_no_validation_errors()
    {
        var detail = ServiceDetail.Of("boom");

        Assert.Equal("boom", detail.Message);
        Assert.True(detail.RequestId.IsNone);
        Assert.True(detail.CallId.IsNone);
        Assert.Empty(detail.ValidationErrors);
    }

    [Fact]
    public void Exception_carries_the_error_and_its_message()
    {
        var error = new PreRecordedError.NotFound(Detail);

        var exception = new PreRecordedException(error);

        Assert.Same(error, exception.Error);
        Assert.Equal("Not found: said the service", exception.Message);
    }

    [Fact]
    public void Exception_refuses_a_null_error()
    {
        Assert.Throws<ArgumentNullException>(() => new PreRecordedException(null!));
    }
}
