using System.Globalization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>Reads <c>Retry-After</c>: delay-seconds or an HTTP date, resolved against when the answer arrived.</summary>
public static class RetryAfter
{
    /// <summary>The delay an answer asks for, if it gives a readable one.</summary>
    /// <param name="exchange">The HTTP answer.</param>
    /// <returns>The delay (never negative), or <c>None</c>.</returns>
    public static Option<TimeSpan> Parse(HttpExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return exchange.Header("Retry-After").Bind(value => Parse(value, exchange.ReceivedAt));
    }

    /// <summary>The delay a <c>Retry-After</c> value asks for.</summary>
    /// <param name="value">The header's value, e.g. <c>"2"</c> or <c>"Wed, 21 Oct 2026 07:28:00 GMT"</c>.</param>
    /// <param name="now">The instant a date is measured from.</param>
    /// <returns>The delay (never negative), or <c>None</c> when the value is neither form.</returns>
    public static Option<TimeSpan> Parse(string value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.MaxValue.TotalSeconds - 1));
        }

        return DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? TimeSpan.FromTicks(Math.Max(0, (date - now).Ticks))
            : Option<TimeSpan>.None;
    }
}
