using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>The <c>--concurrency</c> option of the bulk commands: how many calls run at once.</summary>
internal static class Concurrency
{
    public static Option<int> Option(string what)
    {
        var option = new Option<int>("--concurrency")
        {
            Description = $"How many {what} run at once (1-32).",
            DefaultValueFactory = _ => 4,
        };
        Ranges.Require(option, 1, 32, "bad --concurrency: give a number from 1 to 32");
        return option;
    }
}
