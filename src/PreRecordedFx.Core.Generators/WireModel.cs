using System.Collections.Generic;

namespace PreRecordedFx.Generators;

/// <summary>One <c>[WireModel]</c> record, read from its declaration: what the writer emits for it.</summary>
internal sealed class WireModel
{
    public WireModel(
        string ns,
        string name,
        string typeParameters,
        string hintName,
        string modelName,
        bool isAbstract,
        bool isOpen,
        bool hasBaseModel,
        IReadOnlyList<WireField> own,
        IReadOnlyList<WireField> all)
    {
        Namespace = ns;
        Name = name;
        TypeParameters = typeParameters;
        HintName = hintName;
        ModelName = modelName;
        IsAbstract = isAbstract;
        IsOpen = isOpen;
        HasBaseModel = hasBaseModel;
        Own = own;
        All = all;
    }

    public string Namespace { get; }

    public string Name { get; }

    /// <summary><c>"&lt;TRequestParams, TResult&gt;"</c> for a generic model, else empty.</summary>
    public string TypeParameters { get; }

    public string HintName { get; }

    /// <summary>The model's name in error messages ("the job has no 'id'").</summary>
    public string ModelName { get; }

    public bool IsAbstract { get; }

    /// <summary>Whether other records may derive from it (it then has a virtual read hook they extend).</summary>
    public bool IsOpen { get; }

    /// <summary>Whether a base record is a wire model too: its fields are in the constructor, its hook is extended.</summary>
    public bool HasBaseModel { get; }

    /// <summary>The fields this record declares, in declaration order.</summary>
    public IReadOnlyList<WireField> Own { get; }

    /// <summary>Every field, the bases' included, in the constructor's order.</summary>
    public IReadOnlyList<WireField> All { get; }
}
