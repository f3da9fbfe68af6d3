using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PreRecordedFx.Generators;

/// <summary>
/// Reads a <c>[WireModel]</c> record's declaration into a <see cref="WireModel"/>, reporting what would make the
/// emitted code wrong (or the serializer blind to it) as a diagnostic on the offending declaration.
/// </summary>
internal static class ModelReader
{
    private const string Prefix = "Wire";
    private const string ModelAttribute = "PreRecordedFx.WireModelAttribute";
    private const string RequiredAttribute = "PreRecordedFx.WireRequiredAttribute";
    private const string DefaultAttribute = "PreRecordedFx.WireDefaultAttribute";
    private const string NameAttribute = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
    private const string OrderAttribute = "System.Text.Json.Serialization.JsonPropertyOrderAttribute";
    private const string ExtensionDataAttribute = "System.Text.Json.Serialization.JsonExtensionDataAttribute";
    private const string ReadHook = "System.Text.Json.Serialization.IJsonOnDeserialized";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    public static WireModel? Read(INamedTypeSymbol type, TypeDeclarationSyntax syntax, List<Diagnostic> diagnostics)
    {
        if (syntax is not RecordDeclarationSyntax record || !record.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            diagnostics.Add(Diagnostic.Create(Diagnostics.NotPartialRecord, syntax.Identifier.GetLocation(), type.Name));
            return null;
        }

        if (record.ParameterList is not null)
        {
            diagnostics.Add(Diagnostic.Create(Diagnostics.Positional, record.ParameterList.GetLocation(), type.Name));
            return null;
        }

        var own = ReadFields(type, diagnostics);
        var bases = new List<WireField>();
        var hasBaseModel = false;
        for (var baseType = type.BaseType; baseType is not null && HasAttribute(baseType, ModelAttribute); baseType = baseType.BaseType)
        {
            hasBaseModel = true;
            bases.InsertRange(0, ReadFields(baseType, diagnostics: null));
        }

        var all = bases.Concat(own).ToList();
        ApplyDefaults(type, all, diagnostics);
        all = Order(all);
        var hasChecks = own.Any(f => f.Shape is not (FieldShape.Optional or FieldShape.Other));
        // A record others derive from gets a virtual read hook its derived records extend; the first one in a chain
        // implements the interface, which its declaration must name for System.Text.Json's generator to see it.
        var needsOwnHook = !hasBaseModel && (!type.IsSealed || hasChecks);
        if (needsOwnHook && !type.AllInterfaces.Any(i => i.ToDisplayString() == ReadHook))
        {
            diagnostics.Add(Diagnostic.Create(Diagnostics.NoReadHook, syntax.Identifier.GetLocation(), type.Name));
            return null;
        }

        var modelName = (string?)type.GetAttributes().First(a => Is(a, ModelAttribute)).ConstructorArguments[0].Value ?? type.Name;
        var typeParameters = type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";
        var ns = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
        return new WireModel(ns, type.Name, typeParameters, type.MetadataName.Replace('`', '_') + ".g.cs", modelName, type.IsAbstract, !type.IsSealed, hasBaseModel, own, all);
    }

    // Fields of one record, in declaration order. Diagnostics are reported for the record being generated only
    // (a base's are reported when the base itself is generated).
    private static List<WireField> ReadFields(INamedTypeSymbol type, List<Diagnostic>? diagnostics)
    {
        var fields = new List<WireField>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            var isRequired = property.GetAttributes().Any(a => Is(a, RequiredAttribute));
            if (!property.Name.StartsWith(Prefix, System.StringComparison.Ordinal) || property.Name.Length == Prefix.Length)
            {
                if (isRequired)
                {
                    diagnostics?.Add(Diagnostic.Create(Diagnostics.NotAField, property.Locations.FirstOrDefault(), property.Name));
                }

                continue;
            }

            if (Field(property, isRequired, diagnostics) is { } field)
            {
                fields.Add(field);
            }
        }

