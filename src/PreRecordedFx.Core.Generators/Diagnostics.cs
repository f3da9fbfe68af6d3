using Microsoft.CodeAnalysis;

namespace PreRecordedFx.Generators;

/// <summary>What the generator refuses, each with the fix in its message.</summary>
internal static class Diagnostics
{
    private const string Category = "PreRecordedFx.WireModel";

    public static readonly DiagnosticDescriptor NotPartialRecord = Error(
        "PRFX001",
        "A wire model must be a partial record",
        "'{0}' has [WireModel] but is not a partial record: declare it 'partial record' so the generator can add its constructor and views");

    public static readonly DiagnosticDescriptor Positional = Error(
        "PRFX002",
        "A wire model declares its fields, not a parameter list",
        "'{0}' has [WireModel] and a positional parameter list: declare each field once as an internal 'Wire…' property instead; the generator writes the positional constructor");

    public static readonly DiagnosticDescriptor NotAField = Error(
        "PRFX003",
        "[WireRequired] is only for wire fields",
        "'{0}' has [WireRequired] but is not a wire field: a field's declaration is named 'Wire' followed by its public name");

    public static readonly DiagnosticDescriptor NotInternal = Error(
        "PRFX004",
        "A wire field is an internal instance property with a setter",
        "'{0}' is a wire field: make it an internal instance property with 'get; set;' (the serializer writes it; the public view is generated)");

    public static readonly DiagnosticDescriptor NoSummary = Error(
        "PRFX005",
        "A wire field needs a summary",
        "'{0}' has no /// <summary>: it becomes the docs of the public '{1}' and of its constructor parameter");

    public static readonly DiagnosticDescriptor NoWireName = Error(
        "PRFX006",
        "A wire field needs its wire name",
        "'{0}' has no [JsonPropertyName(\"…\")]: give the member's name on the wire (the 'Wire' prefix is not part of it)");

    public static readonly DiagnosticDescriptor NotNullable = Error(
        "PRFX007",
        "A wire field's type is nullable",
        "'{0}' must have a nullable type ('T?'): null is how an absent member is told from a read one");

    public static readonly DiagnosticDescriptor NoReadHook = Error(
        "PRFX008",
        "A model with checked fields must declare IJsonOnDeserialized",
        "'{0}' has checked fields or is derived from, but its declaration does not implement IJsonOnDeserialized: System.Text.Json's generator cannot see interfaces this generator adds, so it would never run the checks");

    public static readonly DiagnosticDescriptor BadDefault = Error(
        "PRFX009",
        "[WireDefault] names a required field",
        "[WireDefault(\"{0}\", …)] on '{1}' names no required field of the model, or its value is not a string, bool, int or double");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
