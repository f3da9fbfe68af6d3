namespace PreRecordedFx.Generators;

/// <summary>How a wire field shows publicly, which decides its view, its constructor parameter and its check.</summary>
internal enum FieldShape
{
    /// <summary>May be absent: an <c>Option</c> view, <c>default</c> in the constructor.</summary>
    Optional,

    /// <summary>Must be read (<c>[WireRequired]</c>): the plain type, checked once the serializer is done.</summary>
    Required,

    /// <summary>A list that must be read: compared by content, checked.</summary>
    RequiredList,

    /// <summary>A list that may be absent: empty when it is.</summary>
    OptionalList,

    /// <summary>The members no field names (<c>[JsonExtensionData]</c>), read-only and never null.</summary>
    Other,
}

/// <summary>One declared wire field, as the writer needs it: names, types as source text, and its docs.</summary>
internal sealed class WireField
{
    public WireField(string name, string wireName, FieldShape shape, string type, bool isValueType, string doc, string summary, int? order)
    {
        Name = name;
        WireName = wireName;
        Shape = shape;
        Type = type;
        IsValueType = isValueType;
        Doc = doc;
        Summary = summary;
        Order = order;
    }

    /// <summary>The public name: the declaration's name without its <c>Wire</c> prefix.</summary>
    public string Name { get; }

    /// <summary>The declaration's name (<c>Wire</c> + <see cref="Name"/>).</summary>
    public string Property => "Wire" + Name;

    /// <summary>The name on the wire, for error messages.</summary>
    public string WireName { get; }

    public FieldShape Shape { get; }

    /// <summary>The stored type without its nullability (for a list, the element type).</summary>
    public string Type { get; }

    public bool IsValueType { get; }

    /// <summary>The declaration's documentation comment, each line without its indentation.</summary>
    public string Doc { get; }

    /// <summary>The summary's text on one line, for the constructor's parameter docs.</summary>
    public string Summary { get; }

    /// <summary>The declaration's <c>[JsonPropertyOrder]</c>, which orders the constructor's parameters too.</summary>
    public int? Order { get; }

    /// <summary>The default the model's constructors give it (<c>[WireDefault]</c> on the model), as a literal.</summary>
    public string? Default { get; set; }

    /// <summary>Whether a constructor caller may leave it out.</summary>
    public bool HasDefault => Shape is FieldShape.Optional or FieldShape.OptionalList or FieldShape.Other || Default is not null;
}
