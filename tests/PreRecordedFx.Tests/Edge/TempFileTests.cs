namespace PreRecordedFx.Tests;

/// <summary>The temporary file of a path download: hidden beside its destination, exclusive, moved into place only on commit.</summary>
public sealed class TempFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tempfile-").FullName;

    [Fact]
    public async Task It_is_a_hidden_part_file_beside_the_destination_and_is_moved_into_place_on_commit()
    {
        var destination = Path.Combine(folder, "a.wav");
        await using var file = new TempFile(destination);

        Assert.Equal(folder, Path.GetDirectoryName(file.TempPath));
        Assert.Matches(@"^\.a\.wav\.[0-9a-f]{12}\.part$", Path.GetFileName(file.TempPath));
        Assert.Throws<IOException>(() => File.OpenRead(file.TempPath));
        await file.Stream.WriteAsync(new byte[] { 1, 2, 3 });
        await file.CommitAsync();

        Assert.Equal(new byte[] { 1, 2, 3 }, await File.ReadAllBytesAsync(destination));
        Assert.False(File.Exists(file.TempPath));
    }

    [Fact]
    public async Task Without_commit_nothing_is_left_and_an_existing_destination_is_untouched()
    {
        var destination = Path.Combine(folder, "b.wav");
        await File.WriteAllBytesAsync(destination, [9]);
        var file = new TempFile(destination);
        await file.Stream.WriteAsync(new byte[] { 1, 2 });

        await file.DisposeAsync();

        Assert.Equal([Path.GetFileName(destination)], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal(new byte[] { 9 }, await File.ReadAllBytesAsync(destination));
    }

    [Fact]
    public void A_path_without_a_folder_is_an_ArgumentException() =>
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => new TempFile("/")).ParamName);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
