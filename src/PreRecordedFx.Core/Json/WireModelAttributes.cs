namespace PreRecordedFx;

// The attributes PreRecordedFx.Core.Generators reads (src/PreRecordedFx.Core.Generators): a model declares each field
// once, as the internal nullable property the serializer reads, and the generator writes the rest (Generated/).

/// <summary>
/// Marks a partial record whose fields are declared once, as internal <c>Wire…</c> properties; the generator writes its
/// public views, positional constructor, <c>Deconstruct</c> and required-member checks.
/// </summary>
/// <param name="name">The model's name in error messages ("the <paramref name="name"/> has no 'id'").</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class WireModelAttribute(string name) : Attribute
{
    /// <summary>The model's name in error messages.</summary>
    public string Name { get; } = name;
}

/// <summary>A field the wire always has: shown as its plain type and checked once the serializer is done.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WireRequiredAttribute : Attribute;

/// <summary>What a required field of the model holds when the wire or a constructor caller leaves it out.</summary>
/// <param name="field">The field's public name.</param>
/// <param name="value">Its default.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class WireDefaultAttribute(string field, object value) : Attribute
{
    /// <summary>The field's public name.</summary>
    public string Field { get; } = field;

    /// <summary>Its default.</summary>
    public object Value { get; } = value;
}
