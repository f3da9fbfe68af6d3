using System.Text.Json;
using LanguageExt;

namespace PreRecordedFx.Tests;

/// <summary>
/// The converters that make optional fields <c>Option</c> and lists null-free, read through fresh options so each
/// test sees the converters' own answers rather than what the shared context cached.
/// </summary>
public sealed class JsonConverterTests
{
    private static JsonSerializerOptions Fresh() => new(GladiaJsonContext.Default.Options);

    [Fact]
    public void Option_factory_handles_Option_types_only()
    {
        var factory = new OptionJsonConverterFactory();

        Assert.True(factory.CanConvert(typeof(Option<int>)));
        Assert.True(factory.CanConvert(typeof(Option<JobFile>)));
        Assert.False(factory.CanConvert(typeof(int)));
        Assert.False(factory.CanConvert(typeof(IReadOnlyList<int>)));
    }

    [Fact]
    public void List_factory_handles_read_only_lists_only()
    {
        var factory = new ReadOnlyListJsonConverterFactory();

        Assert.True(factory.CanConvert(typeof(IReadOnlyList<Job>)));
        Assert.False(factory.CanConvert(typeof(string)));
        Assert.False(factory.CanConvert(typeof(Option<int>)));
        Assert.False(factory.CanConvert(typeof(List<Job>)));
    }

    [Fact]
    public void JSON_null_reads_as_None()
    {
        Assert.Equal(Option<int>.None, JsonSerializer.Deserialize<Option<int>>("null", Fresh()));
    }

    [Fact]
    public void JSON_value_reads_as_Some()
    {
        Assert.Equal(Option<string>.Some("x"), JsonSerializer.Deserialize<Option<string>>("\"x\"", Fresh()));
    }

    [Fact]
    public void None_writes_null_and_Some_writes_its_value()
    {
        Assert.Equal("null", JsonSerializer.Serialize(Option<int>.None, Fresh()));
        Assert.Equal("7", JsonSerializer.Serialize(Option<int>.Some(7), Fresh()));
    }

    [Fact]
    public void List_with_a_null_element_is_refused()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IReadOnlyList<string>>("[\"a\", null]", Fresh()));

        Assert.Contains("a list must not hold null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_reads_and_writes_its_elements_in_order()
    {
        var list = JsonSerializer.Deserialize<IReadOnlyList<string>>("[\"b\", \"a\"]", Fresh());

        Assert.Equal(["b", "a"], list);
        Assert.Equal("[\"b\",\"a\"]", JsonSerializer.Serialize(list, Fresh()));
    }
}
