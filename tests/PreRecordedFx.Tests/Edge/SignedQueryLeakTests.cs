using System.Net;
using System.Text;
using LanguageExt;

namespace PreRecordedFx.Tests;

/// <summary>
/// A signed storage link's query is a credential: whichever operation fails and wherever the server put the link
/// (a JSON field, a header, a plain-text or HTML page, a redirect's body, a broken 200), no error text shows it.
/// The same matrix the key is held to, with a signature planted instead of the key.
/// </summary>
public class SignedQueryLeakTests
{
    private const string Signature = "SIGNATURE-5e1f0a";
    private const string Relative = "/storage/delete/a.wav?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=" + Signature;
    private const string Absolute = "https://storage.test/a.wav?X-Amz-Signature=" + Signature;

    private static readonly string[] Places =
    [
        "json message", "json message with an absolute link", "json request id", "json validation errors",
        "call id header", "plain text page", "html page", "redirect page", "broken 200",
    ];

    public static TheoryData<string, string> OperationsAndPlaces()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in Operations.Keys)
        {
            foreach (var place in Places)
            {
                data.Add(operation, place);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OperationsAndPlaces))]
    public async Task No_error_text_shows_a_signed_query(string operation, string place)
    {
        using var client = Clients.On(new ScriptedHandler((_, _) => Answer(place)));

        var error = await Operations[operation](client.PreRecorded());

        Assert.True(error.IsSome, $"{operation} with the signature in the {place} should fail");
        error.IfSome(e =>
        {
            var text = e.ToString() + "|" + e.Message;
            Assert.DoesNotContain(Signature, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Signature, new PreRecordedException(e).ToString(), StringComparison.Ordinal);
        });
    }

    private static readonly Dictionary<string, Func<PreRecordedJobs, Task<Option<PreRecordedError>>>> Operations = new()
    {
        ["get"] = async jobs => FailureOf(await jobs.GetAsync("job-1")),
        ["get json"] = async jobs => FailureOf(await jobs.GetJsonAsync("job-1")),
        ["list"] = async jobs => FailureOf(await jobs.ListAsync(JobQuery.Default)),
        ["file"] = async jobs => FailureOf(await jobs.GetFileAsync("job-1")),
        ["file from a byte"] = async jobs => FailureOf(await jobs.OpenFileFromAsync("job-1", 10)),
        ["delete"] = async jobs => FailureOf(await jobs.DeleteAsync("job-1")),
    };

    private static Option<PreRecordedError> FailureOf<T>(Either<PreRecordedError, T> result) =>
        result.Match(
            Right: value =>
            {
                (value as IDisposable)?.Dispose();
                return Option<PreRecordedError>.None;
            },
            Left: Option<PreRecordedError>.Some);

    private static HttpResponseMessage Answer(string place) => place switch
    {
        "json message" => Wire.Error(HttpStatusCode.BadGateway, $"moved to {Relative}"),
        "json message with an absolute link" => Wire.Error(HttpStatusCode.NotFound, $"gone from {Absolute}"),
        "json request id" => Wire.Json(
            $$"""{"request_id":"G-{{Relative}}","statusCode":403,"message":"no"}""", HttpStatusCode.Forbidden),
        "json validation errors" => Wire.Json(
            $$"""{"request_id":"G-1","statusCode":400,"message":"bad","validation_errors":["{{Relative}}"]}""", HttpStatusCode.BadRequest),
        "call id header" => WithHeader(Wire.Error(HttpStatusCode.InternalServerError), "x-aipi-call-id", Relative),
        "plain text page" => Text(HttpStatusCode.ServiceUnavailable, $"Found. Redirecting to {Relative}", "text/plain"),
        "html page" => Text(HttpStatusCode.BadGateway, $"<html><a href=\"{Relative}\">here</a></html>", "text/html"),
        "redirect page" => WithLocation(Text(HttpStatusCode.TemporaryRedirect, $"Found. Redirecting to {Relative}", "text/plain")),
        "broken 200" => Text(HttpStatusCode.OK, $"{{\"id\":\"{Relative}", "application/json"),
        _ => throw new ArgumentOutOfRangeException(nameof(place), place, null),
    };

    private static HttpResponseMessage Text(HttpStatusCode status, string body, string mediaType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    private static HttpResponseMessage WithHeader(HttpResponseMessage response, string name, string value)
    {
        response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    // A redirect to another host that answers the same page: the client follows it without the key and fails there.
    private static HttpResponseMessage WithLocation(HttpResponseMessage response)
    {
        response.Headers.Location = new Uri(Relative, UriKind.Relative);
        return response;
    }
}
