using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PreRecordedFx.Generators;

/// <summary>
/// Lets each model field be declared once. A <c>[WireModel]</c> partial record declares each field as the internal,
/// nullable property the serializer reads (<c>internal DateTimeOffset? WireCompletedAt { get; set; }</c> with its
/// <c>[JsonPropertyName]</c> and summary); this writes the public view (<c>Option&lt;DateTimeOffset&gt; CompletedAt</c>),
/// the positional constructor, <c>Deconstruct</c> and the required-member checks. The declarations stay the ones
/// System.Text.Json's own generator reads: it cannot see code another generator writes, so the wire side is never
/// generated here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class WireModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider.ForAttributeWithMetadataName(
            "PreRecordedFx.WireModelAttribute",
            static (node, _) => node is TypeDeclarationSyntax,
            static (ctx, _) =>
            {
                var diagnostics = new List<Diagnostic>();
                var model = ModelReader.Read((INamedTypeSymbol)ctx.TargetSymbol, (TypeDeclarationSyntax)ctx.TargetNode, diagnostics);
                return (Model: model, Source: model is null ? null : ModelWriter.Write(model), Diagnostics: diagnostics);
            });

        context.RegisterSourceOutput(models, static (output, result) =>
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic);
            }

            if (result.Model is not null && result.Source is not null)
            {
                output.AddSource(result.Model.HintName, result.Source);
            }
        });
    }
}