        return fields;
    }

    private static WireField? Field(IPropertySymbol property, bool isRequired, List<Diagnostic>? diagnostics)
    {
        var location = property.Locations.FirstOrDefault();
        var name = property.Name.Substring(Prefix.Length);
        if (property.DeclaredAccessibility is not (Accessibility.Internal or Accessibility.Private) || property.SetMethod is null || property.IsStatic)
        {
            diagnostics?.Add(Diagnostic.Create(Diagnostics.NotInternal, location, property.Name));
            return null;
        }

        var (doc, summary) = Docs(property);
        if (summary.Length == 0)
        {
            diagnostics?.Add(Diagnostic.Create(Diagnostics.NoSummary, location, property.Name, name));
            return null;
        }

        var order = property.GetAttributes().FirstOrDefault(a => Is(a, OrderAttribute))?.ConstructorArguments[0].Value as int?;
        if (property.GetAttributes().Any(a => Is(a, ExtensionDataAttribute)))
        {
            return new WireField(name, name, FieldShape.Other, "", isValueType: false, doc, summary, order);
        }

        if (property.GetAttributes().FirstOrDefault(a => Is(a, NameAttribute))?.ConstructorArguments[0].Value is not string wireName)
        {
            diagnostics?.Add(Diagnostic.Create(Diagnostics.NoWireName, location, property.Name));
            return null;
        }

        var type = property.Type;
        var isNullable = type.NullableAnnotation == NullableAnnotation.Annotated;
        if (!isNullable)
        {
            diagnostics?.Add(Diagnostic.Create(Diagnostics.NotNullable, location, property.Name));
            return null;
        }

        if (type is INamedTypeSymbol { IsValueType: true, OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type is INamedTypeSymbol { IsGenericType: true } list && list.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>")
        {
            var element = list.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat);
            return new WireField(name, wireName, isRequired ? FieldShape.RequiredList : FieldShape.OptionalList, element, isValueType: false, doc, summary, order);
        }

        var typeText = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat);
        return new WireField(name, wireName, isRequired ? FieldShape.Required : FieldShape.Optional, typeText, type.IsValueType, doc, summary, order);
    }

    // The constructor takes the fields in the wire's order ([JsonPropertyOrder] where given, else declaration order,
    // bases first); those a caller must give come before those it may leave out, as C# requires.
    private static List<WireField> Order(List<WireField> fields)
    {
        var wireOrder = fields.Select((f, i) => (Field: f, Key: f.Order ?? (1_000_000 + i))).OrderBy(p => p.Key).Select(p => p.Field).ToList();
        return [.. wireOrder.Where(f => !f.HasDefault), .. wireOrder.Where(f => f.HasDefault)];
    }

    private static void ApplyDefaults(INamedTypeSymbol type, List<WireField> all, List<Diagnostic> diagnostics)
    {
        foreach (var attribute in type.GetAttributes().Where(a => Is(a, DefaultAttribute)))
        {
            var fieldName = attribute.ConstructorArguments[0].Value as string;
            var field = all.FirstOrDefault(f => f.Name == fieldName);
            var value = attribute.ConstructorArguments[1].Value;
            if (field is null || field.Shape != FieldShape.Required || value is not (string or bool or int or double))
            {
                var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation();
                diagnostics.Add(Diagnostic.Create(Diagnostics.BadDefault, location, fieldName ?? "(null)", type.Name));
                continue;
            }

            field.Default = SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false);
        }
    }

    private static (string Doc, string Summary) Docs(IPropertySymbol property)
    {
        // Read as text, not as structured trivia: a compilation parsed without documentation mode (Stryker's, for one)
        // has the same comment as plain "///" lines.
        var syntax = property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var lines = (syntax?.GetLeadingTrivia().ToFullString() ?? "")
            .Replace("\r", "")
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("///", System.StringComparison.Ordinal))
            .ToList();
        if (lines.Count == 0)
        {
            return ("", "");
        }

        var text = string.Join("\n", lines);
        var match = Regex.Match(text, "<summary>(.*?)</summary>", RegexOptions.Singleline);
        var summary = match.Success ? Regex.Replace(match.Groups[1].Value.Replace("///", " "), @"\s+", " ").Trim() : "";
        return (text, summary);
    }

    private static bool HasAttribute(ISymbol symbol, string name) => symbol.GetAttributes().Any(a => Is(a, name));

    private static bool Is(AttributeData attribute, string name) => attribute.AttributeClass?.ToDisplayString() == name;
}
