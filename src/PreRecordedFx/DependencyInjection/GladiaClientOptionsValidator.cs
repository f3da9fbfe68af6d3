using Microsoft.Extensions.Options;

namespace PreRecordedFx;

/// <summary>Runs <see cref="GladiaClientOptions.Problems"/> when options are first resolved, so a bad setting fails fast.</summary>
internal sealed class GladiaClientOptionsValidator : IValidateOptions<GladiaClientOptions>
{
    public ValidateOptionsResult Validate(string? name, GladiaClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
