using Refit;

namespace PreRecordedFx;

/// <summary>
/// Writes the core's query parameters into Refit's query builder in order, repeated keys and bracket keys
/// included. Refit escapes each name and value with <see cref="Uri.EscapeDataString(string)"/>, as the core does.
/// </summary>
internal sealed class CoreQueryConverter : IQueryConverter<IReadOnlyList<QueryParameter>>
{
    /// <inheritdoc />
    public void Flatten(IReadOnlyList<QueryParameter> value, string keyPrefix, ref GeneratedQueryStringBuilder builder, RefitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var parameter in value)
        {
            builder.Add(keyPrefix + parameter.Name, parameter.Value, preEncoded: false);
        }
    }
}
