using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PreRecordedFx.Generators;

namespace PreRecordedFx.Generators.Tests;

/// <summary>
/// Runs the model generator on small declarations compiled against the real PreRecordedFx.Core (its attributes,
/// RequiredMembers, ValueList, WireOption): a good model compiles with what the generator wrote, and each wrong
/// declaration is a compile-time error naming the fix.
/// </summary>
public class GeneratorDiagnosticsTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        namespace PreRecordedFx.Probe;
        """;

    [Fact]
    public void A_good_model_gets_its_views_constructor_and_checks_and_compiles_with_them()
    {
        var (diagnostics, generated) = Run("""
            /// <summary>A probe.</summary>
            [WireModel("probe")]
            [WireDefault("Kind", "a")]
            public sealed partial record Probe : IJsonOnDeserialized
            {
                /// <summary>The id.</summary>
                [WireRequired, JsonInclude, JsonPropertyName("id")]
                internal string? WireId { get; set; }

                /// <summary>The kind.</summary>
                [WireRequired, JsonInclude, JsonPropertyName("kind")]
                internal string? WireKind { get; set; }

                /// <summary>The count.</summary>
                [JsonInclude, JsonPropertyName("count")]
                internal int? WireCount { get; set; }

                /// <summary>The tags.</summary>
                [JsonInclude, JsonPropertyName("tags")]
                internal IReadOnlyList<string>? WireTags { get; set; }
            }
            """);

        Assert.Empty(diagnostics);
        var code = Assert.Single(generated);
        Assert.Contains("public Probe(string Id, string Kind = \"a\", global::LanguageExt.Option<int> Count = default, global::System.Collections.Generic.IReadOnlyList<string>? Tags = null)", code, StringComparison.Ordinal);
        Assert.Contains("init => WireCount = global::PreRecordedFx.WireOption.OrNullable(value);", code, StringComparison.Ordinal);
        Assert.Contains("RequiredMembers.Check(WireId is not null, \"probe\", \"id\");", code, StringComparison.Ordinal);
        Assert.Contains("WireTags = global::PreRecordedFx.ValueList<string>.Adopt(WireTags);", code, StringComparison.Ordinal);
        Assert.Contains("WireKind = \"a\";", code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PRFX001", "[WireModel(\"x\")] public sealed class X { }")]
    [InlineData("PRFX002", "[WireModel(\"x\")] public sealed partial record X(int A);")]
    [InlineData("PRFX003", "[WireModel(\"x\")] public sealed partial record X { [WireRequired] internal string? Id { get; set; } }")]
    [InlineData("PRFX004", "[WireModel(\"x\")] public sealed partial record X { /// <summary>A.</summary>\n[JsonPropertyName(\"a\")] public string? WireA { get; set; } }")]
    [InlineData("PRFX005", "[WireModel(\"x\")] public sealed partial record X { [JsonPropertyName(\"a\")] internal string? WireA { get; set; } }")]
    [InlineData("PRFX006", "[WireModel(\"x\")] public sealed partial record X { /// <summary>A.</summary>\ninternal string? WireA { get; set; } }")]
    [InlineData("PRFX007", "[WireModel(\"x\")] public sealed partial record X { /// <summary>A.</summary>\n[JsonPropertyName(\"a\")] internal int WireA { get; set; } }")]
    [InlineData("PRFX008", "[WireModel(\"x\")] public sealed partial record X { /// <summary>A.</summary>\n[WireRequired, JsonPropertyName(\"a\")] internal string? WireA { get; set; } }")]
    [InlineData("PRFX009", "[WireModel(\"x\")] [WireDefault(\"B\", \"v\")] public sealed partial record X : IJsonOnDeserialized { /// <summary>A.</summary>\n[WireRequired, JsonPropertyName(\"a\")] internal string? WireA { get; set; } }")]
    public void A_wrong_declaration_is_a_compile_time_error_that_says_what_to_do(string id, string declaration)
    {
        var (diagnostics, _) = Run(declaration);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.NotEqual(Location.None, diagnostic.Location);
        Assert.True(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Length > 40);
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, List<string> Generated) Run(string declaration)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(Job).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(LanguageExt.Option<>).Assembly.Location));
        var options = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        var compilation = CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText(Usings + "\n" + declaration, options)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions([new("CS1591", ReportDiagnostic.Suppress)]));
        // The probe sees Core's internals (its attributes and helpers) as Core does.
        compilation = compilation.WithOptions(compilation.Options.WithMetadataImportOptions(MetadataImportOptions.All))
            .WithAssemblyName("PreRecordedFx.Core.Tests");
        var driver = CSharpGeneratorDriver.Create([new WireModelGenerator().AsSourceGenerator()], parseOptions: options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var generated = output.SyntaxTrees.Skip(1).Select(tree => tree.ToString()).ToList();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
        return ([.. generatorDiagnostics.Concat(generatorDiagnostics.IsEmpty ? errors : [])], generated);
    }
}
