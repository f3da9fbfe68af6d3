using System.Text;
using LanguageExt;

namespace PreRecordedFx.Tests;

/// <summary>Builds exchanges by hand and takes Eithers apart, so tests read as what goes in and what comes out.</summary>
internal static class Support
{
    public static readonly DateTimeOffset ReceivedAt = new(2026, 9, 10, 10, 45, 0, TimeSpan.Zero);

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static byte[] FixtureBytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static HttpExchange Json(int status, string body, params (string Name, string Value)[] headers) =>
        Exchange(status, Encoding.UTF8.GetBytes(body), [("Content-Type", "application/json; charset=utf-8"), .. headers]);

    public static HttpExchange Exchange(int status, byte[] body, params (string Name, string Value)[] headers) =>
        new(status, headers.Select(h => KeyValuePair.Create(h.Name, h.Value)), body, ReceivedAt);

    public static HttpExchange FixtureExchange(int status, string fixture, params (string Name, string Value)[] headers) =>
        Json(status, Fixture(fixture), headers);

    public static T Right<T>(Either<PreRecordedError, T> either) =>
        either.Match(
            Right: value => value,
            Left: error => throw new Xunit.Sdk.XunitException($"expected Right, got Left: {error}"));

    public static PreRecordedError Left<T>(Either<PreRecordedError, T> either) =>
        either.Match(
            Right: value => throw new Xunit.Sdk.XunitException($"expected Left, got Right: {value}"),
            Left: error => error);

    public static TCase LeftOf<TCase, T>(Either<PreRecordedError, T> either)
        where TCase : PreRecordedError =>
        Assert.IsType<TCase>(Left(either));

    public static T Some<T>(Option<T> option) =>
        option.Match(Some: value => value, None: () => throw new Xunit.Sdk.XunitException("expected Some, got None"));
}
