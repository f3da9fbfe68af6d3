namespace PreRecordedFx.Readme.Tests;

/// <summary>
/// Every C# and F# block of README.md and docs/*.md is an example file the solution builds, so each compiles as written.
/// The line before a block names its file: <c>&lt;!-- example: examples/Quickstart/Program.cs --&gt;</c>.
/// </summary>
public sealed class ReadmeBlocksTests
{
    /// <summary>The example files the documents' blocks name.</summary>
    public static TheoryData<string> ExamplePaths() => [.. Readme.Blocks().Select(block => block.ExamplePath).OfType<string>()];

    [Fact]
    public void Every_csharp_and_fsharp_block_names_the_example_file_it_shows()
    {
        var blocks = Readme.Blocks();

        Assert.NotEmpty(blocks);
        Assert.All(blocks, block => Assert.True(block.ExamplePath is not null, $"{block}: the line before it must be {Readme.MarkerStart}examples/<Project>/<File> -->"));
    }

    [Theory]
    [MemberData(nameof(ExamplePaths))]
    public void A_block_is_its_example_file_as_written(string examplePath)
    {
        var blocks = Readme.Blocks().Where(block => block.ExamplePath == examplePath).ToList();

        Assert.True(File.Exists(Path.Combine(Readme.Root, examplePath)), $"{examplePath} does not exist");
        Assert.StartsWith("examples/", examplePath, StringComparison.Ordinal);
        Assert.All(blocks, block => Assert.Equal(Readme.Shown(examplePath), block.Code));
    }

    [Fact]
    public void Every_example_project_is_built_by_the_solution()
    {
        var solution = Readme.Read("PreRecordedFx.sln");
        var projects = Directory.GetFiles(Path.Combine(Readme.Root, "examples"), "*.*proj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Readme.Root, path).Replace('/', '\\'))
            .ToList();

        Assert.NotEmpty(projects);
        Assert.All(projects, project => Assert.Contains($"\"{project}\"", solution, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_example_file_a_block_names_lies_in_a_project_folder()
    {
        Assert.All(Readme.Blocks().Where(block => block.ExamplePath is not null), block =>
        {
            var folder = Path.GetDirectoryName(Path.Combine(Readme.Root, block.ExamplePath!))!;
            Assert.True(Directory.GetFiles(folder, "*.*proj").Length == 1, $"{block}: no project beside {block.ExamplePath}");
        });
    }
}
