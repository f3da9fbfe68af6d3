using System.Text;
using LanguageExt;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>Every error status the contract names becomes its case of the union, carrying what Gladia said.</summary>
public sealed class ErrorResponseTests
{
    private const string CallId = "call-7f3a";

    private static HttpExchange ErrorExchange(int status, params (string Name, string Value)[] headers) =>
        FixtureExchange(status, $"error-{status}.json", [("x-aipi-call-id", CallId), .. headers]);

    [Fact]
    public void Get_401_is_Unauthorized_with_request_id_message_and_call_id()
    {
        var error = LeftOf<PreRecordedError.Unauthorized, Job>(Responses.ParseJob(ErrorExchange(401)));

        Assert.Equal(new ServiceDetail("Unauthorized", "G-1a2b3c4d", CallId, []), error.Detail with { ValidationErrors = [] });
        Assert.Empty(error.Detail.ValidationErrors);
        Assert.Equal(401, error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void Get_404_is_NotFound_with_the_service_detail()
    {
        var error = LeftOf<PreRecordedError.NotFound, Job>(Responses.ParseJob(ErrorExchange(404)));

        Assert.Equal("Not found", error.Detail.Message);
        Assert.Equal("G-821fe9df", Some(error.Detail.RequestId));
        Assert.Equal(CallId, Some(error.Detail.CallId));
        Assert.Equal(404, error.Code);
        Assert.Equal("Not found: Not found", error.Message);
    }

    [Fact]
    public void Delete_202_with_an_empty_body_is_deleted()
    {
        var result = Responses.ParseDeleted(Exchange(202, []));

        Assert.Equal(Prelude.unit, Right(result));
    }

    [Fact]
    public void Delete_204_is_deleted()
    {
        Assert.Equal(Prelude.unit, Right(Responses.ParseDeleted(Exchange(204, []))));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    [InlineData(203)]
    [InlineData(206)]
    [InlineData(299)]
    public void Delete_with_another_2xx_is_an_unconfirmed_deletion_not_a_success(int status)
    {
        var page = Encoding.UTF8.GetBytes("<html><body>Welcome to the corporate proxy</body></html>");

        var error = LeftOf<PreRecordedError.MalformedResponse, Unit>(Responses.ParseDeleted(Exchange(status, page, ("Content-Type", "text/html"))));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal($"the deletion is unconfirmed: expected 202 or 204, got {status}", error.Reason);
        Assert.Contains("corporate proxy", error.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_403_is_NotDeletable()
    {
        var error = LeftOf<PreRecordedError.NotDeletable, Unit>(Responses.ParseDeleted(ErrorExchange(403)));

        Assert.Equal("Job is not deletable while queued or processing", error.Detail.Message);
        Assert.Equal("G-5e6f7a8b", Some(error.Detail.RequestId));
        Assert.Equal(403, error.Code);
        Assert.False(error.IsTransient);
        Assert.Contains("queued or processing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_403_is_a_ServiceError_403_not_NotDeletable()
    {
        var error = LeftOf<PreRecordedError.ServiceError, Job>(Responses.ParseJob(ErrorExchange(403)));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal(403, error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void Delete_404_is_NotFound()
    {
        Assert.IsType<PreRecordedError.NotFound>(Left(Responses.ParseDeleted(ErrorExchange(404))));
    }

    [Fact]
    public void Delete_401_is_Unauthorized()
    {
        Assert.IsType<PreRecordedError.Unauthorized>(Left(Responses.ParseDeleted(ErrorExchange(401))));
    }

    [Fact]
    public void List_400_is_a_ServiceError_carrying_the_validation_errors()
    {
        var error = LeftOf<PreRecordedError.ServiceError, JobPage>(Responses.ParsePage(ErrorExchange(400)));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(["limit must not be less than 1", "offset must be an integer number"], error.Detail.ValidationErrors);
        Assert.Equal("G-9c0d1e2f", Some(error.Detail.RequestId));
        Assert.False(error.IsTransient);
        Assert.Equal("Service error 400: Bad Request", error.Message);
    }

    [Fact]
    public void A_400_whose_validation_errors_hold_null_falls_back_to_the_status_and_body()
    {
        var body = """{"timestamp":"2026-09-10T10:45:00.000Z","path":"/v2/pre-recorded","request_id":"G-1","statusCode":400,"message":"Bad Request","validation_errors":["a",null]}""";
        var exchange = new HttpExchange(400, [new("Content-Type", "application/json")], System.Text.Encoding.UTF8.GetBytes(body), DateTimeOffset.UnixEpoch);

        var error = LeftOf<PreRecordedError.ServiceError, JobPage>(Responses.ParsePage(exchange));

        Assert.Empty(error.Detail.ValidationErrors);
        Assert.StartsWith("HTTP 400: {", error.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_429_with_Retry_After_in_seconds_is_RateLimited_for_that_long()
    {
        var error = LeftOf<PreRecordedError.RateLimited, JobPage>(Responses.ParsePage(ErrorExchange(429, ("Retry-After", "7"))));

        Assert.Equal(TimeSpan.FromSeconds(7), Some(error.RetryAfter));
        Assert.Equal("Too many requests", error.Detail.Message);
        Assert.Equal("G-3a4b5c6d", Some(error.Detail.RequestId));
        Assert.True(error.IsTransient);
        Assert.Equal(429, error.Code);
    }

    [Fact]
    public void Status_429_with_Retry_After_as_an_HTTP_date_waits_until_then_from_ReceivedAt()
    {
        // ReceivedAt is 10:45:00 UTC; the service asks to come back at 10:45:30.
        var error = LeftOf<PreRecordedError.RateLimited, Job>(
            Responses.ParseJob(ErrorExchange(429, ("Retry-After", "Thu, 10 Sep 2026 10:45:30 GMT"))));

        Assert.Equal(TimeSpan.FromSeconds(30), Some(error.RetryAfter));
    }

    [Fact]
    public void Status_429_without_Retry_After_is_RateLimited_with_no_delay()
    {
        var error = LeftOf<PreRecordedError.RateLimited, Job>(Responses.ParseJob(ErrorExchange(429)));

        Assert.True(error.RetryAfter.IsNone);
        Assert.Equal("Rate limited", error.Message);
    }

    [Fact]
    public void RateLimited_message_says_how_long_to_wait()
    {
        var error = new PreRecordedError.RateLimited(TimeSpan.FromSeconds(2), ServiceDetail.Of("slow down"));

        Assert.Equal("Rate limited: retry after 2 s", error.Message);
    }

    [Fact]
    public void Status_500_is_a_transient_ServiceError_with_the_service_detail()
    {
        var error = LeftOf<PreRecordedError.ServiceError, Job>(Responses.ParseJob(ErrorExchange(500)));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("Internal server error", error.Detail.Message);
        Assert.Equal("G-7e8f9a0b", Some(error.Detail.RequestId));
        Assert.Equal(CallId, Some(error.Detail.CallId));
        Assert.True(error.IsTransient);
    }

    [Fact]
    public void Html_502_page_is_a_ServiceError_whose_message_quotes_the_page()
    {
        const string html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";
        var exchange = Exchange(502, Encoding.UTF8.GetBytes(html), ("Content-Type", "text/html"));

        var error = LeftOf<PreRecordedError.ServiceError, Job>(Responses.ParseJob(exchange));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal("HTTP 502: " + html, error.Detail.Message);
        Assert.True(error.Detail.RequestId.IsNone);
        Assert.True(error.Detail.CallId.IsNone);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public void Error_status_with_an_empty_body_says_so()
    {
        var error = LeftOf<PreRecordedError.ServiceError, Job>(Responses.ParseJob(Exchange(503, [])));

        Assert.Equal("HTTP 503 with an empty body", error.Detail.Message);
    }

    [Fact]
    public void Error_body_with_an_empty_request_id_has_no_request_id()
    {
        const string body = """{"timestamp":"t","path":"/v2/pre-recorded","request_id":"","statusCode":500,"message":"boom"}""";

        var error = LeftOf<PreRecordedError.ServiceError, Job>(Responses.ParseJob(Json(500, body)));

        Assert.Equal("boom", error.Detail.Message);
        Assert.True(error.Detail.RequestId.IsNone);
    }

    [Fact]
    public void Error_body_that_is_JSON_but_not_Gladias_shape_falls_back_to_an_excerpt()
    {
        const string body = """{"error":"upstream timeout"}""";

        var error = LeftOf<PreRecordedError.ServiceError, Job>(Responses.ParseJob(Json(504, body)));

        Assert.Equal("HTTP 504: " + body, error.Detail.Message);
    }

    [Fact]
    public void Error_body_that_is_JSON_null_falls_back_to_an_excerpt()
    {
        var error = LeftOf<PreRecordedError.ServiceError, Job>(Responses.ParseJob(Json(500, "null")));

        Assert.Equal("HTTP 500: null", error.Detail.Message);
    }

    [Fact]
    public void Status_408_is_a_transient_ServiceError()
    {
        var error = LeftOf<PreRecordedError.ServiceError, Job>(Responses.ParseJob(Exchange(408, [])));

        Assert.True(error.IsTransient);
    }

    [Fact]
    public void Status_499_is_a_ServiceError_that_is_not_transient()
    {
        var error = LeftOf<PreRecordedError.ServiceError, Job>(Responses.ParseJob(Exchange(499, [])));

        Assert.False(error.IsTransient);
    }

    [Fact]
    public void Success_status_other_than_200_on_get_is_malformed()
    {
        var error = LeftOf<PreRecordedError.MalformedResponse, Job>(Responses.ParseJob(FixtureExchange(204, "job-done.json")));

        Assert.Equal(204, error.StatusCode);
        Assert.Equal("unexpected status 204", error.Reason);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(302)]
    public void Delete_answered_with_a_redirect_is_a_ServiceError(int status)
    {
        var error = LeftOf<PreRecordedError.ServiceError, Unit>(Responses.ParseDeleted(Exchange(status, [])));

        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public void Header_names_are_matched_without_regard_to_case()
    {
        var error = LeftOf<PreRecordedError.RateLimited, Job>(
            Responses.ParseJob(FixtureExchange(429, "error-429.json", ("X-AIPI-CALL-ID", "upper"), ("retry-after", "3"))));

        Assert.Equal("upper", Some(error.Detail.CallId));
        Assert.Equal(TimeSpan.FromSeconds(3), Some(error.RetryAfter));
    }
}
