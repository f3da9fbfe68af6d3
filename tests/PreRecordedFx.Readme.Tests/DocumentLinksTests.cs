using System.Text;
using System.Text.RegularExpressions;

namespace PreRecordedFx.Readme.Tests;

/// <summary>
/// Every relative link of README.md and docs/*.md reaches a file or folder of the repository, and a heading of the
/// target where it names one (<c>docs/client.md#options</c>), so moving a section cannot leave a dead link behind.
/// </summary>
public sealed partial class DocumentLinksTests
{
    public static TheoryData<string> Documents() => [.. Readme.Documents()];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_relative_link_reaches_its_file_and_heading(string document)
    {
        var folder = Path.GetDirectoryName(Path.Combine(Readme.Root, document))!;
        var dead = RelativeLinks(Readme.Read(document))
            .Where(link => !Reaches(folder, document, link))
            .ToList();

        Assert.True(dead.Count == 0, $"{document}: dead links {string.Join(", ", dead)}");
    }

    [Fact]
    public void Links_are_found_outside_code_and_anchors_follow_GitHubs_rule()
    {
        var links = RelativeLinks("[a](docs/x.md#the-c-client) `[b](y.md)` [c](https://e.test)\n```\n[d](z.md)\n```\n[e](#quickstart)");

        Assert.Equal(["docs/x.md#the-c-client", "#quickstart"], links);
        Assert.Equal("the-c-client-prerecordedfx", Anchor("The C# client (`PreRecordedFx`)"));
        Assert.Equal("set-up-two-commands", Anchor("Set-up: two commands"));
    }

    private static bool Reaches(string folder, string document, string link)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? link : link[..hash];
        var target = path.Length == 0 ? Path.Combine(Readme.Root, document) : Path.GetFullPath(Path.Combine(folder, path));
        if (!File.Exists(target) && !Directory.Exists(target))
        {
            return false;
        }

        return hash < 0 || Headings(File.ReadAllText(target)).Contains(link[(hash + 1)..]);
    }

    private static List<string> RelativeLinks(string markdown) =>
        [.. OutsideCode(markdown)
            .SelectMany(line => Link().Matches(InlineCode().Replace(line, "")).Select(match => match.Groups["target"].Value))
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))];

    private static HashSet<string> Headings(string markdown) =>
        [.. OutsideCode(markdown).Where(line => line.StartsWith('#')).Select(line => Anchor(line.TrimStart('#').Trim()))];

    private static IEnumerable<string> OutsideCode(string markdown)
    {
        var inFence = false;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                yield return line;
            }
        }
    }

    // GitHub's rule: lower case, drop what is not a letter, digit, space, '-' or '_', then spaces become '-'.
    private static string Anchor(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex InlineCode();
}
