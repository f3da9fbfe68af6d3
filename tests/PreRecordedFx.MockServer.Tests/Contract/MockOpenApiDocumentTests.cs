using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace PreRecordedFx.MockServer.Tests.Contract;

/// <summary>
/// The mock's <c>/openapi/v1.json</c> is a valid OpenAPI document that describes every path, parameter, response and
/// the key scheme, precisely enough that the mock's own answers validate against it.
/// </summary>
public sealed class MockOpenApiDocumentTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private static readonly string[] Faults = ["429", "5XX"];

    [Fact]
    public async Task The_document_is_valid_openapi_3_1_and_every_reference_resolves()
    {
        using var client = mock.Factory.CreateClient();
        var text = await client.GetStringAsync("/openapi/v1.json");

        var (document, diagnostic) = OpenApiDocument.Parse(text, "json");

        Assert.Empty(diagnostic!.Errors);
        Assert.StartsWith("3.1", JsonNode.Parse(text)!["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        var root = JsonNode.Parse(text)!;
        var references = References(root).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, target => Assert.NotNull(root["components"]!["schemas"]![target["#/components/schemas/".Length..]]));
    }

    [Fact]
    public async Task Every_route_the_mock_maps_is_in_the_document()
    {
        var document = await MockDocument.Default();
        var routes = mock.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/openapi", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => (Method: m, Path: "/" + e.RoutePattern.RawText!.Trim('/'))))
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.True(document.Operation(r.Path, r.Method) is not null, $"{r.Method} {r.Path} is not described"));
    }

    [Theory]
    [InlineData("get", "/v2/pre-recorded", "offset limit date before_date after_date status custom_metadata", "200 400 401 429 5XX")]
    [InlineData("get", "/v2/pre-recorded/{id}", "id", "200 401 404 429 5XX")]
    [InlineData("delete", "/v2/pre-recorded/{id}", "id", "202 401 403 404 429 5XX")]
    [InlineData("get", "/v2/pre-recorded/{id}/file", "id", "200 206 302 401 404 416 429 5XX")]
    [InlineData("get", "/v2/live", "offset limit date before_date after_date status custom_metadata", "200 400 401 429 5XX")]
    [InlineData("get", "/v2/live/{id}", "id", "200 401 404 429 5XX")]
    [InlineData("delete", "/v2/live/{id}", "id", "202 401 403 404 429 5XX")]
    [InlineData("get", "/v2/live/{id}/file", "id", "200 206 302 401 404 416 429 5XX")]
    [InlineData("get", "/storage/{id}", "id expires signature", "200 206 403 404 416 429 5XX")]
    public async Task Each_operation_lists_its_parameters_and_every_status_it_answers(string method, string path, string parameters, string statuses)
    {
        var operation = (await MockDocument.Default()).Operation(path, method)!;

        Assert.Equal(parameters.Split(' '), operation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(statuses.Split(' ').Order(StringComparer.Ordinal), operation["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(
            operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5' && r.Key != "416"),
            r => Assert.Equal("#/components/schemas/GladiaErrorBody", r.Value!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()));
        Assert.Equal("Retry-After", Assert.Single(operation["responses"]!["429"]!["headers"]!.AsObject()).Key);
        Assert.All(Faults, status => Assert.NotNull(operation["responses"]![status]));
    }

    [Fact]
    public async Task List_filters_are_encoded_as_gladias_sdks_send_them()
    {
        var parameters = (await MockDocument.Default()).Operation("/v2/pre-recorded", "get")!["parameters"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);

        // status=done&status=error: form style (the default for a query) exploded over an array of the statuses.
        Assert.Equal("array", parameters["status"]["schema"]!["type"]!.GetValue<string>());
        Assert.NotEqual(false, parameters["status"]["explode"]?.GetValue<bool>());
        Assert.Equal("form", parameters["status"]["style"]?.GetValue<string>() ?? "form");
        // custom_metadata[team]=support: deepObject.
        Assert.Equal("deepObject", parameters["custom_metadata"]["style"]!.GetValue<string>());
        Assert.Equal("object", parameters["custom_metadata"]["schema"]!["type"]!.GetValue<string>());
        Assert.Equal("date-time", parameters["before_date"]["schema"]!["format"]!.GetValue<string>());
        Assert.Equal(1, parameters["limit"]["schema"]!["minimum"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_api_key_is_an_api_key_scheme_required_exactly_where_the_mock_checks_it()
    {
        var document = await MockDocument.Default();

        var scheme = document.Root["components"]!["securitySchemes"]!["x_gladia_key"]!;
        Assert.Equal("apiKey", scheme["type"]!.GetValue<string>());
        Assert.Equal("header", scheme["in"]!.GetValue<string>());
        Assert.Equal("x-gladia-key", scheme["name"]!.GetValue<string>());
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var keyed = operation!["security"]?.AsArray().Any(r => r!.AsObject().ContainsKey("x_gladia_key")) ?? false;
                Assert.True(keyed != MockServer.Wire.ApiKeyMiddleware.IsOpen(path), $"{method} {path}");
                // The admin API answers 401 for a wrong x-admin-key instead.
                var guarded = keyed || MockServer.Admin.AdminEndpoints.Covers(path);
                Assert.Equal(guarded, operation["responses"]!.AsObject().ContainsKey("401"));
            }
        }

        Assert.True(MockServer.Wire.ApiKeyMiddleware.IsOpen("/storage/{id}"));
        Assert.False(MockServer.Wire.ApiKeyMiddleware.IsOpen(Wire.Jobs + "/{id}"));
    }

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    public async Task Every_job_and_page_validates_against_the_mocks_own_document(int seed)
    {
        await using var seeded = new MockServerFactory(new MockServerOptions { Seed = seed });
        using var client = seeded.CreateAuthorizedClient();
        var document = await MockDocument.Fetch(seeded);
        var pageSchema = document.ResponseSchema("GET", Wire.Jobs, 200)!;
        var jobSchema = document.ResponseSchema("GET", Wire.Jobs + "/x", 200)!;
        var checker = new AnswerChecker(document.Schemas, pageSchema, jobSchema);

        var (items, pages) = await client.FollowAll(Wire.Jobs + "?limit=37");
        for (var i = 0; i < pages.Count; i++)
        {
            checker.Page(pages[i], $"page {i}");
        }

        foreach (var job in items)
        {
            var path = Wire.Jobs + "/" + job.Id();
            using var one = await client.Json(path);
            checker.Job(one.RootElement, path);
        }

        Assert.Equal(("JobPage", "Job"), (pageSchema, jobSchema));
        Assert.True(checker.Problems.Count == 0, checker.Report());
    }

    [Fact]
    public async Task Every_live_session_and_page_validates_against_the_mocks_own_document()
    {
        await using var seeded = new MockServerFactory(new MockServerOptions { Jobs = 0, LiveSessions = 80 });
        using var client = seeded.CreateAuthorizedClient();
        var document = await MockDocument.Fetch(seeded);
        var pageSchema = document.ResponseSchema("GET", Wire.Live, 200)!;
        var sessionSchema = document.ResponseSchema("GET", Wire.Live + "/x", 200)!;
        var checker = new AnswerChecker(document.Schemas, pageSchema, sessionSchema);

        var (items, pages) = await client.FollowAll(Wire.Live + "?limit=37");
        for (var i = 0; i < pages.Count; i++)
        {
            checker.Page(pages[i], $"page {i}");
        }

        foreach (var session in items)
        {
            var path = Wire.Live + "/" + session.Id();
            using var one = await client.Json(path);
            checker.Job(one.RootElement, path);
        }

        Assert.Equal(("LiveSessionPage", "LiveSession"), (pageSchema, sessionSchema));
        Assert.True(checker.Problems.Count == 0, checker.Report());
    }

    public static TheoryData<string> ErrorCases => [.. ErrorRequests.Cases];

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public async Task Every_error_answer_is_described_by_its_operation_and_validates(string errorCase)
    {
        var (status, body, method, path) = await ErrorRequests.Send(errorCase);
        var document = await MockDocument.Default();

        // Unknown routes and methods have no operation; they still get the documented error body.
        var described = document.TemplateOf(path) is { } template && document.Operation(template, method.Method) is not null;
        var schema = described ? document.ResponseSchema(method.Method, path, status) : "GladiaErrorBody";
        Assert.True(schema is not null, $"{method} {path} answered {status}, which its operation does not describe");
        using var json = JsonDocument.Parse(body);
        var problems = document.Schemas.Problems(schema!, json.RootElement);
        Assert.True(problems.Count == 0, AnswerChecker.Report(problems));
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" ? [p.Value!.GetValue<string>()] : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };
}
