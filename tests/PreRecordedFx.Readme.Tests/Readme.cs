namespace PreRecordedFx.Readme.Tests;

/// <summary>One C# or F# block of a document (README.md or docs/*.md) and the marker line above it.</summary>
/// <param name="Document">The document's path, relative to the repository.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Language">csharp or fsharp.</param>
/// <param name="ExamplePath">The file the marker names (relative to the repository), or null without a marker.</param>
/// <param name="Code">The block's text, without the fences.</param>
public sealed record CodeBlock(string Document, int Line, string Language, string? ExamplePath, string Code)
{
    public override string ToString() => $"{Document} line {Line} ({ExamplePath ?? "no marker"})";
}

/// <summary>Reads the documents (README.md and docs/*.md) and the example files, with line endings normalised.</summary>
public static class Readme
{
    /// <summary>The line right before a block: <c>&lt;!-- example: examples/Project/File --&gt;</c>.</summary>
    public const string MarkerStart = "<!-- example: ";

    /// <summary>Optional region markers in an example file: only the lines between them are shown.</summary>
    public const string RegionStart = "// <readme>";

    public const string RegionEnd = "// </readme>";

    public static string Root { get; } = FindRoot();

    /// <summary>The front page and every guide under docs/, relative to the repository.</summary>
    public static IReadOnlyList<string> Documents() =>
    [
        "README.md",
        .. Directory.GetFiles(Path.Combine(Root, "docs"), "*.md")
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    public static IReadOnlyList<CodeBlock> Blocks() => [.. Documents().SelectMany(Blocks)];

    public static IReadOnlyList<CodeBlock> Blocks(string document)
    {
        var lines = Read(document).Split('\n');
        var blocks = new List<CodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var language = lines[i].Trim() switch
            {
                "```csharp" => "csharp",
                "```fsharp" => "fsharp",
                _ => null,
            };
            if (language is null)
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, line => line.TrimEnd() == "```");
            var marker = i > 0 ? lines[i - 1].Trim() : "";
            var path = marker.StartsWith(MarkerStart, StringComparison.Ordinal) && marker.EndsWith("-->", StringComparison.Ordinal)
                ? marker[MarkerStart.Length..^"-->".Length].Trim()
                : null;
            blocks.Add(new CodeBlock(document, i + 1, language, path, string.Join('\n', lines[(i + 1)..end])));
            i = end;
        }

        return blocks;
    }

    /// <summary>What README.md must show of an example file: the region between the markers, or the whole file.</summary>
    public static string Shown(string examplePath)
    {
        var text = Read(examplePath).TrimEnd('\n');
        var start = text.IndexOf(RegionStart + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var body = start + RegionStart.Length + 1;
        var end = text.IndexOf(RegionEnd, body, StringComparison.Ordinal);
        return text[body..end].TrimEnd('\n', ' ');
    }

    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(Root, relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PreRecordedFx.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PreRecordedFx.sln not found above " + AppContext.BaseDirectory);
    }
}
